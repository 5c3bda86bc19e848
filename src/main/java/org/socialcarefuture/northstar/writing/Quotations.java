package org.socialcarefuture.northstar.writing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the parts of a paragraph that are in quotation marks, as British writers use them: ‘single
 * curly quotes’ first, “double” inside them (or the other way round), 'straight' ones typed on a
 * keyboard, and «guillemets». The movement quotes what it criticises, so the language check must know
 * ‘the vulnerable’ (quoted) from the vulnerable (its own words).
 *
 * <p>The hard part is the apostrophe, which is the same character as a closing single quote: people’s,
 * don’t, the ’90s and the users’ views must neither open nor close a quote. So a mark is read from what
 * is on either side of it (an opening mark follows a space or the start and comes before a word; a
 * closing one follows a word and comes before a space, punctuation or the end; a mark inside a word
 * is an apostrophe), and quotes are paired like brackets, innermost first. A single mark that finds no
 * partner was an apostrophe after all; an opening double mark that is never closed quotes to the end of
 * the paragraph, as a quotation running on into the next one does.
 */
public final class Quotations {

    private enum Kind { DOUBLE, SINGLE, GUILLEMET }

    /** A quotation mark that may open or close a quote. */
    private record Mark(int at, Kind kind, boolean opens) {
    }

    private Quotations() {
    }

    /** For each character of {@code text} (and one past its end), whether it is inside quotation marks, the marks included. */
    public static boolean[] inside(String text) {
        boolean[] inside = new boolean[text.length() + 1];
        List<Mark> marks = marks(text);
        if (marks.isEmpty()) {
            return inside;
        }
        Deque<Mark> open = new ArrayDeque<>();
        for (int m = 0; m < marks.size(); m++) {
            Mark mark = marks.get(m);
            if (mark.opens()) {
                open.push(mark);
                continue;
            }
            if (mark.kind() == Kind.SINGLE && possessivePlural(text, mark.at()) && laterCloser(marks, m)) {
                continue; // "the users’ views’": the quote closes at the later mark; this one is an apostrophe
            }
            Mark opener = innermost(open, mark.kind());
            if (opener == null) {
                continue; // nothing of its kind is open: an apostrophe, or a stray mark
            }
            while (open.peek() != opener) {
                open.pop(); // marks opened inside and never closed were not quotes
            }
            open.pop();
            java.util.Arrays.fill(inside, opener.at(), mark.at() + 1, true);
        }
        for (Mark unclosed : open) {
            if (unclosed.kind() != Kind.SINGLE) {
                java.util.Arrays.fill(inside, unclosed.at(), text.length(), true);
            }
        }
        return inside;
    }

    private static Mark innermost(Deque<Mark> open, Kind kind) {
        for (Mark mark : open) {
            if (mark.kind() == kind) {
                return mark;
            }
        }
        return null;
    }

    /** Whether another closing single mark comes after mark {@code m} before any single mark opens. */
    private static boolean laterCloser(List<Mark> marks, int m) {
        for (int i = m + 1; i < marks.size(); i++) {
            Mark later = marks.get(i);
            if (later.kind() == Kind.SINGLE) {
                return !later.opens();
            }
        }
        return false;
    }

    /** An s, the mark, a space and a word: the shape of "the users’ views". */
    private static boolean possessivePlural(String text, int at) {
        return at > 0 && (text.charAt(at - 1) == 's' || text.charAt(at - 1) == 'S')
                && at + 2 < text.length() && Character.isWhitespace(text.charAt(at + 1)) && Character.isLetter(text.charAt(at + 2));
    }

    /** Every mark that can open or close a quote, in order; apostrophes are left out. */
    private static List<Mark> marks(String text) {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '“', '„' -> marks.add(new Mark(i, Kind.DOUBLE, true));
                case '”' -> marks.add(new Mark(i, Kind.DOUBLE, false));
                case '«' -> marks.add(new Mark(i, Kind.GUILLEMET, true));
                case '»' -> marks.add(new Mark(i, Kind.GUILLEMET, false));
                case '"' -> {
                    if (opensAt(text, i)) {
                        marks.add(new Mark(i, Kind.DOUBLE, true));
                    } else if (closesAt(text, i)) {
                        marks.add(new Mark(i, Kind.DOUBLE, false));
                    }
                }
                case '‘', '\'' -> {
                    if (opensAt(text, i) && !elidedYear(text, i)) {
                        marks.add(new Mark(i, Kind.SINGLE, true));
                    } else if (closesAt(text, i)) {
                        marks.add(new Mark(i, Kind.SINGLE, false));
                    }
                }
                case '’' -> {
                    // Before a word it is an apostrophe (’90s, ’em); after one and before a space, a closing quote or a plural's apostrophe.
                    if (closesAt(text, i)) {
                        marks.add(new Mark(i, Kind.SINGLE, false));
                    }
                }
                default -> {
                }
            }
        }
        return marks;
    }

    /** After the start, a space or an opening bracket or dash, and before a word: where a quote opens. */
    private static boolean opensAt(String text, int i) {
        boolean before = i == 0 || opensAfter(text.charAt(i - 1));
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    /** After a word or a sentence's end, and before a space, punctuation or the end: where a quote closes. */
    private static boolean closesAt(String text, int i) {
        boolean before = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        boolean after = i + 1 == text.length() || closesBefore(text.charAt(i + 1));
        return before && after;
    }

    private static boolean opensAfter(char c) {
        return Character.isWhitespace(c) || "([{—–-/“‘\"'„«".indexOf(c) >= 0;
    }

    private static boolean closesBefore(char c) {
        return Character.isWhitespace(c) || ".,;:!?)]}—–-/…”’\"'»".indexOf(c) >= 0;
    }

    /** '90s, ‘60s: a decade with its century left out (a word processor often curls the mark the wrong way). */
    private static boolean elidedYear(String text, int i) {
        int digits = 0;
        int j = i + 1;
        while (j < text.length() && Character.isDigit(text.charAt(j))) {
            digits++;
            j++;
        }
        // ‘20 years on’ is a quote: a decade is followed by its s or by punctuation, not by a space and a word.
        return digits == 2 && (j == text.length() || text.charAt(j) == 's'
                || !Character.isLetterOrDigit(text.charAt(j)) && !Character.isWhitespace(text.charAt(j)));
    }
}
