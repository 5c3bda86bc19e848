package org.socialcarefuture.northstar.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.Build;
import org.socialcarefuture.northstar.TestSite;

/**
 * Every page carries a strict Content-Security-Policy (GitHub Pages sends no headers), widened only where
 * the page itself needs it; _headers carries the rest. (The browser checks load every page under it.)
 */
class ContentSecurityPolicyTest {

    static final String SITE = """
            -- content/about.md --
            ---
            title: About
            ---
            Who we are.

            <style>p { color: red }</style>
            <p style="color:red" class="MsoNormal">Pasted from Word.</p>
            -- content/blog/2021-05-01-festival-film.md --
            ---
            title: The festival on film
            date: 2021-05-01
            ---
            Watch the opening session.

            <iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video: the festival's opening session"></iframe>
            -- content/blog/2021-05-02-old-picture.md --
            ---
            title: A picture from the old blog
            date: 2021-05-02
            ---
            ![People at the first gathering](https://socialcarefuture.files.wordpress.com/2019/05/gathering.jpg)
            -- content/newsletters/2021-03-22-spring.md --
            ---
            title: Spring update
            date: 2021-03-22
            ---
            ## News

            The festival, the pledge and what comes next.
            """;

    @TempDir
    Path dir;

    private static String policy(Document page) {
        return page.select("meta[http-equiv=Content-Security-Policy]").attr("content");
    }

    @Test
    void everyHtmlFileCarriesAStrictPolicyBeforeAnythingLoads() throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        site.bake();
        List<Path> pages;
        try (var walk = Files.walk(site.output())) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertTrue(pages.size() > 10, "pages: " + pages.size());
        for (Path file : pages) {
            Document page = Jsoup.parse(Files.readString(file));
            String policy = policy(page);
            if (file.endsWith("admin/index.html")) {
                // The browser editor's page: its own, wider policy (cms/AdminFiles, tested in CmsConfigTest); no public page's.
                assertEquals(org.socialcarefuture.northstar.cms.AdminFiles.POLICY, policy);
                assertTrue(page.selectFirst("head meta[http-equiv=Content-Security-Policy]").elementSiblingIndex() <= 1, file.toString());
                continue;
            }
            assertTrue(policy.startsWith("default-src 'self';") || policy.startsWith("default-src 'none';"), file + ": " + policy);
            assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), file + ": " + policy);
            assertTrue(policy.contains("object-src 'none'") || policy.startsWith("default-src 'none'"), file + ": " + policy);
            Element meta = page.selectFirst("head meta[http-equiv=Content-Security-Policy]");
            assertTrue(meta.elementSiblingIndex() <= 1, file + ": the policy comes first, before anything the page loads");
            assertTrue(page.select("[style]").isEmpty() || file.endsWith("email.html"), file + ": an inline style");
            assertTrue(page.select("script:not([src]):not([type=application/json])").isEmpty(), file + ": an inline script");
        }
        Document about = Jsoup.parse(site.file("about/index.html"));
        assertEquals(ContentSecurityPolicy.SITE, policy(about));
        assertTrue(about.select(".content style, .content [style]").isEmpty(), "pasted styles are dropped, never needing unsafe-inline");
    }

    @Test
    void onlyAPageWithAVideoMayFrameItsPlayerAndOnlyAPageWithAPictureFromElsewhereMayLoadIt() throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        Build.Result result = site.bake();
        String film = policy(Jsoup.parse(site.file("blog/2021/05/festival-film/index.html")));
        assertTrue(film.contains("frame-src https://www.youtube-nocookie.com;"), film);
        String old = policy(Jsoup.parse(site.file("blog/2021/05/old-picture/index.html")));
        assertTrue(old.contains("img-src 'self' https://socialcarefuture.files.wordpress.com;"), old);
        assertFalse(old.contains("frame-src"), old);
        for (String page : List.of("index.html", "blog/index.html", "about/index.html")) {
            String policy = policy(Jsoup.parse(site.file(page)));
            assertFalse(policy.contains("frame-src") || policy.contains("https:"), page + ": " + policy);
        }
        // A picture from another site tells that site who reads the page: allowed, but the writer is told.
        assertTrue(result.warnings().stream().anyMatch(p -> p.rule().equals("external-picture") && p.line() == 5
                && p.file().endsWith("2021-05-02-old-picture.md")), TestSite.lines(result.warnings()));
    }

    @Test
    void anEmailsInlineStylesAreEachAllowedByTheirHashAndNothingElse() throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        site.bake();
        Document email = Jsoup.parse(site.file("newsletters/2021/03/spring/email.html"));
        String policy = policy(email);
        assertTrue(policy.startsWith("default-src 'none'; img-src 'self' https:; style-src 'unsafe-hashes' 'sha256-"), policy);
        List<String> styles = email.select("[style]").eachAttr("style");
        assertTrue(styles.size() > 10, "mail clients need inline styles: " + styles.size());
        for (String hash : ContentSecurityPolicy.hashes(styles)) {
            assertTrue(policy.contains(hash), "the style with " + hash + " is not allowed");
        }
        String headers = site.file("_headers");
        for (String hash : ContentSecurityPolicy.hashes(styles)) {
            assertTrue(headers.contains(hash), "nor in _headers: " + hash);
        }
    }

    @Test
    void headersCarryThePolicyAndWhatAMetaTagCannotSay() throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        site.bake();
        String headers = site.file("_headers");
        List<String> lines = headers.lines().filter(line -> !line.startsWith("#")).toList();
        assertEquals("/*", lines.get(0));
        String csp = lines.stream().filter(line -> line.startsWith("  Content-Security-Policy: ")).findFirst().orElseThrow();
        assertTrue(csp.contains("default-src 'self';") && csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'")
                && csp.contains("base-uri 'self'") && csp.contains("form-action 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
        assertTrue(lines.contains("  X-Content-Type-Options: nosniff"), headers);
        assertTrue(lines.contains("  Referrer-Policy: strict-origin-when-cross-origin"), headers);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("  Permissions-Policy: ") && line.contains("camera=()")
                && line.contains("geolocation=()") && line.contains("microphone=()")), headers);
    }
}
