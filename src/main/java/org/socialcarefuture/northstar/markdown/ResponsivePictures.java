package org.socialcarefuture.northstar.markdown;

import java.util.Set;

import org.socialcarefuture.northstar.address.Addresses;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.picture.PictureInfo;
import org.socialcarefuture.northstar.picture.PictureMarkup;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Pictures: each must have a description (or say it is decoration), and a picture the site made sizes of is
 * drawn as a {@code <picture>} (WebP and JPEG or PNG, every width, its own size); any other picture as flexmark
 * draws it. The page's lead picture ({@code image:}) is drawn the same way. A flexmark extension: a renderer
 * for pictures (ContentLinks, resolving each address, says which pictures have sizes).
 */
final class ResponsivePictures implements HtmlRenderer.HtmlRendererExtension {

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /**
     * A picture with empty brackets ({@code ![](photo.jpg)}) would be published with alt="", which tells screen
     * readers to skip it as decoration; a volunteer who writes it has forgotten the description, so it is an
     * error. Decoration is said on purpose with {@code ![decorative](...)}, published as alt="".
     */
    static void checkDescriptions(Document document, RenderContext context) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Image image) {
                String description = image.getText().toString();
                if (description.isBlank()) {
                    String file = image.getUrl().toString();
                    // alt="" passes WCAG as decoration; the site asks writers to say so on purpose, so this is its policy
                    context.error(image, "image-alt", "[WCAG 1.1.1 image-alt policy] the picture " + (file.isBlank() ? "" : file + " ")
                                    + "has no description, so people who cannot see it are told nothing",
                            "say what it shows in the brackets, e.g. ![Three people talking round a table](" + file
                                    + "); if it is only decoration, write ![" + MarkdownRenderer.DECORATIVE + "](" + file + ")");
                } else if (MarkdownRenderer.decorative(description)) {
                    context.decorative.add(image);
                }
            }
        }
    }

    /** The page's lead picture ({@code image:}) as a responsive picture, first on the page; "" when it has none with sizes. */
    static String leadPicture(Page page, RenderContext context) {
        String image = page.image();
        if (image.isEmpty() || ContentLinks.SCHEME.matcher(image).find()) {
            return "";
        }
        String path = image.startsWith("/") ? image.substring(1) : Addresses.normalise(context.folder() + image);
        PictureInfo picture = context.uses.pictureFile(context.links, path);
        if (picture == null || !picture.resized()) {
            return "";
        }
        return PictureMarkup.html(picture, context.links.href(path), page.imageAlt(), PictureMarkup.COLUMN, true, "");
    }

    private static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Image.class, this::render));
        }

        private void render(Image image, NodeRendererContext ctx, HtmlWriter html) {
            RenderContext context = RenderContext.of(image.getDocument());
            if (context == null || ctx.isDoNotRenderLinks()) {
                ctx.delegateRender();
                return;
            }
            ResolvedLink resolved = ctx.resolveLink(LinkType.IMAGE, image.getUrl().unescape(), null, null);
            PictureInfo picture = context.pictures.get(resolved.getUrl());
            if (picture == null) {
                ctx.delegateRender();
                return;
            }
            String description = image.getText().toString();
            String alt = MarkdownRenderer.decorative(description) ? "" : new TextCollectingVisitor().collectAndGetText(image);
            String sizes = EasyReadPoints.startsPoint(context, image) ? PictureMarkup.EASY_READ_POINT : PictureMarkup.COLUMN;
            boolean first = !context.firstPictureDrawn;
            context.firstPictureDrawn = true;
            html.raw(PictureMarkup.html(picture, resolved.getUrl(), alt, sizes, first,
                    "data-src-line=\"" + context.fileLine(image) + "\""));
        }
    }
}
