package org.socialcarefuture.northstar.cli;

import java.util.List;

import org.socialcarefuture.northstar.problem.Problem;

/**
 * The bake's problems as Markdown, for the comment the site's workflow keeps on a pull request (and the writer sees
 * beside their post in the editor): the same words as the terminal, one problem a row, with the file, the line,
 * what is wrong and how to fix it. The first line is a marker, so the workflow finds its own comment to update.
 */
final class ProblemsMarkdown {

    /** The hidden first line the workflow looks for, so it updates its one comment rather than adding another. */
    static final String MARKER = "<!-- north-star-checks -->";

    private ProblemsMarkdown() {
    }

    static String of(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        StringBuilder text = new StringBuilder(MARKER).append('\n');
        if (errors == 0) {
            text.append("### North Star checks: ready to publish\n\n");
            text.append(warnings == 0 ? "No problems: this change can be merged.\n"
                    : "No errors: this change can be merged. " + count(warnings, "warning") + " worth reading:\n");
        } else {
            text.append("### North Star checks: ").append(count(errors, "error")).append(" to fix\n\n")
                    .append("The site cannot be published until these are fixed. Fix them in the editor (or the file) and save: ")
                    .append("the checks run again and this comment is updated.\n");
        }
        if (!problems.isEmpty()) {
            text.append("\n| | file | line | what is wrong | how to fix it |\n| --- | --- | --- | --- | --- |\n");
            for (Problem problem : problems.stream().sorted((a, b) -> Boolean.compare(b.isError(), a.isError())).toList()) {
                text.append("| ").append(problem.isError() ? "error" : "warning").append(" | `").append(cell(problem.file()))
                        .append("` | ").append(problem.line() > 0 ? String.valueOf(problem.line()) : "").append(" | ")
                        .append(cell(problem.message())).append(" | ").append(cell(problem.fix() == null ? "" : problem.fix())).append(" |\n");
            }
        }
        return text.toString();
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** A table cell: a pipe would end it, a line break would end the row, and HTML in a message is shown as text. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ").replace("<", "&lt;");
    }
}
