package org.socialcarefuture.northstar.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Found by SiteCheckFuzzIT (seed found-line-break-in-a-problem-message): a problem is always one line on screen. */
class ProblemTest {

    @Test
    void aProblemQuotingTextWithLineBreaksOrBidiControlsIsStillOneLine() {
        Problem problem = Problem.error("site/index.html", 3, "broken-link",
                "the link to a\nb: error: c\u202Ed goes to a page that does not exist", "check the address\r\nagain");
        String line = problem.toString();
        assertFalse(line.contains("\n") || line.contains("\r") || line.contains("\u202E"), line);
        assertEquals("site/index.html:3: error: the link to a b: error: c\uFFFDd goes to a page that does not exist; check the address again; more: https://socialcarefuture.blog/docs/reference/problems/#broken-link", line);
    }
}
