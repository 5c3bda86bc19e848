package org.socialcarefuture.northstar.newsletter;

import java.util.Map;

import org.apache.commons.text.WordUtils;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A newsletter made ready for e-mail: styles inline (mail clients drop style sheets), no tables for
 * layout, absolute links, pictures with their text alternatives, and a plain-text twin.
 */
public final class EmailVersion {

    private static final Map<String, String> STYLES = Map.ofEntries(
            Map.entry("h2", "font-size:22px;line-height:1.3;margin:28px 0 8px;color:#13315c;"),
            Map.entry("h3", "font-size:19px;line-height:1.3;margin:24px 0 8px;color:#13315c;"),
            Map.entry("p", "font-size:17px;line-height:1.6;margin:0 0 16px;"),
            Map.entry("li", "font-size:17px;line-height:1.6;margin:0 0 8px;"),
            Map.entry("a", "color:#1a4a8f;text-decoration:underline;"),
            Map.entry("img", "max-width:100%;height:auto;"),
            Map.entry("blockquote", "margin:16px 0;padding:0 0 0 16px;border-left:4px solid #5f6b7a;"),
            Map.entry("table", "border-collapse:collapse;"),
            Map.entry("th", "border:1px solid #5f6b7a;padding:6px;text-align:left;"),
            Map.entry("td", "border:1px solid #5f6b7a;padding:6px;text-align:left;"));

    /**
     * The styles of the e-mail's own frame (the template's parts), by name; the template writes them as
     * {@code style="${emailStyles.title}"}. Every style an e-mail carries is in these two tables, so its
     * Content-Security-Policy can allow each by its hash instead of allowing any inline style.
     */
    public static final Map<String, String> FRAME_STYLES = Map.ofEntries(
            Map.entry("body", "margin:0;padding:0;background:#ffffff;color:#1b1b1b;font-family:Arial,Helvetica,sans-serif;"),
            Map.entry("wrap", "max-width:640px;margin:0 auto;padding:16px;"),
            Map.entry("viewLink", "font-size:15px;margin:0 0 16px;"),
            Map.entry("link", "color:#1a4a8f;"),
            Map.entry("site", "font-size:15px;font-weight:bold;margin:0;color:#13315c;"),
            Map.entry("title", "font-size:28px;line-height:1.25;margin:8px 0 8px;color:#13315c;"),
            Map.entry("date", "font-size:15px;margin:0 0 24px;color:#4a4a4a;"),
            Map.entry("rule", "border:0;border-top:2px solid #13315c;margin:32px 0 16px;"),
            Map.entry("footer", "font-size:15px;line-height:1.5;"));

    private EmailVersion() {
    }

    /** Every style attribute value an e-mail can carry (its frame's and its body's), for its policy's hashes. */
    public static java.util.Set<String> styles() {
        java.util.Set<String> all = new java.util.TreeSet<>(STYLES.values());
        all.addAll(FRAME_STYLES.values());
        return all;
    }

    /** The body HTML (already with absolute URLs) with inline styles for mail clients. */
    public static String html(String absoluteHtml) {
        Document document = Jsoup.parseBodyFragment(absoluteHtml);
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        body.select(".pledge-copy, .pledge-status, .visually-hidden").remove(); // no script in e-mail
        // Exactly the table's styles (sanitised content has none of its own), so each is one the policy allows by hash.
        STYLES.forEach((tag, style) -> body.select(tag).forEach(e -> e.attr("style", style)));
        body.select("[tabindex], [role], [aria-label]").forEach(e -> {
            e.removeAttr("tabindex").removeAttr("role").removeAttr("aria-label");
        });
        return body.html();
    }

    /** Plain text, with each link's address after its words so it still works in a text-only reader. */
    public static String text(String absoluteHtml) {
        Element body = Jsoup.parseBodyFragment(absoluteHtml).body();
        body.select(".pledge-copy, .pledge-status, .visually-hidden").remove();
        StringBuilder text = new StringBuilder();
        for (Element block : body.select("h2, h3, h4, p, li")) {
            if (block.tagName().equals("p") && block.parent() != null && block.parent().tagName().equals("li")) {
                continue;
            }
            String words = withUrls(block).strip().replaceAll("\\s+", " ");
            if (words.isEmpty()) {
                continue;
            }
            switch (block.tagName()) {
                case "h2", "h3", "h4" -> text.append('\n').append(words.toUpperCase(java.util.Locale.UK)).append("\n\n");
                case "li" -> text.append(WordUtils.wrap("- " + words, 72, "\n  ", false)).append('\n');
                default -> text.append(WordUtils.wrap(words, 72, "\n", false)).append("\n\n");
            }
        }
        return text.toString().strip() + "\n";
    }

    private static String withUrls(Element element) {
        StringBuilder out = new StringBuilder();
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode t) {
                out.append(t.text());
            } else if (node instanceof Element e) {
                if (e.tagName().equals("a") && e.hasAttr("href") && !e.attr("href").startsWith("#")) {
                    out.append(e.text()).append(" (").append(e.attr("href")).append(')');
                } else if (e.tagName().equals("img")) {
                    out.append("[Picture: ").append(e.attr("alt")).append(']');
                } else if (!e.tagName().equals("ul") && !e.tagName().equals("ol")) {
                    out.append(withUrls(e));
                }
            }
        }
        return out.toString();
    }
}
