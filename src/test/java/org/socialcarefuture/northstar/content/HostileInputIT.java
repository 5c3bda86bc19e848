package org.socialcarefuture.northstar.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.problem.Problem;

/**
 * Input that once crashed the bake with a Java stack trace (nesting deeper than a library's recursion can
 * take): now a clear error at its line, or a bake, and never a trace. The last good site is kept.
 */
class HostileInputIT {

    @TempDir
    Path dir;

    private TestSite goodSiteThen(String file, String text) throws IOException {
        TestSite site = TestSite.of(dir, "-- content/about.md --\n---\ntitle: About\n---\nFine.\n");
        site.bake();
        Files.createDirectories(site.content().resolve(file).getParent());
        Files.writeString(site.content().resolve(file), text);
        return site;
    }

    private static void assertNesting(List<Problem> problems, int line) {
        assertEquals(1, problems.size(), TestSite.lines(problems));
        Problem problem = problems.get(0);
        assertEquals("nesting", problem.rule());
        assertEquals(line, problem.line());
        assertTrue(problem.message().contains("nested more than 100 deep"), problem.message());
    }

    @Test
    void aThousandNestedQuotesAreAnErrorAtTheirLineAndTheSiteIsKept() throws IOException {
        TestSite site = goodSiteThen("deep.md", "---\ntitle: Deep\n---\n\n" + "> ".repeat(1000) + "deep\n");
        String before = site.file("about/index.html");
        assertNesting(site.bakeFails(), 5);
        assertEquals(before, site.file("about/index.html"), "the last good site is kept");
    }

    @Test
    void aListNestedAThousandLevelsIsAnErrorAtTheLineItGoesTooDeep() throws IOException {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            list.append("  ".repeat(i)).append("- item\n");
        }
        assertNesting(goodSiteThen("deep.md", "---\ntitle: Deep\n---\n\n" + list).bakeFails(), 54);
    }

    @Test
    void emphasisFiveThousandDeepIsAnError() throws IOException {
        assertNesting(goodSiteThen("deep.md", "---\ntitle: Deep\n---\n\n" + "*".repeat(5000) + "x" + "*".repeat(5000) + "\n")
                .bakeFails(), 5);
    }

    @Test
    void nestingAReaderCouldStillFollowBakes() throws IOException {
        TestSite site = goodSiteThen("deep.md", "---\ntitle: Deep\n---\n\n" + "> ".repeat(90) + "deep\n\n" + "*".repeat(5000) + "\n");
        site.bake();
        assertTrue(site.file("deep/index.html").contains("deep"));
    }

    /** Invisible control characters (pasted from another program) would stop a feed being written: left out, and said. */
    @Test
    void invisibleControlCharactersAreLeftOutWithAWarningAtTheFirst() throws IOException {
        TestSite site = goodSiteThen("blog/2021-01-01-bell.md", "---\ntitle: \"A bell \\u0007 in the title\"\ndate: 2021-01-01\n---\n"
                + "Intro.\n\nA bell \u0007 here and a form feed \f there.\n");
        org.socialcarefuture.northstar.Build.Result result = site.bake();
        Problem warning = result.warnings().stream().filter(p -> p.rule().equals("invisible-character")).findFirst().orElseThrow();
        assertEquals(7, warning.line());
        assertEquals(8, warning.column());
        assertTrue(warning.message().startsWith("the file has 2 invisible control characters (U+0007 here)"), warning.message());
        String page = site.file("blog/2021/01/bell/index.html");
        assertTrue(page.contains("A bell  here and a form feed  there."), page);
        assertTrue(site.file("feed.xml").contains("A bell  in the title"), "the feed is written, without the character");
    }

    /**
     * A line of four million asterisks overflows even the deep stack the build retries with (in java.util.regex,
     * inside flexmark): the volunteer gets a problem naming the file and the log, the trace goes to the log, and
     * the other pages are still checked.
     */
    @Test
    void aFailureNobodyForesawIsAProblemNamingTheFileWithTheTraceInALog() throws IOException {
        TestSite site = goodSiteThen("stars.md", "---\ntitle: Stars\n---\n\nIntro.\n\n" + "*".repeat(4_000_000) + "\n");
        Files.writeString(site.content().resolve("other.md"), "---\ntitle: Other\n---\n\nTo read it, [click here](https://example.org/).\n");
        List<Problem> problems = site.bakeFails();
        assertEquals(List.of("other.md:5:link-purpose", "stars.md:0:internal"),
                problems.stream().map(p -> p.file().substring(p.file().lastIndexOf('/') + 1) + ":" + p.line() + ":" + p.rule()).toList(),
                TestSite.lines(problems));
        Problem crash = problems.get(1);
        assertTrue(crash.message().startsWith("North Star could not process this page (StackOverflowError)"), crash.message());
        Path log = site.root().resolve("north-star-crash.log");
        assertTrue(crash.fix().contains("north-star-crash.log"), crash.fix());
        String trace = Files.readString(log);
        assertTrue(trace.startsWith("--- " + crash.file() + " (process this page)\njava.lang.StackOverflowError"), trace.substring(0, 200));
        assertTrue(site.file("about/index.html").contains("Fine."), "the last good site is kept");
    }
}
