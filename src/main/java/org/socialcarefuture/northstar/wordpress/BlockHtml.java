package org.socialcarefuture.northstar.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A post's stored HTML as WordPress would show it, as plain HTML structure: block comments gone,
 * shortcodes done, paragraphs and line breaks put back as wpautop does, galleries as lists of
 * described pictures, the block editor's buttons, covers and pullquotes as ordinary elements.
 * What it cannot turn into something a reader sees is said in a warning.
 */
final class BlockHtml {

    private static final Pattern PRE = Pattern.compile("(?is)<pre\\b[^>]*>.*?</pre>");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*(?:/?wp:[^>]*|more[^>]*|nextpage)-->");
    private static final Pattern CAPTION = Pattern.compile("\\[caption[^\\]]*](.*?)\\[/caption]", Pattern.DOTALL);
    private static final Pattern EMBED = Pattern.compile("\\[embed[^\\]]*](.*?)\\[/embed]", Pattern.DOTALL);
    private static final Pattern YOUTUBE = Pattern.compile("\\[youtube[ =]+([^\\]\\s]+)[^\\]]*]");
    private static final Pattern GALLERY = Pattern.compile("\\[gallery([^\\]]*)]");
    private static final Pattern CAPTION_ATTRIBUTE = Pattern.compile("^\\[caption[^\\]]*?\\bcaption=\"([^\"]*)\"");
    private static final Pattern MEDIA = Pattern.compile("\\[(audio|video)\\b([^\\]]*)](?:\\[/\\1])?");
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'\\]]+");
    private static final Pattern IDS = Pattern.compile("\\bids=[\"']?([0-9, ]+)");
    /** Footnotes as the common plugins write them: Easy Footnotes, Modern Footnotes, Footnotes Made Easy's [footnote], [ref]. */
    private static final Pattern FOOTNOTE_SHORTCODE = Pattern.compile("(?s)\\[(efn_note|mfn|footnote|ref)](.*?)\\[/\\1]");
    private static final Pattern OTHER_SHORTCODE = Pattern.compile("\\[(/?)([a-z_-]+)([^\\]]*)]");

