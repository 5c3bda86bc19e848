package org.socialcarefuture.northstar.wordpress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.socialcarefuture.northstar.markdown.HtmlSanitizer;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * WordPress post HTML to Markdown: {@link BlockHtml} first makes it plain HTML, then each part goes to
 * Markdown where Markdown has it (paragraphs, headings, lists, simple tables, pictures, links, code,
 * footnotes) and stays as sanitised HTML where it has not (definition lists, tables with a footer, a
 * caption or header cells down the side, details, sup/sub/ins/del/mark/abbr/cite). Pictures keep
 * their text alternative; a missing one is reported, never invented.
 */
public final class PostConverter {

    /** The Markdown, the pictures it uses, and what a volunteer should look at. */
    public record Converted(String markdown, List<String> images, List<String> warnings) {
    }

    /** Inline elements Markdown has no syntax for: kept as HTML tags around their converted text. */
    private static final Set<String> INLINE_HTML = Set.of("sup", "sub", "ins", "del", "mark", "abbr", "cite", "q", "kbd", "samp",
            "var", "small", "s", "u");
    /** Blocks kept whole as HTML. */
    private static final Set<String> BLOCK_HTML = Set.of("dl", "details");
    private static final Pattern TOKEN = Pattern.compile("NSK(\\d+)Z");
    private static final Pattern FENCE_RUN = Pattern.compile("`{3,}");

