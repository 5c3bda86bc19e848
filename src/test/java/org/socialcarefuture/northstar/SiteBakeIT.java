package org.socialcarefuture.northstar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.problem.Problem;

/** Whole-site tests: a small site written here, baked with the real theme, checked file by file. */
class SiteBakeIT {

    static final String SITE = """
            -- content/about.md --
            ---
            title: About us
            summary: Who we are.
            ---
            We are a movement. See [our vision](vision.md) and the [festival](blog/2020-11-30-festival.md#music).

            <script>alert("x")</script><p onclick="steal()">Pasted <b>text</b></p>
            -- content/about.easy.md --
            ---
            title: About us in easy read
            ---
            ![People together](icon:people) We are a group of people.
            -- content/vision.md --
            ---
            title: An equal life
            type: vision
            summary: Everyone living in the place they call home.
            ---
            ## Five key changes

            1. Communities where everyone belongs.
            -- content/blog/2020-11-30-festival.md --
            ---
            title: "Glimpses of the future"
            date: 2020-11-30
            authors: [Martin Routledge, Julie Stansfield]
            tags: [festival, Glimpses]
            summary: Our festival.
            image: ../images/fest.svg
            image_alt: Three bright circles
            aliases: [/2020/11/30/glimpses/]
            ---
            ## Music

            Thirty sessions.
            -- content/images/fest.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"></svg>
            -- content/blog/2021-01-18-pledge.md --
            ---
            title: "Social care needs a #MeToo moment"
            date: 2021-01-18T09:30
            author: Anna Severwright
            tags: [pledge, festival]
            ---
            Intro.

            ```pledge id=speakers hashtags=OurSocialCare
            I pledge to ask organisers
            to include people who draw on social care.
            ```
            -- content/blog/2026-12-25-future.md --
            ---
            title: Not yet
            date: 2026-12-25
            ---
            Later.
            -- content/blog/2021-02-01-draft.md --
            ---
            title: Half written
            date: 2021-02-01
            status: draft
            ---
            Draft.
            -- content/newsletters/2021-03-22-spring.md --
            ---
            title: Spring Update
            date: 2021-03-22
            ---
            News.
            -- content/letters/2021-03-01-to-directors.md --
            ---
            title: To Directors
            date: 2021-03-01
            to: [Directors of Adult Social Services]
            signatories:
              - name: Anna Severwright
                role: Convenor
                organisation: Social Care Future
              - name: Kathy Roberts
            ---
            Dear Director,
            -- content/reports/inquiry.md --
            ---
            title: Whose Social Care Is It Anyway?
            date: 2021-05-20
            ---
            ## About the inquiry

            Twelve inquirers.

            ## Five key changes

            Communities where everyone belongs.
            -- content/reports/inquiry.easy.md --
            ---
            title: The inquiry in easy read
            ---
            ![Two people talking](icon:talk) People told us what they think.
            """;

    @TempDir
    Path dir;

