package org.socialcarefuture.northstar.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.problem.Problem;

/**
 * Hundreds of payloads from a public XSS list (payloadbox, src/test/resources/xss/SOURCE.txt) as front-matter values
 * (title, tags, author, aliases; slug on its own) and as link targets, about three hundred posts to a site beside ordinary ones. No
 * payload crashes the bake, every error is at the post that holds the payload (never the site's), the site bakes
 * once those posts are taken out, and nothing published runs a script.
 */
class XssPayloadBakeIT {

    /** Every 16th payload of the list's 6,613: 414 payloads, from every part of it. */
    private static final int EVERY = 16;
    private static final int POSTS_A_SITE = 104; // and as many slug posts, and link posts

    @TempDir
    Path dir;

    @Test
    void hundredsOfPublicXssPayloadsNeverCrashTheBakeNorFailTheWholeSite() throws IOException {
        List<String> payloads = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/xss/payloadbox-xss-payload-list.txt"), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i += EVERY) {
            if (!lines.get(i).isBlank()) {
                payloads.add(lines.get(i));
            }
        }
        assertTrue(payloads.size() >= 400, "hundreds of payloads: " + payloads.size());
        int published = 0;
        int refused = 0;
        int linksRefused = 0;
        int slugsRefused = 0;
        java.util.Map<String, Integer> rules = new java.util.TreeMap<>();
        for (int batch = 0; batch * POSTS_A_SITE < payloads.size(); batch++) {
            List<String> some = payloads.subList(batch * POSTS_A_SITE, Math.min(payloads.size(), (batch + 1) * POSTS_A_SITE));
            FuzzSite site = FuzzSite.fresh(dir.resolve("batch-" + batch));
            for (int i = 0; i < some.size(); i++) {
                String payload = some.get(i);
                String date = "\ndate: 2021-" + String.format("%02d-%02d", 1 + i % 12, 1 + i % 28);
                String values = "---\ntitle: " + FuzzSite.quoted(payload) + date
                        + "\ntags: [" + FuzzSite.quoted(payload) + ", pledge]\nauthor: " + FuzzSite.quoted(payload)
                        + "\naliases: [" + FuzzSite.quoted("/old/" + i + "/" + payload) + "]"
                        + "\n---\nSome words about care.\n";
                Files.writeString(site.content().resolve("blog/payload-" + i + ".md"), values, StandardCharsets.UTF_8);
                // As a slug: one with a / in it is refused ("a slug is one word"), the rest publish at a bounded address.
                String slug = "---\ntitle: Slug number " + i + date + "\nslug: " + FuzzSite.quoted(payload + " " + i) + "\n---\nSome words.\n";
                Files.writeString(site.content().resolve("blog/slug-" + i + ".md"), slug, StandardCharsets.UTF_8);
                // A payload as a link target: most go nowhere on this site, so they are broken links, at this post's line.
                String links = "---\ntitle: Links number " + i + date + "\n---\nSome words about care.\n\nRead [the page](" + payload
                        + ") today, or <a href=\"" + payload.replace("\"", "&quot;") + "\">this one</a>.\n";
                Files.writeString(site.content().resolve("blog/link-" + i + ".md"), links, StandardCharsets.UTF_8);
            }
            // Every error is at a post; then those posts come out and the site bakes (FuzzSite.bakeAndJudge asserts both).
            List<Problem> problems = site.bakeAndJudge(null);
            Set<String> culprits = new TreeSet<>();
            problems.stream().filter(Problem::isError).forEach(p -> culprits.add(p.file()));
            for (String culprit : culprits) {
                assertTrue(culprit.matches(".*/blog/(payload|slug|link)-\\d+\\.md"), "an error not at a payload's post: " + culprit);
                Files.delete(Path.of(culprit));
            }
            problems.stream().filter(Problem::isError).forEach(p -> rules.merge(p.file().replaceAll(".*/blog/([a-z]+)-\\d+\\.md", "$1: ") + p.rule(), 1, Integer::sum));
            assertTrue(site.bakeAndJudge(null).isEmpty(), "batch " + batch + " still fails without its refused posts");
            long valuesRefused = culprits.stream().filter(c -> c.contains("/payload-")).count();
            refused += valuesRefused;
            published += some.size() - valuesRefused;
            linksRefused += culprits.stream().filter(c -> c.contains("/link-")).count();
            slugsRefused += culprits.stream().filter(c -> c.contains("/slug-")).count();
            assertNoScript(site.output());
        }
        System.out.println("XSS payloads: " + payloads.size() + " baked as front-matter values and as link targets; value posts published "
                + published + ", refused at their own file " + refused + "; slug posts refused " + slugsRefused + ", link posts refused " + linksRefused
                + "; errors by rule " + rules);
        assertEquals(payloads.size(), published + refused);
        assertTrue(published > payloads.size() / 2, "most payloads are just text and publish: " + published);
    }

    /** No event handler, no script address, no script the theme did not write. */
    private static void assertNoScript(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                for (Element element : Jsoup.parse(Files.readString(page)).getAllElements()) {
                    for (Attribute attribute : element.attributes()) {
                        String name = attribute.getKey().toLowerCase(Locale.ROOT);
                        String value = attribute.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                        assertFalse(name.startsWith("on"), "an event handler in " + page + ": " + element);
                        assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text/html"),
                                "a script address in " + page + ": " + element);
                    }
                    if (element.normalName().equals("script")) {
                        String code = element.data();
                        assertFalse(code.contains("alert(") || code.contains("prompt(") || code.contains("confirm("),
                                "a payload's script in " + page + ": " + element);
                    }
                }
            }
        }
    }
}