    private static final FlexmarkHtmlConverter CONVERTER = FlexmarkHtmlConverter.builder(new MutableDataSet()
            .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
            .set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)).build();

    /** What each token stands for: an inline tag, a block of HTML, a fenced code block or a footnote reference. */
    private final List<String> kept = new ArrayList<>();
    private final List<Boolean> keptIsBlock = new ArrayList<>();
    private final List<String> footnotes = new ArrayList<>();

    private PostConverter() {
    }

    public static Converted convert(String html) {
        return convert(html, Map.of(), "");
    }

    /**
     * @param attachments the export's media library, for galleries that name their pictures
     * @param footnotesMeta the block editor's footnotes (post meta {@code footnotes}, JSON), or ""
     */
    public static Converted convert(String html, Map<String, WpItem.WpAttachment> attachments, String footnotesMeta) {
        List<String> warnings = new ArrayList<>();
        Document document = BlockHtml.prepare(html, attachments, warnings);
        return new PostConverter().toMarkdown(document, footnotesMeta, warnings);
    }

    private Converted toMarkdown(Document document, String footnotesMeta, List<String> warnings) {
        Element body = document.body();
        List<String> images = new ArrayList<>();
        for (Element img : body.select("img")) {
            images.add(img.attr("src"));
            if (!img.hasAttr("alt") || img.attr("alt").isBlank()) {
                warnings.add("the picture " + img.attr("src") + " has no text alternative; add one in the [brackets]");
            }
        }
        footnotes(body, footnotesMeta, warnings);
        for (Element img : body.select("img")) {
            if (img.closest("table, dl, details") == null) {
                // Written here, not by flexmark: it takes a picture called chart.png for the emoji :chart:.
                img.replaceWith(new TextNode(token(image(img), false)));
            }
        }
        for (Element figure : body.select("figure")) {
            figure(figure);
        }
        for (Element pre : body.select("pre")) {
            code(pre);
        }
        for (Element table : body.select("table")) {
            if (table.parent() != null && !complexTable(table)) {
                continue; // flexmark writes it as a Markdown table
            }
            headerScopes(table);
            block(table);
        }
        for (Element element : body.select(String.join(",", BLOCK_HTML))) {
            if (element.parent() != null && element.closest("[data-ns-block]") == null) {
                block(element);
            }
        }
        for (Element element : body.select(String.join(",", INLINE_HTML))) {
            inline(element);
        }
        body.select("[id]").removeAttr("id"); // else flexmark prints {#id}
        spaces(body);
        divs(body);
        for (Element outer : body.select("p:has(p)")) {
            outer.unwrap(); // a paragraph inside a paragraph: flexmark writes <br /> for it
        }
        for (Element quote : body.select("blockquote")) {
            Element next = quote.nextElementSibling();
            if (next != null && next.normalName().equals("blockquote")) {
                quote.after(new Element("p").appendText(token("", true))); // else Markdown joins the two quotes
            }
        }
        String markdown = CONVERTER.convert(body.html()).strip();
        markdown = restore(markdown);
        if (!footnotes.isEmpty()) {
            StringBuilder notes = new StringBuilder(markdown).append("\n");
            for (int i = 0; i < footnotes.size(); i++) {
                notes.append("\n[^").append(i + 1).append("]: ").append(footnotes.get(i));
            }
            markdown = notes.toString();
        }
        return new Converted(markdown + "\n", images, warnings);
    }

    /**
     * flexmark joins the text of neighbouring divs with line breaks and loses quotes beside them: a div of blocks
     * (columns, groups, media and text) is only a box, so its blocks take its place; a div of text is a paragraph.
     */
    private static void divs(Element body) {
        List<Element> all = new ArrayList<>(body.select("div, section, article, aside, header, footer, main, nav"));
        java.util.Collections.reverse(all);
        for (Element div : all) {
            boolean holdsBlocks = div.children().stream().anyMatch(child -> BlockHtml.BLOCKS.contains(child.normalName()));
            if (holdsBlocks || div.text().isBlank() && div.select("img").isEmpty()) {
                div.unwrap();
            } else {
                div.tagName("p");
            }
        }
    }

    /**
     * A space at the edge of bold, italic or a link ("blocks:<em> Paragraph") moved outside it: flexmark drops it,
     * and the two words would run together. Bold inside bold is one bold (flexmark loses the space between).
     */
    private static void spaces(Element body) {
        for (Element inline : body.select("strong, b, em, i, a, span, u")) {
            if (inline.parent() != null && inline.parent().closest(inline.normalName()) != null
                    && List.of("strong", "b", "em", "i").contains(inline.normalName())) {
                inline.unwrap();
                continue;
            }
            if (inline.childNodeSize() > 0 && inline.childNode(0) instanceof TextNode first && first.getWholeText().matches("(?s)^\\s.*")) {
                first.text(first.getWholeText().replaceFirst("^\\s+", ""));
                inline.before(new TextNode(" "));
            }
            if (inline.childNodeSize() > 0 && inline.childNode(inline.childNodeSize() - 1) instanceof TextNode last
                    && last.getWholeText().matches("(?s).*\\s$")) {
                last.text(last.getWholeText().replaceFirst("\\s+$", ""));
                inline.after(new TextNode(" "));
            }
        }
    }

    /** The block editor's, the common plugins' and the Markdown plugins' footnotes, as Markdown footnotes. */
    private void footnotes(Element body, String footnotesMeta, List<String> warnings) {
        Map<String, String> blockNotes = new LinkedHashMap<>();
        if (!footnotesMeta.isBlank()) {
            try {
                for (var note : new com.fasterxml.jackson.databind.ObjectMapper().readTree(footnotesMeta)) {
                    blockNotes.put(note.path("id").asText(), note.path("content").asText());
                }
            } catch (java.io.IOException e) {
                warnings.add("the footnotes could not be read (" + e.getMessage() + "); copy them from the old site");
            }
        }
        for (Element sup : body.select("sup")) {
            String content = null;
            if (sup.hasAttr("data-fn")) {
                content = blockNotes.get(sup.attr("data-fn"));
                if (content == null) {
                    warnings.add("footnote " + sup.text() + " has no text in the export; write it by hand");
                    content = "";
                }
            } else if (sup.hasClass("ns-footnote")) {
                content = sup.html();
            } else {
                Element link = sup.selectFirst("a[href^=#]");
                Element target = link == null ? null : body.getElementById(link.attr("href").substring(1));
                if (target != null && target.normalName().equals("li") && target.closest(".footnotes, ol") != null) {
                    target.select("a[href^=#fnref], a.footnote-backref, a[rev=footnote], a[href^=#][class*=back]").remove();
                    content = target.html();
                    target.attr("data-ns-used", "1");
                }
            }
            if (content != null) {
                footnotes.add(inlineMarkdown(content));
                sup.replaceWith(new TextNode(token("[^" + footnotes.size() + "]", false)));
            }
        }
        for (Element list : body.select("div.footnotes, ol.wp-block-footnotes, ol.footnotes, div.efn_note, section.footnotes")) {
            if (list.selectFirst("li:not([data-ns-used])") == null || list.hasClass("wp-block-footnotes")) {
                list.remove();
            }
        }
    }

    private static String inlineMarkdown(String html) {
        return CONVERTER.convert(html).strip().replaceAll("\\s*\\n\\s*", " ");
    }

    /** A picture with its caption: the picture in Markdown, the caption the paragraph after it. */
    private void figure(Element figure) {
        Element caption = figure.selectFirst("> figcaption");
        if (caption != null && figure.selectFirst("table, pre, blockquote") == null) {
            caption.tagName("p");
        }
        figure.tagName("div");
    }

    /** A picture in Markdown: its description as WordPress had it, its address in angle brackets when it needs them. */
    private static String image(Element img) {
        String alt = img.attr("alt").replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replaceAll("\\s+", " ").strip();
        String src = img.attr("src").strip();
        if (src.matches(".*[\\s()<>].*")) {
            src = "<" + src.replace("<", "%3C").replace(">", "%3E") + ">";
        }
        return "![" + alt + "](" + src + ")";
    }

    /** Code with its exact lines, as a fence longer than any run of backticks inside it. */
    private void code(Element pre) {
        for (Element br : pre.select("br")) {
            br.replaceWith(new TextNode("\n"));
        }
        String text = pre.wholeText().replace("\r\n", "\n");
        if (text.startsWith("\n")) {
            text = text.substring(1); // HTML ignores the line break right after <pre>
        }
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        int longest = 2;
        Matcher runs = FENCE_RUN.matcher(text);
        while (runs.find()) {
            longest = Math.max(longest, runs.group().length());
        }
        String fence = "`".repeat(longest + 1);
        String language = "";
        Element code = pre.selectFirst("> code");
        for (String name : (code != null ? code : pre).classNames()) {
            if (name.startsWith("language-")) {
                language = name.substring("language-".length());
            }
        }
        pre.replaceWith(new Element("p").appendText(token(fence + language + "\n" + text + "\n" + fence, true)));
    }

    /**
     * Markdown's tables have one header row and nothing else: a table with no header row, header cells down the side,
     * a footer, a caption, joined cells or blocks in its cells keeps its HTML, so nothing of it is lost or misread.
     */
    private static boolean complexTable(Element table) {
        List<Element> rows = table.select("tr");
        if (rows.isEmpty() || table.selectFirst("tfoot, caption, table table, [colspan], [rowspan]") != null) {
            return true;
        }
        Element first = rows.get(0);
        if (first.select("> td").size() > 0 || first.select("> th").isEmpty()) {
            return true;
        }
        for (Element row : rows.subList(1, rows.size())) {
            if (!row.select("> th").isEmpty()) {
                return true;
            }
        }
        return table.selectFirst("td p, td ul, td ol, td br, td pre, td img, th p, th br") != null;
    }

    /** Header cells say what they head: a row of them heads columns, one at a row's start heads its row. */
    private static void headerScopes(Element table) {
        for (Element th : table.select("th")) {
            if (th.hasAttr("scope")) {
                continue;
            }
            Element row = th.parent();
            boolean allHeaders = row != null && row.select("> td").isEmpty();
            th.attr("scope", allHeaders || th.closest("thead") != null ? "col" : "row");
        }
    }

    /** An element kept whole as sanitised HTML, on lines of its own (a blank line would end it in Markdown). */
    private void block(Element element) {
        element.attr("data-ns-block", "1");
        for (Element inner : element.select("pre")) {
            inner.html(inner.html().replace("\n", "&#10;"));
        }
        String html = HtmlSanitizer.clean(element.outerHtml().replace(" data-ns-block=\"1\"", "")).body().html();
        html = html.replaceAll("\\s*\\n\\s*", " ").replace("&#10;", "\n").strip();
        element.replaceWith(new Element("p").appendText(token(html, true)));
    }

    /** An inline element Markdown lacks: its tags kept, its text converted with the rest. */
    private void inline(Element element) {
        StringBuilder open = new StringBuilder("<").append(element.normalName());
        if (element.normalName().equals("abbr") && element.hasAttr("title")) {
            open.append(" title=\"").append(element.attr("title").replace("&", "&amp;").replace("\"", "&quot;")).append('"');
        }
        open.append('>');
        element.prependChild(new TextNode(token(open.toString(), false)));
        element.appendChild(new TextNode(token("</" + element.normalName() + ">", false)));
        for (Node child : new ArrayList<>(element.childNodes())) {
            element.before(child);
        }
        element.remove();
    }

    /** A kept block's own tokens (a footnote or sup inside a kept table) put back too. */
    private String resolve(String value) {
        Matcher matcher = TOKEN.matcher(value);
        StringBuilder done = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(done, Matcher.quoteReplacement(resolve(kept.get(Integer.parseInt(matcher.group(1))))));
        }
        return matcher.appendTail(done).toString();
    }

    private String token(String replacement, boolean isBlock) {
        kept.add(replacement);
        keptIsBlock.add(isBlock);
        return "NSK" + (kept.size() - 1) + "Z";
    }

    /** The tokens back as what they stand for; a block inside a list item or quote takes that line's indent. */
    private String restore(String markdown) {
        StringBuilder out = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            Matcher matcher = TOKEN.matcher(line);
            StringBuilder done = new StringBuilder();
            String continuation = Pattern.compile("[-*+]|\\d+[.)]").matcher(line.replaceFirst("^((?:[ \\t]*(?:>|[-*+]|\\d+[.)])[ \\t]*)*).*$", "$1"))
                    .replaceAll(m -> " ".repeat(m.group().length()));
            while (matcher.find()) {
                int index = Integer.parseInt(matcher.group(1));
                String value = resolve(kept.get(index));
                if (keptIsBlock.get(index)) {
                    value = value.replace("\n", "\n" + continuation);
                }
                matcher.appendReplacement(done, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(done);
            out.append(done).append('\n');
        }
        return out.toString().strip();
    }
}
