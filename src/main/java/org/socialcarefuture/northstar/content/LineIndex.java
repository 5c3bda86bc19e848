package org.socialcarefuture.northstar.content;

import java.util.Arrays;

/**
 * Where each line of a text starts, so an offset becomes a line and column with a binary search (the
 * Markdown renderer and the writing checks both name lines for every node and finding they report).
 */
public final class LineIndex {

    private final int[] starts;

    private LineIndex(int[] starts) {
        this.starts = starts;
    }

    public static LineIndex of(CharSequence text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return new LineIndex(starts);
    }

    /** The 0-based line of an offset. */
    public int line(int offset) {
        int index = Arrays.binarySearch(starts, offset);
        return index >= 0 ? index : -index - 2;
    }

    /** The 1-based column of an offset. */
    public int column(int offset) {
        return offset - starts[line(offset)] + 1;
    }
}
