package org.socialcarefuture.northstar.a11y;

import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A link's programmatically determined context, as WCAG 2.4.4 defines it: the words of the sentence, paragraph, list
 * item (and the list item a nested list is in) or table cell around it, the header cells of that cell, and what
 * aria-describedby points at. A link that says only a file type ("PDF", "EPUB") or "Download" is clear only with
 * such words around it.
 */
final class LinkContext {

    /** Link words that say what kind of file, or that it downloads, but not which document. */
    static final Set<String> KIND_ONLY = Set.of("download", "html", "epub", "pdf", "plain text", "text", "txt", "word", "doc", "docx",
            "odt", "rtf", "csv", "xls", "xlsx", "ods", "ppt", "pptx", "odp", "mp3", "mp4", "zip", "large print", "braille", "audio", "video");

    private LinkContext() {
    }

    static boolean kindOnly(String name) {
        return KIND_ONLY.contains(name.toLowerCase(Locale.ROOT).strip());
    }

    /** Some words around the link, other than the words of links, say more than the link itself. */
    static boolean hasContext(PageIndex page, Element link) {
        for (String id : link.attr("aria-describedby").strip().split("\\s+")) {
            Element description = id.isEmpty() ? null : page.byId(id);
            if (description != null && hasWords(description.text())) {
                return true;
            }
        }
        for (Element e = link.parent(); e != null && !e.normalName().equals("body"); e = e.parent()) {
            switch (e.normalName()) {
                case "p", "li", "dd", "dt", "figcaption", "caption" -> {
                    if (hasWords(wordsOutsideLinks(e))) {
                        return true;
                    }
                }
                case "td", "th" -> {
                    if (hasWords(wordsOutsideLinks(e))) {
                        return true;
                    }
                    Element table = e.closest("table");
                    if (table != null) {
                        for (Element header : new TableGrid(table).headersOf(e)) {
                            if (hasWords(header.text())) {
                                return true;
                            }
                        }
                    }
                }
                default -> {
                    // a div or span is no context of its own: look further out
                }
            }
        }
        return false;
    }

    private static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** The text of an element without the words of the links in it (other links are no context for this one). */
    private static String wordsOutsideLinks(Element e) {
        StringBuilder text = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                text.append(t.text()).append(' ');
            } else if (child instanceof Element c && !"link".equals(Semantics.role(c)) && !Semantics.hidden(c)) {
                text.append(wordsOutsideLinks(c)).append(' ');
            }
        }
        return text.toString();
    }
}
