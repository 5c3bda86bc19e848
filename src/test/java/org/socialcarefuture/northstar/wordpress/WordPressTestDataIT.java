package org.socialcarefuture.northstar.wordpress;

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
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialcarefuture.northstar.Build;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.problem.BuildFailedException;
import org.socialcarefuture.northstar.problem.Problem;

/**
 * WordPress's own test exports (src/test/resources/wordpress/README.md), which nobody on the project wrote:
 * imported with the bake's checks, then baked. The bake succeeds straight away, publishes every post that
 * passed, holds the rest as drafts listed in IMPORT-TODO.md, and every published post keeps its words.
 */
class WordPressTestDataIT {

    @TempDir
    Path dir;

    static List<Problem> check(TestSite site) {
        try {
            Build.bake(site.options().withOutput(site.root().resolve("check")).withoutCache());
            return List.of();
        } catch (BuildFailedException e) {
            return e.problems();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"themeunittestdata.wordpress.xml", "64-block-test-data.xml"})
    void aBakeStraightAfterTheImportPublishesEveryPostThatIsReady(String name) throws IOException {
        TestSite site = TestSite.of(dir, "");
        Path export = Path.of("src/test/resources/wordpress", name);
        WordPressImport.Report report = new WordPressImport(site.content(), null, Map.of()).checkedBy(c -> check(site)).run(export);

        site.bake(); // fails the test with every problem if the bake refuses anything
        if (name.startsWith("themeunittestdata")) {
            // mvn verify -Pbrowser opens every page of it at 320 and 1280 px (axe-core-wordpress in pom.xml)
            TestSite.keepForTheBrowserChecks(site.output(), Path.of("target/wordpress-site"));
        }

        String todo = Files.readString(site.content().resolve("IMPORT-TODO.md"));
        assertTrue(todo.startsWith("---\ntitle: \"Import to-do\"\nstatus: draft\n---\n"), "the to-do is a draft, never published");
        assertFalse(Files.exists(site.output().resolve("import-todo/index.html")));
        for (String held : report.heldBack()) {
            assertTrue(todo.contains("`content/" + held + ":") || todo.contains(held + ":"), held + " is in the to-do");
            assertTrue(Files.readString(site.content().resolve(held)).contains("\nstatus: draft\n"), held);
        }
        WxrReader.Export read = WxrReader.readExport(export);
        int published = 0;
        List<String> mismatches = new ArrayList<>();
        for (WpItem item : read.items()) {
            if (!List.of("post", "page").contains(item.type()) || !item.status().equals("publish") || item.isPrivate()) {
                continue;
            }
            String file = fileOf(site, item);
            if (report.heldBack().contains(file) || report.wordpressDrafts().contains(file)) {
                continue;
            }
            Path page = site.output().resolve(urlOf(site, file)).resolve("index.html");
            assertTrue(Files.exists(page), file + " is published at " + page);
            published++;
            Element body = Jsoup.parse(Files.readString(page)).selectFirst("main .content");
            String words = words(bakedWords(body));
            String original = words(originalWords(item, read.attachments()));
            if (!words.equals(original)) {
                mismatches.add(file + "\n  was: " + original + "\n  now: " + words);
            }
            // Element by element: each structure Markdown lacks is on the page as often as in the post.
            Element before = Jsoup.parseBodyFragment(item.html()).body();
            Element after = withoutAdditions(body);
            for (String kind : STRUCTURES) {
                int was = outsideCode(before.select(kind));
                int now = outsideCode(after.select(kind));
                if (was != now) {
                    mismatches.add(file + ": " + was + " " + kind + " in WordPress, " + now + " on the page");
                }
            }
        }
        assertTrue(published >= 20, "most of WordPress's test posts are published: " + published);
        assertEquals(List.of(), mismatches, "every published post has its words, in order");
    }

    /** What is counted on both sides: definition lists, table parts, details, inline marks, code (the verse block is a poem, not code). */
    private static final List<String> STRUCTURES = List.of("dl", "dt", "dd", "tfoot", "thead", "caption, figure.wp-block-table > figcaption",
            "details", "summary", "sub", "sup:not(.fn)", "ins", "del", "abbr", "mark", "pre:not(.wp-block-verse)", "table", "h2", "h3",
            "blockquote");

    /** Where the import put the item: the file whose aliases hold /?p=ID. */
    private static String fileOf(TestSite site, WpItem item) throws IOException {
        try (Stream<Path> walk = Files.walk(site.content())) {
            for (Path path : walk.filter(p -> p.toString().endsWith(".md")).toList()) {
                if (Files.readString(path).contains("\"/?p=" + item.id() + "\"")) {
                    return site.content().relativize(path).toString().replace('\\', '/');
                }
            }
        }
        throw new AssertionError("no file for " + item.title());
    }

