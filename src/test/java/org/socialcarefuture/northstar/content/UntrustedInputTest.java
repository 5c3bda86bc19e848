package org.socialcarefuture.northstar.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.problem.Problem;

/** Nothing a volunteer pastes may run script in a reader's browser or write outside the site. */
class UntrustedInputTest {

    @TempDir
    Path dir;

    private Document bakeAbout(String body) throws IOException {
        TestSite site = TestSite.of(dir, "-- content/about.md --\n---\ntitle: About\n---\n" + body);
        site.bake();
        return Jsoup.parse(site.file("about/index.html"));
    }

    @Test
    void scriptsStylesHandlersAndFormsAreRemovedButTextStays() throws IOException {
        Document page = bakeAbout("""
                <style>body{display:none}</style>
                <p onmouseover="steal()" style="color:red">Pasted from Word</p>
                <img src="https://example.org/chart.png" onerror="steal()" alt="A chart">
                <form action="https://evil.example/"><input name="card"></form>
                <a href="data:text/html,<script>alert(1)</script>">data link</a>
                <object data="evil.swf"></object><embed src="evil.swf">
                """);
        String content = page.select(".content").html();
        assertFalse(content.contains("<style"), content);
        assertFalse(content.contains("onmouseover") || content.contains("onerror"), content);
        assertFalse(content.contains("style=\"color"), content);
        assertFalse(content.contains("<form") || content.contains("<input"), content);
        assertFalse(content.contains("data:text"), content);
        assertFalse(content.contains("<object") || content.contains("<embed"), content);
        assertTrue(content.contains("Pasted from Word"));
    }

    @Test
    void videoFromAnAllowedHostIsKeptWithItsTitle() throws IOException {
        Document page = bakeAbout("\n<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" title=\"Video: our festival\"></iframe>\n");
        assertEquals("Video: our festival", page.select(".content iframe").attr("title"));
    }

    @Test
    void framesFromOtherHostsAreRemovedWithAnError() throws IOException {
        TestSite site = TestSite.of(dir, "-- content/about.md --\n---\ntitle: About\n---\nIntro.\n\n"
                + "<iframe src=\"https://tracker.example/widget\" title=\"Widget\"></iframe>\n");
        List<Problem> problems = site.bakeFails();
        Problem problem = problems.stream().filter(p -> p.rule().equals("embed")).findFirst().orElseThrow();
        assertEquals(6, problem.line());
        assertTrue(problem.message().contains("tracker.example"), problem.message());
    }

    @Test
    void aVideoWithoutATitleIsStoppedByTheGate() throws IOException {
        TestSite site = TestSite.of(dir, "-- content/about.md --\n---\ntitle: About\n---\nIntro.\n\n"
                + "<iframe src=\"https://player.vimeo.com/video/1\"></iframe>\n");
        assertTrue(site.bakeFails().stream().anyMatch(p -> p.rule().equals("iframe-title")));
    }

    @Test
    void anAliasToItselfIsRefused() throws IOException {
        TestSite site = TestSite.of(dir, "-- content/about.md --\n---\ntitle: About\naliases: [/about/]\n---\nHi\n");
        assertTrue(site.bakeFails().stream().anyMatch(p -> p.rule().equals("duplicate-url") && p.message().contains("/about/")));
    }

    @Test
    void anEasyReadPageOfADraftWaitsWithIt() throws IOException {
        TestSite site = TestSite.of(dir, """
                -- content/plan.md --
                ---
                title: Plan
                status: draft
                ---
                Soon.
                -- content/plan.easy.md --
                ---
                title: The plan in easy read
                ---
                ![A calendar](icon:calendar) Soon.
                """);
        site.bake();
        assertFalse(site.has("plan/index.html"));
        assertFalse(site.has("plan/easy-read/index.html"), "the easy-read page is not published before its main page");
    }

    @Test
    void anOutputThatCannotBeCreatedIsAClearError() throws IOException {
        TestSite site = TestSite.of(dir, "-- content/about.md --\n---\ntitle: About\n---\nHi\n-- blocker --\na file\n");
        var options = site.options();
        var blocked = options.withOutput(site.root().resolve("blocker/site"));
        try {
            org.socialcarefuture.northstar.Build.bake(blocked);
            throw new AssertionError("expected failure");
        } catch (org.socialcarefuture.northstar.problem.BuildFailedException e) {
            Problem problem = e.problems().get(0);
            assertTrue(problem.message().startsWith("the site could not be written"), problem.toString());
            assertTrue(problem.fix().contains("previous site is unchanged"));
        }
        assertTrue(Files.isRegularFile(site.root().resolve("blocker")), "nothing was overwritten");
    }

    /**
     * A write that fails half-way (as on a full disk) is simulated by a content folder that collides
     * with a file the bake has already written: the build stops with a clear error and the previous
     * site is left exactly as it was, with no staging folder behind.
     */
    @Test
    void aWriteFailingHalfWayLeavesThePreviousSite() throws IOException {
        TestSite site = TestSite.of(dir, "-- content/about.md --\n---\ntitle: About\n---\nHi\n");
        site.bake();
        String before = site.file("about/index.html");
        site.write("-- content/about.md --\n---\ntitle: About us now\n---\nChanged\n-- content/robots.txt/note.txt --\nx\n");
        List<Problem> problems = site.bakeFails();
        Problem problem = problems.stream().filter(p -> p.rule().equals("output")).findFirst().orElseThrow();
        assertTrue(problem.message().startsWith("the site could not be written"), problem.toString());
        assertTrue(problem.fix().contains("the disk has space") && problem.fix().contains("previous site is unchanged"));
        assertEquals(before, site.file("about/index.html"), "the previous site is untouched");
        try (var siblings = Files.list(site.root())) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().contains("staging")), "no staging folder left");
        }
    }

    @Test
    void slugsAreNormalisedAndNeverLeaveTheSite() throws IOException {
        TestSite site = TestSite.of(dir, """
                -- content/Café Notes/Über Uns.md --
                ---
                title: Über uns
                ---
                Hallo.
                """);
        site.bake();
        assertTrue(site.has("cafe-notes/uber-uns/index.html"), site.listing());
    }
}
