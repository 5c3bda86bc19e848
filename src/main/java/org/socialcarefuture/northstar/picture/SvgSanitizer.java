package org.socialcarefuture.northstar.picture;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * An SVG file from content/ made safe to publish. Opened at the site's own address, an SVG is a page of
 * the site's origin: a script in it could act as the site. The Markdown sanitiser never sees these files,
 * so this takes out what can run or reach elsewhere, and keeps the drawing: scripts and event handlers,
 * {@code javascript:} links, {@code <foreignObject>} (HTML inside the drawing), animations that set a link
 * or a handler, and references to other sites ({@code href} to another host, {@code @import}, {@code url(...)}).
 * Pictures embedded as {@code data:image/...} and links within the file ({@code #id}) stay.
 */
public final class SvgSanitizer {
    /** An entity declared after a DOCTYPE opens ({@code <!DOCTYPE svg [ <!ENTITY ...}), however the subset is written. */
    private static final java.util.regex.Pattern ENTITY_IN_DOCTYPE =
            java.util.regex.Pattern.compile("<!DOCTYPE.*?<!ENTITY", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL);


    /** What was made of a file, and what was taken out of it (in words, for the warning). */
    public record Cleaned(String svg, List<String> removed) {
        public Cleaned {
            removed = List.copyOf(removed);
        }
    }

    private static final Set<String> REMOVED_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object",
            "handler", "listener", "audio", "video", "meta", "link", "base");
    private static final Set<String> LINKS = Set.of("href", "xlink:href", "src", "action", "formaction");
    /** A link with a scheme (https:, javascript:, data:...) or to another host (//host/...); a relative one stays on the site. */
    private static final Pattern LEAVES_THE_SITE = Pattern.compile("(?i)^(?:[a-z][a-z0-9+.-]*:|//|\\\\)");
    private static final Pattern IMPORT = Pattern.compile("(?i)@import[^;]*;?");
    private static final Pattern EXTERNAL_URL = Pattern.compile("(?i)url\\(\\s*(['\"]?)(?!#)[^)]*\\)");
    private static final Pattern SAFE_DATA_PICTURE = Pattern.compile("(?i)^data:image/(png|jpe?g|gif|webp);base64,[a-z0-9+/=\\s]*$");

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox\\s*=\\s*[\"']\\s*[-\\d.]+[\\s,]+[-\\d.]+[\\s,]+([\\d.]+)[\\s,]+([\\d.]+)");
    private static final Pattern SIZE = Pattern.compile("<svg[^>]*?\\swidth\\s*=\\s*[\"']([\\d.]+)(?:px)?[\"'][^>]*?\\sheight\\s*=\\s*[\"']([\\d.]+)(?:px)?[\"']",
            Pattern.DOTALL);

    /** Width over height of an SVG drawing, from its viewBox or its width and height; 1 when it says neither. */
    public static double aspectRatio(java.nio.file.Path file) {
        try {
            String text = java.nio.file.Files.readString(file);
            for (Pattern pattern : List.of(VIEW_BOX, SIZE)) {
                java.util.regex.Matcher m = pattern.matcher(text);
                if (m.find()) {
                    double width = Double.parseDouble(m.group(1));
                    double height = Double.parseDouble(m.group(2));
                    if (width > 0 && height > 0 && width / height < 20 && height / width < 20) {
                        return width / height;
                    }
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // an unreadable drawing is reported where it is published; here it is simply square
        }
        return 1;
    }

    private SvgSanitizer() {
    }

    public static Cleaned clean(String svg) {
        Document document = Jsoup.parse(svg, "", Parser.xmlParser());
        document.outputSettings().prettyPrint(false);
        Set<String> removed = new LinkedHashSet<>();
        List<Element> elements = new ArrayList<>(document.getAllElements());
        for (Element element : elements) {
            if (element.parent() == null && element != document) {
                continue; // inside something already taken out
            }
            String name = element.normalName().toLowerCase(Locale.ROOT);
            String local = name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
            if (REMOVED_ELEMENTS.contains(local)) {
                removed.add("<" + element.tagName() + ">");
                element.remove();
                continue;
            }
            if ((local.equals("set") || local.startsWith("animate")) && dangerousAnimation(element)) {
                removed.add("an <" + element.tagName() + "> that sets " + element.attr("attributeName"));
                element.remove();
                continue;
            }
            for (Attribute attribute : new ArrayList<>(element.attributes().asList())) {
                // A name with characters no XML name has (control characters, found by fuzzing) is written out with
                // "_" in their place; judged without them, "\0xlink:href" is the link it would be read as.
                String key = attribute.getKey().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}:._-]", "");
                String localKey = key.substring(key.indexOf(':') + 1);
                String value = attribute.getValue().strip();
                String squashed = value.replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || localKey.startsWith("on")) {
                    removed.add("the " + attribute.getKey() + "= script");
                    element.removeAttr(attribute.getKey());
                } else if ((LINKS.contains(key) || LINKS.contains(localKey)) && LEAVES_THE_SITE.matcher(squashed).find() && !SAFE_DATA_PICTURE.matcher(value).matches()) {
                    removed.add(squashed.startsWith("javascript:") || squashed.startsWith("vbscript:") ? "a javascript: link"
                            : "a link to " + (value.length() > 60 ? value.substring(0, 60) + "..." : value));
                    element.removeAttr(attribute.getKey());
                } else if (key.equals("style") && (IMPORT.matcher(value).find() || EXTERNAL_URL.matcher(value).find())) {
                    removed.add("a style that loads from elsewhere");
                    element.attr(attribute.getKey(), EXTERNAL_URL.matcher(IMPORT.matcher(value).replaceAll("")).replaceAll("none"));
                }
            }
            if (local.equals("style")) {
                // Read as one text: a stray tag inside (found by fuzzing) splits "url(https://..." over two nodes, which
                // the file written out joins again.
                StringBuilder whole = new StringBuilder();
                for (Node child : element.childNodes()) {
                    whole.append(child instanceof DataNode data ? data.getWholeData() : child instanceof TextNode text ? text.getWholeText() : "");
                }
                String css = whole.toString();
                if (IMPORT.matcher(css).find() || EXTERNAL_URL.matcher(css).find()) {
                    removed.add("a style that loads from elsewhere");
                    element.empty();
                    element.appendChild(new DataNode(EXTERNAL_URL.matcher(IMPORT.matcher(css).replaceAll("")).replaceAll("none")));
                }
            }
        }
        // A DOCTYPE can declare entities (XXE, "billion laughs"); an SVG needs none. jsoup leaves its inner part as
        // stray text before the drawing, which goes with it.
        // Only a declaration inside the DOCTYPE counts: "<!ENTITY" as text in a style is no declaration, and naming it
        // as one would say so again each time a cleaned drawing is cleaned.
        if (ENTITY_IN_DOCTYPE.matcher(svg).find()) {
            removed.add("a DOCTYPE that declares entities");
        }
        for (Node node : new ArrayList<>(document.childNodes())) {
            // A "]" in a comment ends jsoup's DOCTYPE early: the declarations after it come as nodes of their own.
            boolean declaration = node instanceof org.jsoup.nodes.XmlDeclaration d && !d.name().equalsIgnoreCase("xml");
            if (node instanceof org.jsoup.nodes.DocumentType || declaration
                    || (node instanceof TextNode text && !text.isBlank() && !removed.isEmpty())) {
                node.remove();
            }
        }
        // A drawing with nothing to take out is published byte for byte as it was written.
        return removed.isEmpty() ? new Cleaned(svg, List.of()) : new Cleaned(document.outerHtml(), new ArrayList<>(removed));
    }

    /** An animation that would set a link or a handler (SMIL can write javascript: into an href while it plays). */
    private static boolean dangerousAnimation(Element element) {
        String target = element.attr("attributeName").strip().toLowerCase(Locale.ROOT);
        return target.startsWith("on") || target.endsWith("href") || target.equals("src") || element.attributes().asList().stream()
                .anyMatch(a -> a.getKey().toLowerCase(Locale.ROOT).startsWith("on"));
    }
}