    private static String urlOf(TestSite site, String file) throws IOException {
        String text = Files.readString(site.content().resolve(file));
        String date = text.replaceFirst("(?s).*\ndate: (\\d{4})-(\\d{2}).*", "$1/$2");
        return Addresses.url(file, java.time.LocalDateTime.parse(date.replace('/', '-') + "-01T00:00"));
    }

    /** What a reader of the old post read: its HTML as WordPress showed it, with its footnotes at the end. */
    static String originalWords(WpItem item, Map<String, WpItem.WpAttachment> attachments) throws IOException {
        String html = item.html().replaceAll("(?s)<!--.*?-->", " ");
        // Shortcodes as WordPress shows them: a caption's words, a gallery's captions, the others' tags gone.
        html = java.util.regex.Pattern.compile("\\[caption[^\\]]*?caption=\"([^\"]*)\"[^\\]]*](.*?)\\[/caption]", java.util.regex.Pattern.DOTALL)
                .matcher(html).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(2) + " " + m.group(1)));
        html = java.util.regex.Pattern.compile("\\[gallery[^\\]]*?ids=\"([0-9, ]+)\"[^\\]]*]").matcher(html).replaceAll(m -> {
            StringBuilder captions = new StringBuilder();
            for (String id : m.group(1).split("[, ]+")) {
                WpItem.WpAttachment picture = attachments.get(id);
                captions.append(' ').append(picture == null ? "" : picture.caption());
            }
            return java.util.regex.Matcher.quoteReplacement(captions.toString());
        });
        List<String> code = new ArrayList<>();
        html = java.util.regex.Pattern.compile("(?is)<pre\\b.*?</pre>").matcher(html).replaceAll(m -> {
            code.add(m.group());
            return "<pre data-code=\"" + (code.size() - 1) + "\"></pre>"; // code's [i] is not a shortcode
        });
        html = html.replaceAll("\\[embed[^\\]]*].*?\\[/embed]", " ").replaceAll("\\[/?[a-z_-]+[^\\]]*]", " ");
        for (int i = 0; i < code.size(); i++) {
            html = html.replace("<pre data-code=\"" + i + "\"></pre>", code.get(i));
        }
        Document document = Jsoup.parseBodyFragment(html);
        // A table's caption is read before the table, as HTML's <caption> is; the block editor writes it after.
        for (Element caption : document.select("figure.wp-block-table > figcaption")) {
            Element table = caption.parent().selectFirst("table");
            if (table != null) {
                table.before(caption);
            }
        }
        document.select("sup.fn, sup[data-fn]").remove(); // the numbers of footnotes: the site numbers them again
        StringBuilder text = new StringBuilder(document.body().text());
        String notes = item.meta().getOrDefault("footnotes", "");
        if (!notes.isBlank()) {
            for (var note : new com.fasterxml.jackson.databind.ObjectMapper().readTree(notes)) {
                text.append(' ').append(Jsoup.parse(note.path("content").asText()).text());
            }
        }
        return text.toString();
    }

    /** Code keeps its exact text; highlighting inside it (a <mark> in a code block) is not counted. */
    private static int outsideCode(org.jsoup.select.Elements elements) {
        return (int) elements.stream().filter(e -> e.parent() == null || e.parent().closest("pre") == null).count();
    }

    /** The published body's words, without the site's footnote numbers and back links. */
    static String bakedWords(Element body) {
        return withoutAdditions(body).text();
    }

    /** The published body without what the site or the import adds: footnote numbers, the old comments, links for recordings. */
    static Element withoutAdditions(Element body) {
        Element copy = body.clone();
        copy.select("sup.footnote-ref, a.footnote-ref, a.footnote-backref, .footnote-backref").remove();
        copy.select("sup:has(a.footnote-ref), sup[id^=fnref]").remove();
        // What the import adds, each said in its report: the old comments, links for recordings it could not embed,
        // and a note where a gallery's pictures were not in the export.
        Element comments = copy.select("h2").stream().filter(h -> h.text().equals("Comments from the old blog")).findFirst().orElse(null);
        while (comments != null) {
            Element next = comments.nextElementSibling();
            if (!comments.hasClass("footnotes")) {
                comments.remove(); // the footnotes, which Markdown puts last, stay
            }
            comments = next;
        }
        copy.select("a").stream().filter(a -> a.text().matches("(Listen to the recording|Watch the video|Watch:) .*")).forEach(Element::remove);
        copy.select("p").stream().filter(p -> p.text().equals("(A gallery of pictures was here on the old site.)")).forEach(Element::remove);
        return copy;
    }

    /** Words only: letters and digits, lower case, so a curly quote or a dash the typography step makes is not a change. */
    static String words(String text) {
        return String.join(" ", text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" "));
    }
}
