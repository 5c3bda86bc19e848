package org.socialcarefuture.northstar.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.socialcarefuture.northstar.content.Slugs;
import org.socialcarefuture.northstar.pledge.Pledge;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * A {@code ```pledge} block becomes a pledge card's text ({@code <figure class="pledge">}) and a {@link Pledge}
 * for the page; its settings ({@code id=}, {@code hashtags=}) and an optional {@code share:} line with a
 * shorter text are checked here. The share buttons are added after rendering (pledge.PledgeCards). A flexmark
 * extension: a renderer for fenced code blocks, which leaves every other language to flexmark.
 */
final class PledgeBlocks implements HtmlRenderer.HtmlRendererExtension {

    /** The line in a pledge block that starts its shorter text for sharing. */
    private static final Pattern SHARE_LINE = Pattern.compile("(?m)^[ \\t]*share:[ \\t]*");

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /** What a pledge block's first line says: {@code ```pledge id=a-name hashtags=OurSocialCare}. */
    private record Settings(String id, List<String> hashtags, List<String> unknown) {

        static Settings of(String[] info, String defaultId) {
            String id = defaultId;
            List<String> hashtags = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (int i = 1; i < info.length; i++) {
                String[] pair = info[i].split("=", 2);
                if (pair.length == 2 && pair[0].equals("id") && !Slugs.of(pair[1]).isEmpty()) {
                    id = Slugs.of(pair[1]);
                } else if (pair.length == 2 && pair[0].equals("hashtags")) {
                    for (String tag : pair[1].split(",")) {
                        if (!tag.isBlank()) {
                            hashtags.add(tag.strip().replaceFirst("^#", ""));
                        }
                    }
                } else {
                    unknown.add(info[i]);
                }
            }
            return new Settings(id, hashtags, unknown);
        }
    }

    private static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
        }

        private void render(FencedCodeBlock block, NodeRendererContext ctx, HtmlWriter html) {
            String[] info = block.getInfo().toString().strip().split("\\s+");
            if (!info[0].equals("pledge")) {
                ctx.delegateRender();
                return;
            }
            RenderContext context = RenderContext.of(block.getDocument());
            // A line starting "share:" ends the pledge: what follows is the shorter text for networks the pledge is too long for.
            String raw = block.getContentChars().toString();
            Matcher shareLine = SHARE_LINE.matcher(raw);
            boolean hasShare = shareLine.find();
            String text = joinLines(hasShare ? raw.substring(0, shareLine.start()) : raw);
            String shorter = hasShare ? joinLines(raw.substring(shareLine.end())) : "";
            if (text.isBlank()) {
                context.error(block, "pledge-empty", "the pledge block is empty",
                        "write the pledge text between ```pledge and ```, or remove the block");
                return;
            }
            Settings settings = Settings.of(info, Integer.toString(context.pledges.size() + 1));
            for (String setting : settings.unknown()) {
                context.error(block, "pledge-attribute", "\"" + setting + "\" is not a pledge setting",
                        "write ```pledge id=a-name hashtags=OurSocialCare");
            }
            String id = settings.id();
            if (!context.pledgeIds.add(id)) {
                context.error(block, "pledge-id", "two pledges on this page have the id \"" + id + "\"",
                        "give each pledge its own id=");
            }
            if (hasShare && shorter.isBlank()) {
                context.error(block, "pledge-share", "the share: line has no text after it",
                        "write the shorter text to share after share: (on the same line), or remove the line");
            }
            context.pledges.add(new Pledge(id, text, shorter, settings.hashtags(), context.fileLine(block)));
            html.line();
            html.attr("class", "pledge").attr("id", "pledge-" + id)
                    .attr("data-src-line", Integer.toString(context.fileLine(block)))
                    .withAttr().tag("figure");
            html.attr("class", "pledge-text").withAttr().tag("blockquote");
            for (String paragraph : text.split("\n\n")) {
                html.tag("p").text(paragraph).closeTag("p");
            }
            html.closeTag("blockquote");
            html.closeTag("figure").line();
        }

        /** Lines wrapped in the source are one sentence to the reader; a blank line starts a new paragraph. */
        private static String joinLines(String raw) {
            StringBuilder text = new StringBuilder();
            for (String paragraph : raw.strip().split("\\n\\s*\\n")) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(String.join(" ", paragraph.strip().split("\\s*\\n\\s*")));
            }
            return text.toString();
        }
    }
}
