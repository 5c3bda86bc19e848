package org.socialcarefuture.northstar.markdown;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Adds the Markdown line ({@code data-src-line}) to every block and to links and pictures: the gate's way back
 * to the source. Pasted HTML gets it on its first tag too. Also marks what this step already reported
 * ({@link MarkdownRenderer#REPORTED}) and empties the description of pictures marked decorative. A flexmark
 * extension: an attribute provider and a renderer for raw HTML blocks. Both attributes are removed before publishing.
 */
final class SourceLines implements HtmlRenderer.HtmlRendererExtension {

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new PastedHtmlLines());
        builder.attributeProviderFactory(new Attributes());
    }

    private static final class Attributes extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext ctx) {
            return (Node node, AttributablePart part, MutableAttributes attributes) -> {
                if (part != AttributablePart.NODE && part != AttributablePart.LINK) {
                    return;
                }
                if (node instanceof Block || node instanceof Link || node instanceof Image) {
                    RenderContext context = RenderContext.of(node.getDocument());
                    if (context != null) {
                        attributes.replaceValue("data-src-line", Integer.toString(context.fileLine(node)));
                        if (context.decorative.contains(node)) {
                            attributes.replaceValue("alt", "");
                        }
                        if (context.reported.contains(node)) {
                            attributes.replaceValue(MarkdownRenderer.REPORTED, "1");
                        }
                    }
                }
            };
        }
    }

    /**
     * Pasted HTML gets its Markdown line on its first tag, as every Markdown block does, so the gate
     * can say on which line a pasted picture lacks its alt text (otherwise: the block before it).
     */
    private static final class PastedHtmlLines implements NodeRenderer {

        /** A raw HTML block's first start tag: {@code <table}, {@code <img} (not a comment or a closing tag). */
        private static final Pattern FIRST_TAG = Pattern.compile("\\s*<[A-Za-z][A-Za-z0-9-]*(?=[\\s/>])");

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(HtmlBlock.class, this::render));
        }

        private void render(HtmlBlock block, NodeRendererContext ctx, HtmlWriter html) {
            RenderContext context = RenderContext.of(block.getDocument());
            String text = block.getChars().toString();
            Matcher tag = FIRST_TAG.matcher(text);
            if (context == null || block.hasChildren() || !tag.lookingAt()) {
                ctx.delegateRender();
                return;
            }
            html.line();
            html.raw(text.substring(0, tag.end()) + " data-src-line=\"" + context.fileLine(block) + "\""
                    + text.substring(tag.end()));
            html.line();
        }
    }
}
