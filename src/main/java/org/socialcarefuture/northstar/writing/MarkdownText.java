package org.socialcarefuture.northstar.writing;

import java.util.ArrayList;
import java.util.List;

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
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The prose of a Markdown body, block by block, with a way back from any character to its line and
 * column in the file. Code, raw HTML and (optionally) block quotes are left out: the writing checks
 * are about the movement's own words, and it often quotes what it criticises.
 */
public final class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();

    /**
     * One block's text. {@code offsets[i]} is where character i of {@code text} sits in the body.
     * Line breaks inside a paragraph become spaces, so a phrase split over two lines is still found.
     */
    public record TextBlock(Node node, String text, int[] offsets, boolean startsWithImage, List<Image> images, boolean quoted) {
    }

    private final String body;
    private final int bodyLine;
    private final int[] lineStarts;

    public MarkdownText(String body, int bodyLine) {
        this.body = body;
        this.bodyLine = bodyLine;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The line in the file of a body offset. */
    public int line(int offset) {
        int index = java.util.Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return bodyLine + line;
    }

    /** The 1-based column in the file of a body offset. */
    public int column(int offset) {
        int index = java.util.Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return offset - lineStarts[line] + 1;
    }

    /** Paragraphs and headings (in lists and quotes too) with their prose, in order; parsed once, then kept. */
    public List<TextBlock> blocks() {
        if (blocks == null) {
            Document document = PARSER.parse(body);
            List<TextBlock> found = new ArrayList<>();
            collect(document, false, found);
            blocks = List.copyOf(found);
        }
        return blocks;
    }

    private List<TextBlock> blocks;

    private void collect(Node node, boolean inQuote, List<TextBlock> blocks) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock || child instanceof HtmlBlock) {
                continue;
            }
            if (child instanceof com.vladsch.flexmark.ast.Paragraph || child instanceof com.vladsch.flexmark.ast.Heading) {
                blocks.add(block(child, inQuote));
            } else if (child instanceof Block) {
                collect(child, inQuote || child instanceof BlockQuote, blocks);
            }
        }
    }

    private TextBlock block(Node block, boolean quoted) {
        StringBuilder text = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        List<Image> images = new ArrayList<>();
        appendText(block, text, offsets, images);
        boolean startsWithImage = block.getFirstChild() instanceof Image;
        return new TextBlock(block, text.toString(), offsets.stream().mapToInt(Integer::intValue).toArray(), startsWithImage, images,
                quoted);
    }

    private static void appendText(Node node, StringBuilder text, List<Integer> offsets, List<Image> images) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
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
                String chars = child.getChars().toString();
                for (int i = 0; i < chars.length(); i++) {
                    text.append(chars.charAt(i));
                    offsets.add(child.getStartOffset() + i);
                }
                continue;
            }
            appendText(child, text, offsets, images);
        }
    }
}
