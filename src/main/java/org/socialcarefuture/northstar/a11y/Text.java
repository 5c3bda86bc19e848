package org.socialcarefuture.northstar.a11y;

/** Text helpers for the gate's messages and names (the names themselves are computed by {@link AccName}). */
final class Text {

    private Text() {
    }

    /** Runs of white space (and no-break spaces) as one space, trimmed; by hand, as it runs for every link of every page. */
    static String normalise(String text) {
        if (isNormal(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** No leading, trailing or doubled white space, and no no-break spaces: already as {@link #normalise} makes it. */
    private static boolean isNormal(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(n - 1))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\u00a0' || (Character.isWhitespace(c) && (c != ' ' || Character.isWhitespace(text.charAt(i + 1))))) {
                return false;
            }
        }
        return true;
    }

    static String quote(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return "\"" + shown + "\"";
    }
}
