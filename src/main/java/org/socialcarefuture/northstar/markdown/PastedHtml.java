package org.socialcarefuture.northstar.markdown;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.socialcarefuture.northstar.problem.Problem;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * HTML pasted into the Markdown: before {@link HtmlSanitizer} cleans it, the writer is told what the page
 * will lose (scripts, styles, forms and event handlers go without a trace on the page), and about files
 * on their own computer and pictures loaded from other sites.
 */
final class PastedHtml {

    private PastedHtml() {
    }

    /** Whether the node is raw HTML or an HTML comment (either sends the page through jsoup's cleaner). */
    static boolean isRawHtml(Node node) {
        return node instanceof HtmlBlock || node instanceof HtmlInline
                || node instanceof com.vladsch.flexmark.ast.HtmlCommentBlock || node instanceof com.vladsch.flexmark.ast.HtmlInlineComment;
    }

    /** Pasted HTML loses its scripts, styles and forms without a trace on the page, so the writer is told where. */
    static void warnOfRemovedHtml(Document document, RenderContext context) {
        Map<Integer, Set<String>> removedByLine = new TreeMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                for (String file : HtmlSanitizer.localFiles(node.getChars().toString())) {
                    context.errorOfLocalFile(node, file);
                }
                for (String picture : HtmlSanitizer.externalPictures(node.getChars().toString())) {
                    context.warnOfExternalPicture(node, picture);
                }
                List<String> removed = HtmlSanitizer.removedParts(node.getChars().toString());
                if (!removed.isEmpty()) {
                    removedByLine.computeIfAbsent(context.fileLine(node), line -> new LinkedHashSet<>()).addAll(removed);
                }
            }
        }
        removedByLine.forEach((line, removed) -> context.problems.add(Problem.warning(context.page.source(), line, "pasted-html",
                "the site takes " + String.join(", ", removed) + " out of this pasted HTML (it keeps text, links, pictures,"
                        + " tables and the like; no scripts, styles, forms or event handlers)",
                "remove " + (removed.size() == 1 ? "it" : "them") + " from the Markdown; for a video, paste the embed code"
                        + " from YouTube or Vimeo; for anything else, link to it")));
    }
}
