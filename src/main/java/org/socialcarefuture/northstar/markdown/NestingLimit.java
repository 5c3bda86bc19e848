package org.socialcarefuture.northstar.markdown;

import java.util.ArrayDeque;

import com.vladsch.flexmark.util.ast.Node;

/**
 * flexmark renders nested blocks by recursion; past a few hundred levels it would overflow the stack, so a page
 * nested deeper than {@link #MAX_NESTING} is refused before rendering.
 */
final class NestingLimit {

    /** How deep blocks and inline markup may nest (a real page rarely goes past five). */
    static final int MAX_NESTING = 100;

    private NestingLimit() {
    }

    /** The first node deeper than {@code limit} levels below the document, or null; found without recursion. */
    static Node deeperThan(Node document, int limit) {
        ArrayDeque<Node> pending = new ArrayDeque<>();
        ArrayDeque<Integer> depths = new ArrayDeque<>();
        pending.push(document);
        depths.push(0);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            int depth = depths.pop();
            if (depth > limit) {
                return node;
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                pending.push(child);
                depths.push(depth + 1);
            }
        }
        return null;
    }

    /** Reports the page too deep when it is (the error names the first line past the limit); true when it is. */
    static boolean tooDeep(com.vladsch.flexmark.util.ast.Document document, RenderContext context) {
        Node tooDeep = deeperThan(document, MAX_NESTING);
        if (tooDeep == null) {
            return false;
        }
        context.error(tooDeep, "nesting", "quotes, lists or emphasis are nested more than " + MAX_NESTING
                        + " deep here, which no reader could follow",
                "take out some of the > or list levels (or ** and _); a quote or list rarely needs more than three");
        return true;
    }
}
