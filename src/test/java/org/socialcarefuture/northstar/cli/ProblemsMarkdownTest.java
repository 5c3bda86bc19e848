package org.socialcarefuture.northstar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialcarefuture.northstar.problem.Problem;

/** The pull request's comment says what the terminal says: the file, the line, what is wrong and the fix. */
class ProblemsMarkdownTest {

    @Test
    void errorsComeFirstInTheTerminalsWords() {
        Problem warning = Problem.warning("content/about.md", 4, "language", "\"service users\" is a phrase we avoid", "say \"people\"");
        Problem error = Problem.error("content/blog/2026-06-01-a-picture.md", 4, "image-alt", "the image has no text alternative (image_alt)",
                "add image_alt: a short description of what the picture shows, for people who cannot see it");
        String text = ProblemsMarkdown.of(List.of(warning, error));
        assertTrue(text.startsWith(ProblemsMarkdown.MARKER + "\n### North Star checks: 1 error to fix\n"), text);
        String row = "| error | `content/blog/2026-06-01-a-picture.md` | 4 | the image has no text alternative (image_alt) | "
                + "add image_alt: a short description of what the picture shows, for people who cannot see it |";
        assertTrue(text.contains(row), text);
        assertTrue(text.indexOf(row) < text.indexOf("| warning |"), "errors first");
        assertTrue(error.toString().contains(error.message() + "; " + error.fix()), "the same words as the terminal line");
    }

    @Test
    void aCleanBakeIsReadyAndATableCellCannotBeBrokenOpen() {
        assertEquals(ProblemsMarkdown.MARKER + "\n### North Star checks: ready to publish\n\nNo problems: this change can be merged.\n",
                ProblemsMarkdown.of(List.of()));
        String text = ProblemsMarkdown.of(List.of(Problem.error("content/a|b.md", 0, "x", "a | b\nc <script>", "fix")));
        assertTrue(text.contains("| error | `content/a\\|b.md` |  | a \\| b c &lt;script> | fix |"), text);
    }
}
