package org.socialcarefuture.northstar.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.problem.Problem;

/**
 * Issue 39 in a real post, baked with the movement's settings: the four misses are errors at the post's line, and
 * the sanitiser keeps the accessible markup a writer adds (and says what it takes out).
 */
class AccessibleMarkupTest {

    @TempDir
    Path dir;

    private static Problem at(List<Problem> problems, String rule) {
        return problems.stream().filter(p -> p.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in\n" + TestSite.lines(problems)));
    }

    @Test
    void theFourMissesOfARealPostAreErrorsAtTheirLines() throws IOException {
        TestSite site = TestSite.onePost(dir, """
                Our first meeting.

                <img src="https://socialcarefuture.org.uk/logo.png" alt=" ">

                <details><summary></summary><p>Opening times are on the door.</p></details>

                <table><tr><th>Name</th><th>Town</th></tr><tr><td>Ann</td></tr></table>

                <table><tr><th id="who">Who</th></tr><tr><td headers="nobody">Ann</td></tr></table>
                """);
        List<Problem> problems = site.bakeFails();
        String post = "content/blog/2021-03-01-x.md";
        Problem alt = at(problems, "image-alt");
        assertTrue(alt.file().endsWith(post) && alt.line() == 7 && alt.isError(), alt.toString());
        assertTrue(alt.message().startsWith("[WCAG 1.1.1 image-alt ACT 23a2a8]"), alt.toString());
        Problem summary = at(problems, "summary-name");
        assertTrue(summary.file().endsWith(post) && summary.line() == 9 && summary.isError(), summary.toString());
        Problem header = at(problems, "header-cells");
        assertTrue(header.file().endsWith(post) && header.line() == 11 && header.isError(), header.toString());
        assertTrue(header.message().contains("\"Town\""), header.toString());
        Problem headers = at(problems, "headers-attribute");
        assertTrue(headers.file().endsWith(post) && headers.line() == 13 && headers.isError(), headers.toString());
    }

    @Test
    void theThreeStarSpanPublishesWithItsRoleAndName() throws IOException {
        TestSite site = TestSite.onePost(dir, """
                Our rating: <span role="img" aria-label="Three stars">★★★</span>

                <img src="https://socialcarefuture.org.uk/line.png" alt="" role="presentation">

                <table><tr><th scope="col" abbr="Qty">Quantity</th></tr><tr><td>3</td></tr></table>

                <p lang="cy" dir="ltr">Croeso</p>
                """);
        site.bake();
        Element body = Jsoup.parse(site.file("blog/2021/03/x/index.html")).body();
        Element stars = body.selectFirst("span[role=img]");
        assertTrue(stars != null, body.html());
        assertEquals("Three stars", stars.attr("aria-label"));
        assertTrue(body.selectFirst("img[role=presentation]") != null, "role=presentation is kept");
        assertEquals("Qty", body.selectFirst("th").attr("abbr"));
        assertEquals("col", body.selectFirst("th").attr("scope"));
        assertEquals("ltr", body.selectFirst("p[lang=cy]").attr("dir"));
    }

    @Test
    void whatTheSanitiserTakesOutIsNamedAtItsLine() throws IOException {
        TestSite site = TestSite.onePost(dir, """
                Our first meeting.

                <p role="fancy-box" aria-grabbed="true">Words</p>
                """);
        List<Problem> problems = site.bake().warnings();
        Problem warning = at(problems, "pasted-html");
        assertEquals(7, warning.line(), warning.toString());
        assertTrue(warning.message().contains("role=\"fancy-box\"") && warning.message().contains("aria-grabbed="), warning.toString());
        Element p = Jsoup.parse(site.file("blog/2021/03/x/index.html")).selectFirst("p:contains(Words)");
        assertTrue(!p.hasAttr("role") && !p.hasAttr("aria-grabbed"), p.outerHtml());
    }

    @Test
    void anEmbeddedVideoKeepsItsWritersOwnName() throws IOException {
        TestSite site = TestSite.onePost(dir, """
                <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa" aria-label="Our festival"></iframe>

                <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb" title="The march"></iframe>

                ## Transcript

                Words of both videos.
                """);
        site.bake();
        String page = site.file("blog/2021/03/x/index.html");
        assertTrue(page.contains("Video: Our festival") && page.contains("Video: The march"), page);
    }

    /** Page-level rules (meta refresh, viewport, page language) run on the theme's templates in a bake, and on a finished site. */
    @Test
    void pageLevelRulesRunOnTemplatesAndOnAFinishedSite() throws IOException {
        TestSite site = TestSite.of(dir, "-- content/about.md --\n---\ntitle: About\n---\nWho we are.\n");
        Path theme = site.root().resolve("theme");
        TestSite.copyTree(Path.of("themes/default"), theme);
        Path layout = theme.resolve("templates/layout.ftl");
        String template = java.nio.file.Files.readString(layout);
        String broken = template.replaceFirst("<meta name=\"viewport\"", "<meta http-equiv=\"refresh\" content=\"30\">\n<meta name=\"viewport\"")
                .replaceFirst("<html lang=\"[^\"]*\"", "<html lang=\"english\"");
        assertTrue(!broken.equals(template), "the template has a viewport and a lang to change");
        java.nio.file.Files.writeString(layout, broken);
        List<Problem> problems = TestSite.bakeFails(site.options().withTheme(theme));
        Problem refresh = at(problems, "meta-refresh");
        assertTrue(refresh.file().contains("theme/templates/") && refresh.message().startsWith("[WCAG 2.2.1 meta-refresh ACT bc659a]"),
                refresh.toString());
        Problem lang = at(problems, "html-lang");
        assertTrue(lang.file().contains("theme/templates/") && lang.message().contains("ACT bf051a"), lang.toString());

        Path finished = dir.resolve("finished");
        java.nio.file.Files.createDirectories(finished);
        java.nio.file.Files.writeString(finished.resolve("index.html"), "<!DOCTYPE html><html lang=\"english\"><head><title>T</title>"
                + "<meta http-equiv=\"refresh\" content=\"30\"></head><body><p>Hello</p></body></html>");
        List<Problem> checked = SiteCheck.run(finished, "/");
        at(checked, "meta-refresh");
        assertTrue(at(checked, "html-lang").message().contains("is not a language in the IANA registry"));
    }
}
