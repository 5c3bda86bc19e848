package org.socialcarefuture.northstar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.problem.Problem;

/**
 * A volunteer sees every problem of every page in one run, as from a compiler, each once and at its
 * line: fixing one thing and saving must not be the only way to meet the next.
 */
public class EveryProblemInOneRunTest {

    public static final String LONG_PLEDGE = "I pledge to ask for full and equal contribution from people who draw on social care. ".repeat(7);

    /** Three problems of three kinds, at the body's lines 3, 5 and 7: a missing picture, a "here" link and a pledge no network can take. */
    public static final String THREE_PROBLEMS_BODY = """
            Our festival in pictures.

            ![People dancing at the festival](dancing.jpg)

            To read the report, [click here](https://example.org/report).

            ```pledge
            %s
            ```
            """.formatted(LONG_PLEDGE);

    static final String THREE_PROBLEMS = """
            -- content/blog/2021-03-01-three.md --
            ---
            title: Three problems
            date: 2021-03-01
            ---
            %s-- content/about.md --
            ---
            title: About
            ---
            All is well here.
            """.formatted(THREE_PROBLEMS_BODY);

    @TempDir
    Path dir;

    @Test
    void aBakeReportsAllThreeEachOnceAtItsLineAndPublishesNothing() throws IOException {
        TestSite site = TestSite.of(dir, THREE_PROBLEMS);
        assertThreeProblems(site.bakeFails());
        assertFalse(site.has("index.html"), "nothing is published while an error stands");
    }

    @Test
    void thePreviewsBuildReportsAllThreeToo() throws IOException {
        TestSite site = TestSite.of(dir, THREE_PROBLEMS).drafts(true);
        assertThreeProblems(TestSite.previewFails(site.options()));
    }

    private static void assertThreeProblems(List<Problem> problems) {
        String file = "blog/2021-03-01-three.md";
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        assertEquals(3, errors.size(), TestSite.lines(problems));
        assertEquals(List.of("missing-image", "link-purpose", "pledge-length"), errors.stream().map(Problem::rule).toList(),
                TestSite.lines(problems));
        assertEquals(List.of(7, 9, 11), errors.stream().map(Problem::line).toList(), TestSite.lines(problems));
        assertTrue(errors.stream().allMatch(p -> p.file().endsWith(file)), TestSite.lines(problems));
    }

    /** The preview says what the bake says: a picture with empty brackets is an error there too, over the page. */
    @Test
    void anUndescribedPictureIsAnErrorInThePreviewToo() throws IOException {
        TestSite site = TestSite.of(dir, """
                -- content/about.md --
                ---
                title: About
                ---
                Our convenors.

                ![](team.svg)
                -- content/team.svg --
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>
                """).drafts(true);
        List<Problem> problems = TestSite.previewFails(site.options());
        assertEquals(List.of("image-alt:6"), problems.stream().map(p -> p.rule() + ":" + p.line()).toList(), TestSite.lines(problems));
    }

    /** A newsletter is also checked as an e-mail: a problem in its text is the volunteer's line, said once, not the theme's. */
    @Test
    void aProblemInANewslettersTextIsReportedOnceAtItsLineNotInTheEmailTemplate() throws IOException {
        TestSite site = TestSite.of(dir, """
                -- content/newsletters/2021-03-22-spring.md --
                ---
                title: Spring update
                date: 2021-03-22
                ---
                News from the movement.

                Read the whole update [here](https://example.org/update).
                """);
        List<Problem> problems = site.bakeFails();
        assertEquals(1, problems.size(), TestSite.lines(problems));
        Problem problem = problems.get(0);
        assertEquals("link-purpose", problem.rule());
        assertTrue(problem.file().endsWith("newsletters/2021-03-22-spring.md"), problem.toString());
        assertEquals(7, problem.line());
    }

    /** A page whose front matter is wrong cannot be placed in the site, but what is wrong in its text is said in the same run. */
    @Test
    void aPageWithAFrontMatterErrorStillHasItsTextChecked() throws IOException {
        TestSite site = TestSite.of(dir, """
                -- content/blog/2021-02-31-bad-date.md --
                ---
                title: A bad date
                date: 2021-02-31
                ---
                Words for the vulnerable.

                ![](photo.jpg)

                To read the report, [click here](https://example.org/report).
                """);
        List<Problem> problems = site.bakeFails();
        // The picture is both missing and undescribed: two problems, each said once (the link check does not repeat the first).
        assertEquals(List.of("front-matter:3", "language:5", "missing-image:7", "image-alt:7", "link-purpose:9"),
                problems.stream().map(p -> p.rule() + ":" + p.line()).toList(), TestSite.lines(problems));
    }
}
