package org.socialcarefuture.northstar.cli;

import org.socialcarefuture.northstar.problem.Problem;

/** Workflow commands that make GitHub show a problem on the line of the pull request it is about. */
final class GitHubAnnotations {

    private GitHubAnnotations() {
    }

    static String of(Problem problem) {
        StringBuilder line = new StringBuilder("::").append(problem.isError() ? "error" : "warning")
                .append(" file=").append(escapeProperty(problem.file()));
        if (problem.line() > 0) {
            line.append(",line=").append(problem.line());
        }
        if (problem.column() > 0) {
            line.append(",col=").append(problem.column());
        }
        line.append(",title=").append(escapeProperty(problem.rule()));
        String message = problem.message() + (problem.fix() == null || problem.fix().isBlank() ? "" : "; " + problem.fix())
                + (problem.help().isEmpty() ? "" : "; more: " + problem.help());
        return line.append("::").append(escapeData(message)).toString();
    }

    private static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