    private TestSite bake() throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        site.bake();
        return site;
    }

    private static Document html(String text) {
        return Jsoup.parse(text);
    }

    @Test
    void everyTypeIsPublishedAtTheUrlTheFormatPromises() throws IOException {
        TestSite site = bake();
        for (String path : List.of("index.html", "about/index.html", "about/easy-read/index.html", "vision/index.html",
                "blog/2020/11/festival/index.html", "blog/2021/01/pledge/index.html", "newsletters/2021/03/spring/index.html",
                "letters/2021/03/to-directors/index.html", "reports/inquiry/index.html", "reports/inquiry/easy-read/index.html",
                "blog/index.html", "newsletters/index.html", "letters/index.html", "reports/index.html",
                "tags/index.html", "tags/festival/index.html", "tags/glimpses/index.html", "authors/index.html",
                "authors/anna-severwright/index.html", "archive/index.html", "archive/2021/01/index.html",
                "pledges/index.html", "sitemap.xml", "robots.txt", "404.html", "images/fest.svg", "css/site.css")) {
            assertTrue(site.has(path), path + " missing; site has:\n" + site.listing());
        }
    }

    @Test
    void draftsAndFuturePostsWaitButThePreviewShowsThemWithABanner() throws IOException {
        TestSite site = bake();
        assertFalse(site.has("blog/2021/02/draft/index.html"));
        assertFalse(site.has("blog/2026/12/future/index.html"));
        assertFalse(site.file("blog/index.html").contains("Half written"));
        assertFalse(site.file("sitemap.xml").contains("draft"));

        site.drafts(true).bake();
        String draft = site.file("blog/2021/02/draft/index.html");
        assertTrue(html(draft).select(".draft-banner").text().contains("Draft preview"));
        assertTrue(site.has("blog/2026/12/future/index.html"));
    }

    @Test
    void itemPagesShowTitleDateAuthorsTagsAndNeighbours() throws IOException {
        Document page = html(bake().file("blog/2021/01/pledge/index.html"));
        assertEquals("Social care needs a #MeToo moment", page.select("h1").text());
        assertEquals(1, page.select("h1").size());
        Element time = page.selectFirst("time");
        assertNotNull(time);
        assertEquals("2021-01-18T09:30Z", time.attr("datetime"));
        assertEquals("18 January 2021", time.text());
        assertEquals("/authors/anna-severwright/", page.select(".byline a").attr("href"));
        assertEquals("/tags/pledge/", page.select(".tag-list a").first().attr("href"));
        assertEquals("/blog/2020/11/festival/", page.select(".prev-next a[rel=prev]").attr("href"));
        assertEquals("en-GB", page.select("html").attr("lang"));
        assertEquals("#main", page.select("a.skip-link").attr("href"));
    }

    @Test
    void lettersListAddresseesAndSignatories() throws IOException {
        Document letter = html(bake().file("letters/2021/03/to-directors/index.html"));
        assertEquals("Directors of Adult Social Services", letter.select(".letter-to li").text());
        List<String> signatories = letter.select(".signatories li").eachText();
        assertEquals(List.of("Anna Severwright, Convenor, Social Care Future", "Kathy Roberts"), signatories);
    }

    @Test
    void easyReadPagesAndTheirMainPagesLinkToEachOther() throws IOException {
        TestSite site = bake();
        Document main = html(site.file("about/index.html"));
        // Search engines want an alternate's address in full, and hreflang only for another language (both are English).
        assertEquals("https://example.org/about/easy-read/", main.select("link[rel=alternate][title=Easy read]").attr("href"));
        assertFalse(main.select("link[rel=alternate][title=Easy read]").hasAttr("hreflang"));
        assertEquals("/about/easy-read/", main.select(".version-link a").attr("href"));
        Document easy = html(site.file("about/easy-read/index.html"));
        assertEquals("https://example.org/about/", easy.select("link[rel=alternate][title=Standard version]").attr("href"));
        assertFalse(easy.select("link[rel=alternate][title=Standard version]").hasAttr("hreflang"));
        assertEquals("/about/", easy.select(".version-link a").attr("href"));
        Element point = easy.selectFirst(".easy-point");
        assertNotNull(point, "each picture-first paragraph is an easy-read point");
        assertEquals("/easy-read/pictures/people.svg", point.select("img").attr("src"));
        assertEquals("People together", point.select("img").attr("alt"));
        assertEquals("We are a group of people.", point.select(".easy-words").text());
        assertTrue(html(site.file("blog/index.html")).select(".card-easy-read").isEmpty(), "no easy-read posts here");
    }

    @Test
    void aStandaloneEasyReadPageIsPublishedAtItsPath() throws IOException {
        TestSite site = TestSite.of(dir, SITE + "-- content/easy-read/welcome.easy.md --\n---\ntitle: Welcome in easy read\n---\n"
                + "![People together](icon:people) Welcome to our group.\n");
        site.bake();
        Document page = html(site.file("easy-read/welcome/index.html"));
        assertEquals("Welcome in easy read", page.select("h1").text());
        assertEquals(1, page.select(".easy-point").size());
        assertTrue(page.select(".version-link a:not([href$=.pdf])").isEmpty(), "no standard version to link to");
        assertEquals("Download this easy read page as a PDF", page.select(".version-link a[href$=.pdf]").text().replaceFirst(" \\(.*", ""));
    }

    @Test
    void relativeLinksFollowFilesToTheirPublishedAddresses() throws IOException {
        TestSite site = bake();
        Document about = html(site.file("about/index.html"));
        assertEquals(List.of("/vision/", "/blog/2020/11/festival/#music"), about.select(".content a").eachAttr("href"));
        Document festival = html(site.file("blog/2020/11/festival/index.html"));
        assertEquals("/images/fest.svg", festival.select(".lead-image img").attr("src"));
        assertEquals("Three bright circles", festival.select(".lead-image img").attr("alt"));
    }

    @Test
    void rawHtmlKeepsItsTextButLosesScriptsAndHandlers() throws IOException {
        String about = bake().file("about/index.html");
        assertFalse(about.contains("alert(\"x\")"), "script removed");
        assertFalse(about.contains("onclick"), "event handler removed");
        assertTrue(about.contains("Pasted <b>text</b>"), "structure kept");
        assertFalse(about.contains("data-src-line"), "source markers are stripped before publishing");
    }

    @Test
    void aliasesRedirectToTheirPageWithACanonicalLink() throws IOException {
        Document redirect = html(bake().file("2020/11/30/glimpses/index.html"));
        assertEquals("https://example.org/blog/2020/11/festival/", redirect.select("link[rel=canonical]").attr("href"));
        assertEquals("0; url=/blog/2020/11/festival/", redirect.select("meta[http-equiv=refresh]").attr("content"));
        assertEquals("/blog/2020/11/festival/", redirect.select("main a").attr("href"));
    }

    @Test
    void reportsHaveNumberedSectionsAContentsListAndAPlainTextVersion() throws IOException {
        TestSite site = bake();
        Document report = html(site.file("reports/inquiry/index.html"));
        assertEquals(List.of("1. About the inquiry", "2. Five key changes"), report.select(".content h2").eachText());
        assertEquals(List.of("#about-the-inquiry", "#five-key-changes"), report.select(".toc a").eachAttr("href"));
        assertEquals("https://example.org/reports/inquiry/easy-read/", report.select("link[rel=alternate]").attr("href"));
        String textHref = report.select("a[download][href$=.txt]").attr("href");
        assertEquals("/reports/inquiry/inquiry.txt", textHref);
        String text = site.file("reports/inquiry/inquiry.txt");
        assertTrue(text.startsWith("Whose Social Care Is It Anyway?\n=="), text);
        assertTrue(text.contains("1. About the inquiry\n===") && text.contains("Twelve inquirers."), text);
    }

    @Test
    void listsTagsAuthorsAndArchivesGroupTheRightPages() throws IOException {
        TestSite site = bake();
        assertEquals(List.of("Social care needs a #MeToo moment", "Glimpses of the future"),
                html(site.file("blog/index.html")).select(".card-title").eachText());
        assertEquals(List.of("Social care needs a #MeToo moment", "Glimpses of the future"),
                html(site.file("tags/festival/index.html")).select(".card-title").eachText());
        assertEquals(List.of("Glimpses of the future"),
                html(site.file("authors/julie-stansfield/index.html")).select(".card-title").eachText());
        Document archive = html(site.file("archive/index.html"));
        assertEquals("March 2021", archive.select(".terms a").first().text(), "newest month first");
        Document home = html(site.file("index.html"));
        assertEquals("Spring Update", home.select(".card-title").first().text(), "home shows the latest first");
        assertTrue(home.select(".home-vision").text().contains("Everyone living in the place they call home."));
    }

    @Test
    void listPagesArePaginated() throws IOException {
        StringBuilder posts = new StringBuilder();
        for (int i = 1; i <= 23; i++) {
            posts.append("-- content/blog/2021-01-").append(String.format("%02d", i)).append("-post-").append(i).append(".md --\n")
                    .append("---\ntitle: Post ").append(i).append("\ndate: 2021-01-").append(String.format("%02d", i)).append("\n---\nText.\n");
        }
        TestSite site = TestSite.of(dir, posts.toString());
        site.bake();
        Document first = html(site.file("blog/index.html"));
        assertEquals(10, first.select(".card").size());
        assertEquals("Post 23", first.select(".card-title").first().text());
        assertEquals("/blog/page/2/", first.select(".pagination a[rel=next]").attr("href"));
        Document last = html(site.file("blog/page/3/index.html"));
        assertEquals(3, last.select(".card").size());
        assertEquals("page", last.select(".pagination a[aria-current]").attr("aria-current"));
        assertFalse(site.has("blog/page/4/index.html"));
    }

    @Test
    void aSubPathBaseUrlPrefixesEveryInternalLink() throws IOException {
        TestSite site = TestSite.of(dir, SITE).baseUrl("https://movement.github.io/north-star");
        site.bake();
        Document post = html(site.file("blog/2021/01/pledge/index.html"));
        assertEquals("/north-star/css/site.css", post.select("link[rel=stylesheet]").attr("href"));
        assertEquals("https://movement.github.io/north-star/blog/2021/01/pledge/", post.select("link[rel=canonical]").attr("href"));
        for (Element link : post.select("a[href^=/]")) {
            assertTrue(link.attr("href").startsWith("/north-star/"), link.outerHtml());
        }
        assertTrue(site.file("sitemap.xml").contains("<loc>https://movement.github.io/north-star/about/</loc>"));
        assertTrue(site.file("robots.txt").contains("Sitemap: https://movement.github.io/north-star/sitemap.xml"));
    }

    @Test
    void sitemapListsPublishedPagesButNotRedirects() throws IOException {
        String sitemap = bake().file("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://example.org/blog/2021/01/pledge/</loc><lastmod>2021-01-18T09:30Z</lastmod>"), sitemap);
        assertTrue(sitemap.contains("<loc>https://example.org/about/easy-read/</loc>"));
        assertFalse(sitemap.contains("2020/11/30/glimpses"), "aliases are not in the sitemap");
        assertFalse(sitemap.contains("404"));
    }

    @Test
    void pledgeBlocksBecomeShareCards() throws IOException {
        TestSite site = bake();
        Document post = html(site.file("blog/2021/01/pledge/index.html"));
        Element card = post.getElementById("pledge-speakers");
        assertNotNull(card);
        assertEquals("I pledge to ask organisers to include people who draw on social care.", card.select("blockquote").text());
        assertEquals(7, card.select(".share-links a").size());
        assertEquals(1, html(site.file("pledges/index.html")).select("figure.pledge").size());
    }

    @Test
    void twoPagesWithOneUrlAreRefused() throws IOException {
        TestSite site = TestSite.of(dir, """
                -- content/blog/2021-01-01-same.md --
                ---
                title: One
                date: 2021-01-01
                ---
                -- content/blog/2021-01-31-same.md --
                ---
                title: Two
                date: 2021-01-31
                ---
                """);
        List<Problem> problems = site.bakeFails();
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("/blog/2021/01/same/") && p.message().contains("already used by")),
                TestSite.lines(problems));
    }

    @Test
    void anAliasClashingWithAPageIsRefused() throws IOException {
        TestSite site = TestSite.of(dir, """
                -- content/about.md --
                ---
                title: About
                ---
                -- content/team.md --
                ---
                title: Team
                aliases: [/about/]
                ---
                """);
        List<Problem> problems = site.bakeFails();
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("content/team.md") && p.message().contains("an alias of this page")),
                TestSite.lines(problems));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteUntouched() throws IOException {
        TestSite site = bake();
        Map<String, byte[]> before = snapshot(site.output());
        site.write("""
                -- content/blog/2021-04-01-broken.md --
                ---
                title: Broken
                date: 2021-04-31
                ---
                """);
        site.bakeFails();
        Map<String, byte[]> after = snapshot(site.output());
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        try (Stream<Path> siblings = Files.list(site.root())) {
            // .site.lock stays: an empty file whose lock keeps two bakes from writing the same site at once.
            assertEquals(List.of(".north-star-cache", ".site.lock", "a11y-report", "content", "site"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList(), "no staging folder is left behind");
        }
    }

    @Test
    void aBrokenTemplateNamesTheTemplateLineNotAStackTrace() throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        Path theme = site.root().resolve("theme");
        TestSite.copyTree(Path.of("themes/default"), theme);
        Files.writeString(theme.resolve("templates/list.ftl"), "<#ftl output_format=\"HTML\">\n<h1>${heading}</h1>\n${nosuchvalue}\n");
        var options = site.options();
        var broken = options.withTheme(theme);
        try {
            Build.bake(broken);
            throw new AssertionError("expected failure");
        } catch (org.socialcarefuture.northstar.problem.BuildFailedException e) {
            List<Problem> errors = e.problems().stream().filter(Problem::isError).toList();
            assertEquals(1, errors.size(), "one broken line is one error: " + e.problems());
            Problem problem = errors.get(0);
            assertTrue(problem.file().endsWith("theme/templates/list.ftl"), problem.toString());
            assertEquals(3, problem.line(), problem.toString());
            assertTrue(problem.message().contains("nosuchvalue"), problem.toString());
        }
    }

    @Test
    void theSameInputGivesByteIdenticalOutput() throws IOException {
        TestSite site = bake();
        Map<String, byte[]> first = snapshot(site.output());
        site.bake();
        Map<String, byte[]> second = snapshot(site.output());
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }

}
