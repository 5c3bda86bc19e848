package org.socialcarefuture.northstar.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.problem.Problem;

/** The gate in a real bake: findings name the Markdown line, or the template, and stop the publish. */
class GateSourceTest {

    @TempDir
    Path dir;

    @Test
    void aVagueLinkInMarkdownIsReportedAtItsLineAndStopsThePublish() throws IOException {
        TestSite site = TestSite.onePost(dir, """
                First paragraph.

                To read our report, [click here](../reports/r.md).
                -- content/reports/r.md --
                ---
                title: Report
                ---
                Text.
                """);
        List<Problem> problems = site.bakeFails();
        Problem problem = problems.stream().filter(p -> p.rule().equals("link-purpose")).findFirst().orElseThrow();
        assertTrue(problem.file().endsWith("content/blog/2021-03-01-x.md"), problem.toString());
        assertEquals(7, problem.line());
        assertTrue(problem.toString().contains(": error: [WCAG 2.4.4 link-purpose ACT 5effbb] link text \"click here\" does not say where it goes"),
                problem.toString());
        assertFalse(Files.exists(site.output()), "nothing was published");
        assertTrue(Files.readString(site.root().resolve("a11y-report/index.html")).contains("link-purpose"),
                "the report page lists the finding");
    }

    @Test
    void rawHtmlIsReportedAtItsOwnLine() throws IOException {
        TestSite site = TestSite.of(dir, """
                -- content/about.md --
                ---
                title: About
                ---
                Intro.

                <table><tr><td>no headers</td></tr></table>
                """);
        Problem problem = site.bakeFails().stream().filter(p -> p.rule().equals("table-headers")).findFirst().orElseThrow();
        assertTrue(problem.file().endsWith("content/about.md"));
        assertEquals(6, problem.line(), "the raw table's own line");
    }

    @Test
    void aSecondH1InMarkdownIsCaught() throws IOException {
        TestSite site = TestSite.of(dir, "-- content/about.md --\n---\ntitle: About\n---\n\n# About us\n");
        Problem problem = site.bakeFails().stream().filter(p -> p.rule().equals("single-h1")).findFirst().orElseThrow();
        assertEquals(5, problem.line());
    }

    @Test
    void aPageCanOptOutOfOneRuleWithAReasonAndTheReportListsIt() throws IOException {
        TestSite site = TestSite.of(dir, """
                -- content/about.md --
                ---
                title: About
                a11y_ignore:
                  - rule: table-headers
                    reason: A layout table copied from the 2019 leaflet, being redone
                ---
                <table><tr><td>no headers</td></tr></table>
                """);
        site.bake();
        String report = Files.readString(site.root().resolve("a11y-report/index.html"));
        assertTrue(report.contains("table-headers") && report.contains("being redone"), report);
    }

    @Test
    void anOptOutWithoutAReasonIsRefused() throws IOException {
        TestSite site = TestSite.of(dir, "-- content/about.md --\n---\ntitle: About\na11y_ignore:\n  - rule: table-headers\n---\nHi\n");
        Problem problem = site.bakeFails().get(0);
        assertEquals(4, problem.line());
        assertTrue(problem.message().contains("needs a rule and a reason"), problem.message());
    }

    @Test
    void aBrokenInternalLinkAndAMissingAnchorAreCaught() throws IOException {
        TestSite site = TestSite.of(dir, """
                -- content/about.md --
                ---
                title: About
                ---
                See [the festival page](/festival/) and [the key changes](vision.md#key-changes).
                -- content/vision.md --
                ---
                title: Vision
                ---
                ## Five key changes
                """);
        List<Problem> problems = site.bakeFails();
        assertTrue(problems.stream().anyMatch(p -> p.rule().equals("broken-link") && p.line() == 4 && p.message().contains("/festival/")),
                TestSite.lines(problems));
        assertTrue(problems.stream().anyMatch(p -> p.rule().equals("broken-anchor") && p.message().contains("#key-changes")),
                TestSite.lines(problems));
    }

    @Test
    void checkCommandFindsProblemsInAFinishedSite() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.copy(Path.of("src/test/resources/a11y/image-alt.fail.html"), site.resolve("index.html"));
        List<Problem> problems = SiteCheck.run(site, "/");
        Problem missingAlt = problems.stream().filter(p -> p.rule().equals("image-alt")).findFirst().orElseThrow();
        assertTrue(missingAlt.file().endsWith("site/index.html"));
        assertEquals(13, missingAlt.line());
        assertTrue(problems.stream().anyMatch(p -> p.rule().equals("broken-link") && p.message().contains("house.png")),
                "the picture's file is missing too");
    }
}
