package org.socialcarefuture.northstar.writing;

import java.util.ArrayList;
import java.util.List;

import org.socialcarefuture.northstar.content.LineIndex;
import org.socialcarefuture.northstar.markdown.MarkdownSyntax;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The prose of a Markdown body, block by block, with a way back from any character to its line and
 * column in the file. Code, raw HTML and (optionally) block quotes are left out: the writing checks
 * are about the movement's own words, and it often quotes what it criticises.
 */
public final class MarkdownText {

    /**
     * One block's text. {@code offsets[i]} is where character i of {@code text} sits in the body.
     * Line breaks inside a paragraph become spaces, so a phrase split over two lines is still found.
     */
    public record TextBlock(Node node, String text, int[] offsets, boolean startsWithImage, List<Image> images, boolean quoted) {
    }

    private final String body;
    private final int bodyLine;
    private final LineIndex lines;
    private Node document;

    public MarkdownText(String body, int bodyLine) {
        this(null, body, bodyLine);
    }

    /**
     * The prose of a body the renderer has already parsed, so a bake parses each page once;
     * {@code document} null parses it here, with the same syntax.
     */
    public MarkdownText(Node document, String body, int bodyLine) {
        this.document = document;
        this.body = body;
        this.bodyLine = bodyLine;
        this.lines = LineIndex.of(body);
    }

    /** The line in the file of a body offset. */
    public int line(int offset) {
        return bodyLine + lines.line(offset);
    }

    /** The 1-based column in the file of a body offset. */
    public int column(int offset) {
        return lines.column(offset);
    }

    /** Paragraphs and headings (in lists and quotes too) with their prose, in order; parsed once, then kept. */
    public List<TextBlock> blocks() {
        if (blocks == null) {
            if (document == null) {
                document = MarkdownSyntax.PARSER.parse(body);
            }
            List<TextBlock> found = new ArrayList<>();
            collect(document, false, found);
            blocks = List.copyOf(found);
        }
        return blocks;
    }

    private List<TextBlock> blocks;

    /** A node still to look at, and whether it is inside a block quote. */
    private record Pending(Node node, boolean inQuote) {
    }

    /** Depth-first, in document order, without recursion: how deep quotes and lists nest comes from the input. */
    private void collect(Node root, boolean inQuote, List<TextBlock> blocks) {
        java.util.ArrayDeque<Pending> pending = new java.util.ArrayDeque<>();
        pushChildren(pending, root, inQuote);
        while (!pending.isEmpty()) {
            Pending next = pending.pop();
            Node child = next.node();
            if (child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock || child instanceof HtmlBlock) {
                continue;
            }
            if (child instanceof com.vladsch.flexmark.ast.Paragraph || child instanceof com.vladsch.flexmark.ast.Heading) {
                blocks.add(block(child, next.inQuote()));
            } else if (child instanceof Block) {
                pushChildren(pending, child, next.inQuote() || child instanceof BlockQuote);
            }
        }
    }

    private static void pushChildren(java.util.ArrayDeque<Pending> pending, Node parent, boolean inQuote) {
        for (Node child = parent.getLastChild(); child != null; child = child.getPrevious()) {
            pending.push(new Pending(child, inQuote));
        }
    }

    private TextBlock block(Node block, boolean quoted) {
        StringBuilder text = new StringBuilder();
        Offsets offsets = new Offsets(block.getTextLength());
        List<Image> images = new ArrayList<>();
        appendText(block, text, offsets, images);
        boolean startsWithImage = block.getFirstChild() instanceof Image;
        return new TextBlock(block, text.toString(), offsets.toArray(), startsWithImage, images, quoted);
    }

    /** A growable int array: one entry per character of prose, so no boxing. */
    private static final class Offsets {
        private int[] values;
        private int size;

        Offsets(int capacity) {
            values = new int[Math.max(16, capacity)];
        }

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    private static void appendChars(com.vladsch.flexmark.util.sequence.BasedSequence chars, StringBuilder text, Offsets offsets) {
        int start = chars.getStartOffset();
        for (int i = 0; i < chars.length(); i++) {
            text.append(chars.charAt(i));
            offsets.add(start + i);
        }
    }

    /** Inline text in order, without recursion (emphasis and links can nest as deep as the input makes them). */
    private static void appendText(Node node, StringBuilder text, Offsets offsets, List<Image> images) {
        // Each entry is a node still to read, or (for a typographic quote) its closing marker, written after its children.
        java.util.ArrayDeque<Object> pending = new java.util.ArrayDeque<>();
        pushChildren(pending, node);
        while (!pending.isEmpty()) {
            Object next = pending.pop();
            if (next instanceof com.vladsch.flexmark.util.sequence.BasedSequence closing) {
                appendChars(closing, text, offsets);
                continue;
            }
            Node child = (Node) next;
            if (child instanceof Image image) {
                images.add(image);
                continue; // a picture's alt text is not prose
            }
            if (child instanceof Code || child instanceof HtmlInline) {
                continue;
            }
            if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append(' ');
                offsets.add(child.getStartOffset());
                continue;
            }
            if (child instanceof Text) {
                appendChars(child.getChars(), text, offsets);
                continue;
            }
            // The renderer's parser turns quotes and apostrophes into typographic nodes; the prose keeps them as written.
            if (child instanceof TypographicSmarts) {
                appendChars(child.getChars(), text, offsets);
                continue;
            }
            if (child instanceof TypographicQuotes quotes) {
                appendChars(quotes.getOpeningMarker(), text, offsets);
                pending.push(quotes.getClosingMarker());
            }
            pushChildren(pending, child);
        }
    }

    private static void pushChildren(java.util.ArrayDeque<Object> pending, Node parent) {
        for (Node child = parent.getLastChild(); child != null; child = child.getPrevious()) {
            pending.push(child);
        }
    }
}
