package org.socialcarefuture.northstar.markdown;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.socialcarefuture.northstar.picture.PictureInfo;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Sends relative links where the published file will be: {@code ../about.md} to the about page's
 * URL, {@code photo.jpg} to the copied file, {@code icon:home} to the theme's picture. Refuses
 * script URLs and links that climb out of content/. A flexmark extension: its link resolver.
 */
final class ContentLinks implements HtmlRenderer.HtmlRendererExtension {

    /** A web address's scheme ({@code https:}, {@code mailto:}, {@code C:} for a Windows path). */
    static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Set<String> UNSAFE_SCHEMES = Set.of("javascript", "vbscript", "data", "file");

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.linkResolverFactory(new Factory());
    }

    private static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext basicContext) {
            return (Node node, LinkResolverBasicContext ctx, ResolvedLink link) -> {
                RenderContext context = RenderContext.of(ctx.getDocument());
                if (context == null || (link.getLinkType() != LinkType.LINK && link.getLinkType() != LinkType.IMAGE)) {
                    return link;
                }
                String url = link.getUrl().strip();
                boolean image = link.getLinkType() == LinkType.IMAGE;
                return link.withStatus(LinkStatus.VALID).withUrl(resolve(url, image, node, context));
            };
        }
    }

    private static String resolve(String url, boolean image, Node node, RenderContext context) {
        LinkTable links = context.links;
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("//")) {
            return url;
        }
        if (url.startsWith("icon:")) {
            String name = url.substring(5);
            if (!context.uses.picture(links, name)) {
                context.error(node, "picture", "there is no picture called \"" + name + "\" in the theme",
                        "use one of " + context.uses.pictureNames(links));
                return "";
            }
            return links.href("easy-read/pictures/" + name + ".svg");
        }
        var scheme = SCHEME.matcher(url);
        if (scheme.find()) {
            String name = url.substring(0, scheme.end() - 1).toLowerCase(Locale.ROOT);
            if (name.equals("file") || name.length() == 1) { // file:///C:/... or C:\Users\...: on the writer's own computer
                context.errorOfLocalFile(node, url);
                return "#";
            }
            if (UNSAFE_SCHEMES.contains(name)) {
                context.error(node, "unsafe-link", "a " + name + ": link could run code or hide content in the reader's browser",
                        "link to a web page (https://...) or to a file in content/ instead");
                return "#";
            }
            if (image && (name.equals("https") || name.equals("http"))) {
                context.warnOfExternalPicture(node, url);
            }
            return url;
        }
        if (url.startsWith("/")) {
            return links.href(url.substring(1));
        }
        int cut = indexOfAny(url, '#', '?');
        String path = cut < 0 ? url : url.substring(0, cut);
        String suffix = cut < 0 ? "" : url.substring(cut);
        String target = normalise(context.folder() + decode(path));
        if (target == null) {
            context.error(node, "link-outside", "\"" + url + "\" points outside the content folder",
                    "link only to files inside content/, or use a full https:// address");
            return "#";
        }
        String pageUrl = context.uses.pageUrl(links, target);
        if (pageUrl != null) {
            return links.href(pageUrl) + suffix;
        }
        if (context.uses.asset(links, target)) {
            PictureInfo picture = image ? context.uses.pictureFile(links, target) : null;
            if (picture != null && !picture.ok()) {
                context.reported.add(node);
                context.error(node, "bad-picture", picture.problem(), picture.fix());
            } else if (picture != null && picture.resized() && suffix.isEmpty()) {
                context.pictures.put(links.href(target), picture); // drawn as a <picture> with its sizes (see ResponsivePictures)
            }
            return links.href(target) + suffix;
        }
        if (target.endsWith(".md") || image) {
            context.reported.add(node); // said here, with the fix; the link check need not say it again
            context.error(node, image ? "missing-image" : "missing-page",
                    "\"" + url + "\" does not exist (looked for content/" + target + ")",
                    "check the file name and folder; paths are relative to this file");
            return url;
        }
        return url; // a relative web address written by hand, e.g. "easy-read/"
    }

    private static int indexOfAny(String text, char a, char b) {
        int first = text.indexOf(a);
        int second = text.indexOf(b);
        if (first < 0) {
            return second;
        }
        return second < 0 ? first : Math.min(first, second);
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** Resolves . and .. ; null when the path climbs above content/. */
    private static String normalise(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }
}