    /** Elements that end a paragraph (wpautop's list, plus the ones the block editor writes). */
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "details", "dialog", "dd", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
            "nav", "ol", "p", "pre", "section", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "ul", "summary",
            "iframe", "video", "audio", "style", "script", "hgroup", "menu", "object", "embed", "noscript", "colgroup", "col");
    /** Blocks whose children are more blocks or a run of text to make paragraphs of. */
    private static final Set<String> FLOWS = Set.of("body", "blockquote", "div", "section", "article", "aside", "details", "figure",
            "header", "footer", "main", "nav", "li", "dd", "td", "th");

    private final List<String> warnings;
    private final Map<String, WpItem.WpAttachment> attachments;
    private final List<String> keptPre = new ArrayList<>();

    private BlockHtml(List<String> warnings, Map<String, WpItem.WpAttachment> attachments) {
        this.warnings = warnings;
        this.attachments = attachments;
    }

    /** The post's HTML as a document whose body holds it. */
    static Document prepare(String html, Map<String, WpItem.WpAttachment> attachments, List<String> warnings) {
        return new BlockHtml(warnings, attachments).run(html);
    }

    private Document run(String html) {
        // Code is kept as it is: no shortcode, comment or paragraph rule may touch its lines.
        String text = replace(PRE, html, m -> {
            keptPre.add(m.group());
            return "<pre data-ns-kept=\"" + (keptPre.size() - 1) + "\"></pre>";
        });
        text = BLOCK_COMMENT.matcher(text).replaceAll("");
        text = shortcodes(text);
        Document document = Jsoup.parseBodyFragment(text);
        document.outputSettings().prettyPrint(false);
        for (Element pre : document.select("pre[data-ns-kept]")) {
            Element original = Jsoup.parseBodyFragment(keptPre.get(Integer.parseInt(pre.attr("data-ns-kept")))).selectFirst("pre");
            if (original == null) {
                pre.remove();
            } else {
                pre.replaceWith(original);
            }
        }
        autop(document.body(), true);
        blocks(document.body());
        return document;
    }

    private String shortcodes(String text) {
        text = replace(CAPTION, text, m -> {
            Document fragment = Jsoup.parseBodyFragment(m.group(1).strip());
            Element img = fragment.selectFirst("img");
            if (img == null) {
                return m.group(1);
            }
            Element link = img.parent() != null && img.parent().normalName().equals("a") ? img.parent() : null;
            (link != null ? link : img).remove();
            String caption = fragment.body().html().strip();
            Matcher attribute = CAPTION_ATTRIBUTE.matcher(m.group());
            if (caption.isEmpty() && attribute.find()) {
                caption = attribute.group(1); // [caption caption="..."], as older WordPress wrote it
            }
            return "<figure>" + img.outerHtml() + "<figcaption>" + caption + "</figcaption></figure>";
        });
        text = replace(EMBED, text, m -> {
            warnings.add("an [embed] of " + m.group(1).strip() + " became a link; embed video with a titled iframe if it matters");
            return "<p><a href=\"" + m.group(1).strip() + "\">Watch: " + m.group(1).strip() + "</a></p>";
        });
        text = replace(YOUTUBE, text, m -> {
            warnings.add("a [youtube] video " + m.group(1) + " became a link");
            return "<p><a href=\"" + m.group(1) + "\">Watch the video on YouTube</a></p>";
        });
        text = replace(GALLERY, text, m -> gallery(m.group(1)));
        text = replace(MEDIA, text, m -> {
            Matcher url = URL.matcher(m.group(2));
            if (!url.find()) {
                warnings.add("an [" + m.group(1) + "] without an address was removed");
                return "";
            }
            return "<" + m.group(1) + " src=\"" + attr(url.group()) + "\"></" + m.group(1) + ">"; // made a link below
        });
        text = replace(FOOTNOTE_SHORTCODE, text, m -> "<sup class=\"ns-footnote\">" + m.group(2) + "</sup>");
        return replace(OTHER_SHORTCODE, text, m -> {
            warnings.add("the shortcode [" + m.group(2) + "] is not known and was removed; check the text around it");
            return "";
        });
    }

    /** [gallery ids="1,2"]: a list of the pictures it names, each with its description and caption. */
    private String gallery(String attributes) {
        Matcher ids = IDS.matcher(attributes);
        if (!ids.find()) {
            warnings.add("a [gallery] shows the pictures attached to the post, which the export does not list; add them by hand");
            return "<p>(A gallery of pictures was here on the old site.)</p>";
        }
        StringBuilder list = new StringBuilder("<ul class=\"gallery\">");
        for (String id : ids.group(1).split("[, ]+")) {
            WpItem.WpAttachment picture = attachments.get(id.strip());
            if (picture == null || picture.url().isBlank()) {
                warnings.add("missing attachment: picture " + id.strip() + " of a [gallery] is not in the export; add it by hand");
                continue;
            }
            list.append("<li><img src=\"").append(attr(picture.url())).append("\" alt=\"").append(attr(picture.alt())).append("\">");
            if (!picture.caption().isBlank()) {
                list.append(' ').append(org.jsoup.nodes.Entities.escape(picture.caption()));
            }
            list.append("</li>");
        }
        if (!list.toString().contains("<li>")) {
            return "<p>(A gallery of pictures was here on the old site.)</p>";
        }
        return list.append("</ul>").toString();
    }

    private static String attr(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    /**
     * wpautop on the tree: in a flow, a run of text and inline elements is a paragraph, ended by a block or
     * a blank line; a single line break inside text is a {@code <br>}. Line breaks next to blocks are only spacing.
     */
    static void autop(Element container, boolean makeParagraphs) {
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(container.childNodes())) {
            if (child instanceof Element element && BLOCKS.contains(element.normalName())) {
                flush(run, makeParagraphs);
                run.clear();
                String name = element.normalName();
                if (FLOWS.contains(name)) {
                    autop(element, !name.equals("li") && !name.equals("td") && !name.equals("th") && !name.equals("dd"));
                } else if (!name.equals("pre") && !name.equals("script") && !name.equals("style")) {
                    autop(element, false);
                }
            } else {
                run.add(child);
            }
        }
        flush(run, makeParagraphs);
    }

    private static void flush(List<Node> run, boolean makeParagraphs) {
        if (run.isEmpty()) {
            return;
        }
        List<List<Node>> paragraphs = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        for (Node node : run) {
            if (node instanceof TextNode textNode && textNode.getWholeText().matches("(?s).*\\n[ \\t\\u00a0]*\\n.*")) {
                String[] parts = textNode.getWholeText().split("\\n[ \\t\\u00a0]*\\n(?:\\s*\\n)*", -1);
                Node at = textNode;
                for (int i = 0; i < parts.length; i++) {
                    TextNode piece = new TextNode(parts[i]);
                    at.after(piece);
                    at = piece;
                    current.add(piece);
                    if (i < parts.length - 1) {
                        paragraphs.add(current);
                        current = new ArrayList<>();
                    }
                }
                textNode.remove();
            } else {
                current.add(node);
            }
        }
        paragraphs.add(current);
        for (List<Node> paragraph : paragraphs) {
            paragraph(paragraph, makeParagraphs || paragraphs.size() > 1);
        }
    }

    private static void paragraph(List<Node> nodes, boolean wrap) {
        boolean hasContent = nodes.stream().anyMatch(n -> !(n instanceof TextNode t) || !t.isBlank());
        if (!hasContent) {
            nodes.forEach(Node::remove);
            return;
        }
        // Trim the line breaks at either end: they only separated this text from the blocks around it.
        int first = 0;
        int last = nodes.size() - 1;
        while (nodes.get(first) instanceof TextNode t && t.isBlank()) {
            first++;
        }
        while (nodes.get(last) instanceof TextNode t && t.isBlank()) {
            last--;
        }
        List<Node> kept = new ArrayList<>(nodes.subList(first, last + 1));
        nodes.subList(0, first).forEach(Node::remove);
        nodes.subList(last + 1, nodes.size()).forEach(Node::remove);
        if (wrap) {
            Element p = new Element("p");
            kept.get(0).before(p);
            for (Node node : kept) {
                p.appendChild(node);
            }
        }
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i) instanceof TextNode text) {
                String value = text.getWholeText();
                if (i == 0) {
                    value = value.replaceFirst("^\\s+", "");
                }
                if (i == kept.size() - 1) {
                    value = value.replaceFirst("\\s+$", "");
                }
                breaks(text, value);
            } else if (kept.get(i) instanceof Element inline && !inline.normalName().equals("br")) {
                for (TextNode inner : inline.textNodes()) {
                    breaks(inner, inner.getWholeText());
                }
            }
        }
    }

    /** A text node whose line breaks become {@code <br>} (a break already beside a {@code <br>} is only spacing). */
    private static void breaks(TextNode text, String value) {
        if (!value.contains("\n")) {
            text.text(value);
            return;
        }
        Node previous = text.previousSibling();
        Node next = text.nextSibling();
        String[] lines = value.split("[ \\t]*\\n[ \\t]*", -1);
        Node at = text;
        for (int i = 0; i < lines.length; i++) {
            boolean beside = (i == 0 && lines[i].isEmpty() && previous instanceof Element p && p.normalName().equals("br"))
                    || (i == lines.length - 1 && lines[i].isEmpty() && next instanceof Element n && n.normalName().equals("br"));
            if (i > 0 && !beside && !(i == 1 && lines[0].isEmpty() && previous == null)) {
                Element br = new Element("br");
                at.after(br);
                at = br;
            }
            TextNode piece = new TextNode(i > 0 ? lines[i] : lines[i]);
            at.after(piece);
            at = piece;
        }
        text.remove();
    }

    /** The block editor's own blocks, as elements Markdown or the sanitiser knows. */
    private void blocks(Element body) {
        for (Element gallery : body.select("figure.wp-block-gallery, ul.blocks-gallery-grid, div.gallery")) {
            galleryBlock(gallery);
        }
        for (Element background : body.select("span.wp-block-cover__background, span.has-background-dim")) {
            background.remove();
        }
        // A cover's picture is its background: decoration by design, the text over it says what matters.
        for (Element img : body.select("img.wp-block-cover__image-background, .wp-block-cover > img")) {
            if (img.attr("alt").isBlank()) {
                img.attr("alt", "decorative");
            }
        }
        for (Element video : body.select("video.wp-block-cover__video-background")) {
            video.remove();
        }
        for (Element media : body.select("audio, video")) {
            String src = media.hasAttr("src") ? media.attr("src") : media.select("source[src]").attr("src");
            String file = src.replaceFirst("^.*/", "");
            boolean audio = media.normalName().equals("audio");
            if (src.isBlank()) {
                media.remove();
                continue;
            }
            warnings.add("the " + (audio ? "recording " : "video ") + file + " became a link; to play it on the page, "
                    + "give the post " + (audio ? "audio:" : "video:") + " in its front matter");
            media.replaceWith(new Element("p").appendChild(new Element("a").attr("href", src)
                    .text((audio ? "Listen to the recording " : "Watch the video ") + file)));
        }
        for (Element button : body.select("div.wp-block-button")) {
            if (button.selectFirst("p") != null) {
                button.unwrap(); // autop already made its link a paragraph
            } else {
                button.tagName("p");
            }
        }
        for (Element cite : body.select("blockquote > cite, figure.wp-block-pullquote cite")) {
            if (cite.parent() != null && !cite.parent().normalName().equals("p")) {
                cite.wrap("<p></p>");
            }
        }
        for (Element figure : body.select("figure.wp-block-table")) {
            Element table = figure.selectFirst("table");
            Element caption = figure.selectFirst("> figcaption");
            if (table != null && caption != null && table.selectFirst("> caption") == null) {
                table.prependElement("caption").html(caption.html());
                caption.remove();
            }
        }
        for (Element verse : body.select("pre.wp-block-verse")) {
            // A poem: its lines matter, but it is words, not code.
            verse.tagName("p");
            List<TextNode> texts = new ArrayList<>();
            verse.traverse((node, depth) -> {
                if (node instanceof TextNode text) {
                    texts.add(text);
                }
            });
            for (TextNode text : texts) {
                breaks(text, text.getWholeText());
            }
        }
        for (Element empty : body.select("p")) {
            if (empty.childNodeSize() == 0 || (empty.children().isEmpty() && empty.text().isBlank() && empty.select("img").isEmpty())) {
                empty.remove();
            }
        }
        for (Element br : body.select("br")) {
            Element parent = br.parent();
            if (parent != null && FLOWS.contains(parent.normalName()) && !parent.normalName().equals("li")
                    && !parent.normalName().equals("td") && !parent.normalName().equals("th") && !parent.normalName().equals("dd")) {
                br.remove(); // a <br> between blocks is spacing, never a line of the text
            }
        }
    }

    /** Any gallery the block editor or a theme wrote: a list, each picture with its description and caption. */
    private void galleryBlock(Element gallery) {
        Element list = new Element("ul").addClass("gallery");
        for (Element img : gallery.select("img")) {
            Element item = list.appendElement("li");
            Element picture = new Element("img").attr("src", img.attr("src"));
            if (img.hasAttr("alt")) {
                picture.attr("alt", img.attr("alt"));
            }
            item.appendChild(picture);
            Element figure = img.closest("figure, li, dl");
            Element caption = figure == null ? null : figure.selectFirst("figcaption, dd.gallery-caption, .wp-caption-text");
            if (caption != null && figure != gallery) {
                item.appendText(" ").appendChildren(new ArrayList<>(caption.childNodes()));
            }
        }
        Element galleryCaption = gallery.selectFirst("> figcaption, > .blocks-gallery-caption");
        gallery.before(list);
        if (galleryCaption != null) {
            list.after(new Element("p").appendChildren(new ArrayList<>(galleryCaption.childNodes())));
        }
        gallery.remove();
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
