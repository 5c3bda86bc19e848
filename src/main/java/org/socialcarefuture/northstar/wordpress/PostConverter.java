package org.socialcarefuture.northstar.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * WordPress post HTML to clean Markdown: Gutenberg block comments removed, common shortcodes turned
 * into Markdown or a clear placeholder (with a warning), then flexmark's HTML-to-Markdown converter.
 * Pictures keep their alt text; a missing one is reported, never invented.
 */
public final class PostConverter {

    /** The Markdown, the pictures it uses, and what a volunteer should look at. */
    public record Converted(String markdown, List<String> images, List<String> warnings) {
    }

    private static final Pattern GUTENBERG = Pattern.compile("<!--\\s*/?wp:[^>]*-->");
    private static final Pattern CAPTION = Pattern.compile("\\[caption[^\\]]*](.*?)\\[/caption]", Pattern.DOTALL);
    private static final Pattern EMBED = Pattern.compile("\\[embed[^\\]]*](.*?)\\[/embed]", Pattern.DOTALL);
    private static final Pattern YOUTUBE = Pattern.compile("\\[youtube[ =]+([^\\]\\s]+)[^\\]]*]");
    private static final Pattern GALLERY = Pattern.compile("\\[gallery[^\\]]*]");
    private static final Pattern OTHER_SHORTCODE = Pattern.compile("\\[(/?)([a-z_-]+)([^\\]]*)]");
    private static final Pattern BLOCK_START = Pattern.compile("(?is)^\\s*<(p|div|h[1-6]|ul|ol|li|table|blockquote|figure|pre|hr|iframe)[\\s>/]");

    private static final FlexmarkHtmlConverter CONVERTER = FlexmarkHtmlConverter.builder(new MutableDataSet()).build();

    private PostConverter() {
    }

    public static Converted convert(String html) {
        List<String> warnings = new ArrayList<>();
        String text = GUTENBERG.matcher(html).replaceAll("");
        text = replace(CAPTION, text, m -> {
            String inner = m.group(1).strip();
            Document fragment = Jsoup.parseBodyFragment(inner);
            Element img = fragment.selectFirst("img");
            String caption = fragment.text().strip();
            return img == null ? inner : "<figure>" + img.outerHtml() + "<figcaption>" + caption + "</figcaption></figure>";
        });
        text = replace(EMBED, text, m -> {
            warnings.add("an [embed] of " + m.group(1).strip() + " became a link; embed video with a titled iframe if it matters");
            return "<p><a href=\"" + m.group(1).strip() + "\">Watch: " + m.group(1).strip() + "</a></p>";
        });
        text = replace(YOUTUBE, text, m -> {
            warnings.add("a [youtube] video " + m.group(1) + " became a link");
            return "<p><a href=\"" + m.group(1) + "\">Watch the video on YouTube</a></p>";
        });
        text = replace(GALLERY, text, m -> {
            warnings.add("a [gallery] cannot be imported; add its pictures by hand");
            return "<p>(A gallery of pictures was here on the old site.)</p>";
        });
        text = replace(OTHER_SHORTCODE, text, m -> {
            warnings.add("the shortcode [" + m.group(2) + "] is not known and was removed; check the text around it");
            return "";
        });
        String paragraphs = autop(text);
        Document document = Jsoup.parseBodyFragment(paragraphs);
        List<String> images = new ArrayList<>();
        for (Element img : document.select("img")) {
            images.add(img.attr("src"));
            if (!img.hasAttr("alt") || img.attr("alt").isBlank()) {
                warnings.add("the picture " + img.attr("src") + " has no text alternative; add one in the [brackets]");
            }
        }
        String markdown = CONVERTER.convert(document.body().html()).strip() + "\n";
        return new Converted(markdown, images, warnings);
    }

    /** WordPress adds paragraphs when it shows a post (wpautop); the export has bare text with blank lines. */
    static String autop(String html) {
        StringBuilder out = new StringBuilder();
        for (String block : html.split("\\n\\s*\\n")) {
            String trimmed = block.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (BLOCK_START.matcher(trimmed).find()) {
                out.append(trimmed).append('\n');
            } else {
                out.append("<p>").append(trimmed.replace("\n", "<br>\n")).append("</p>\n");
            }
        }
        return out.toString();
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
