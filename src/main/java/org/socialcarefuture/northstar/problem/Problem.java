package org.socialcarefuture.northstar.problem;

/**
 * One thing wrong with the input, pointing at where a volunteer can fix it.
 *
 * @param file     the file to open, relative to the project where possible
 * @param line     1-based line, or 0 when the problem is about the whole file
 * @param column   1-based column, or 0 when unknown
 * @param severity errors stop the publish, warnings are only reported
 * @param rule     a short id for the kind of problem (e.g. {@code front-matter}), used in reports
 * @param message  what is wrong, in plain words
 * @param fix      what to do about it
 */
public record Problem(String file, int line, int column, Severity severity, String rule,
                      String message, String fix) {

    public enum Severity { ERROR, WARNING }

    /** Line breaks in text a problem quotes (a link, a tag): a space, so each problem stays one console line. */
    private static final java.util.regex.Pattern BREAKS = java.util.regex.Pattern.compile("\\R");
    /** Other control characters and the bidi overrides that would reorder the line on screen: shown as \uFFFD. */
    private static final java.util.regex.Pattern HIDDEN = java.util.regex.Pattern.compile("[\\p{Cc}\u202A-\u202E\u2066-\u2069]");

    public Problem {
        message = oneLine(message);
        fix = oneLine(fix);
    }

    private static String oneLine(String text) {
        return text == null ? null : HIDDEN.matcher(BREAKS.matcher(text).replaceAll(" ")).replaceAll("\uFFFD");
    }

    public static Problem error(String file, int line, String rule, String message, String fix) {
        return new Problem(file, line, 0, Severity.ERROR, rule, message, fix);
    }

    public static Problem warning(String file, int line, String rule, String message, String fix) {
        return new Problem(file, line, 0, Severity.WARNING, rule, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The place, as editors and CI annotations understand it: {@code file:line:column}. */
    public String location() {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where.toString();
    }

    /**
     * Where the documentation is published: the reference page of every problem is under it. A fork that publishes its
     * own documentation changes this one line.
     */
    public static final String DOCUMENTATION = "https://socialcarefuture.blog/docs/";

    /** The page, under {@link #DOCUMENTATION}, that explains every kind of problem, with an anchor for each rule. */
    public static final String REFERENCE_PAGE = "reference/problems/";

    /**
     * The address of this kind of problem's entry in the documentation, with a longer explanation and a before-and-after
     * example: {@code https://socialcarefuture.blog/docs/reference/problems/#link-purpose}. Every rule has one
     * (ProblemReferenceTest checks each rule the code reports has its entry, and that the link resolves in the built docs).
     */
    public String help() {
        return rule == null || rule.isBlank() ? "" : DOCUMENTATION + REFERENCE_PAGE + "#" + rule;
    }

    /**
     * One console line, the way the terminal, the Maven log and CI show it:
     * {@code content/blog/x.md:3: error: date "2021-13-01" is not a date; write YYYY-MM-DD; more: https://.../#front-matter}.
     */
    @Override
    public String toString() {
        String kind = severity == Severity.ERROR ? "error" : "warning";
        String text = location() + ": " + kind + ": " + message;
        text = fix == null || fix.isBlank() ? text : text + "; " + fix;
        return help().isEmpty() ? text : text + "; more: " + help();
    }
}
