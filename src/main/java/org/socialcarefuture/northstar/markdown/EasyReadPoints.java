package org.socialcarefuture.northstar.markdown;

import java.util.Set;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * In an easy-read file, a paragraph that starts with a picture is a point: the picture in its own box beside
 * the words ({@code <div class="easy-point">}), as easy-read guidance lays pages out. Other paragraphs, and
 * every paragraph of other files, are flexmark's. A flexmark extension: a renderer for paragraphs.
 */
final class EasyReadPoints implements HtmlRenderer.HtmlRendererExtension {

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /** Whether {@code image} starts a point of an easy-read page (it is then drawn at the point's picture size). */
    static boolean startsPoint(RenderContext context, Image image) {
        return context.page.easyRead() && image.getParent() instanceof Paragraph && image.getParent().getFirstChild() == image;
    }

    private static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Paragraph.class, this::render));
        }

        private void render(Paragraph paragraph, NodeRendererContext ctx, HtmlWriter html) {
            RenderContext context = RenderContext.of(paragraph.getDocument());
            if (context == null || !context.page.easyRead() || !(paragraph.getFirstChild() instanceof Image picture)) {
                ctx.delegateRender();
                return;
            }
            html.line();
            html.attr("class", "easy-point").attr("data-src-line", Integer.toString(context.fileLine(paragraph)))
                    .withAttr().tag("div");
            html.attr("class", "easy-picture").withAttr().tag("div");
            ctx.render(picture);
            html.closeTag("div");
            html.attr("class", "easy-words").withAttr().tag("p");
            for (Node child = picture.getNext(); child != null; child = child.getNext()) {
                ctx.render(child);
            }
            html.closeTag("p");
            html.closeTag("div").line();
        }
    }
}
