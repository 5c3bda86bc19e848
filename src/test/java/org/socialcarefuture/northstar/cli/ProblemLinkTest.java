package org.socialcarefuture.northstar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.socialcarefuture.northstar.problem.Problem;

/** Every problem carries the address of its entry in the documentation, in the terminal and on the pull request. */
class ProblemLinkTest {

    private final Problem date = Problem.error("content/blog/x.md", 3, "front-matter", "date \"2021-13-01\" is not a real date",
            "write YYYY-MM-DD");

    @Test
    void theTerminalLineEndsWithTheRulesEntry() {
        assertEquals("https://socialcarefuture.blog/docs/reference/problems/#front-matter", date.help());
        assertEquals("content/blog/x.md:3: error: date \"2021-13-01\" is not a real date; write YYYY-MM-DD; more: "
                + "https://socialcarefuture.blog/docs/reference/problems/#front-matter", date.toString());
    }

    @Test
    void thePullRequestsAnnotationCarriesItToo() {
        String annotation = GitHubAnnotations.of(date);
        assertTrue(annotation.startsWith("::error file=content/blog/x.md,line=3,title=front-matter::"), annotation);
        assertTrue(annotation.endsWith("; more: https://socialcarefuture.blog/docs/reference/problems/#front-matter"), annotation);
    }

    @Test
    void aProblemWithNoRuleHasNoLink() {
        Problem bare = Problem.warning("site.yml", 0, "", "odd", "");
        assertEquals("", bare.help());
        assertEquals("site.yml: warning: odd", bare.toString());
    }
}
