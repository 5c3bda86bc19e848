package org.socialcarefuture.northstar.a11y;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.socialcarefuture.northstar.a11y.Rules.Simple;

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

    /**
     * Two links with the same words going to different places, unless their context tells them apart: WCAG
     * 2.4.4 judges a link with the sentence, paragraph, list item or table cell around it, so two posts both
     * called "Spring update" are told apart by the dates beside them in a list, but two paragraphs that are
     * only "The report" are not.
     */
    static Rule sameLinkText() {
        return new Simple("same-link-text", "2.4.4", true, (page, out) -> {
            Map<String, List<Element>> byName = new HashMap<>();
            for (Element link : page.links) {
                if (!Semantics.included(link)) {
                    continue;
                }
                String name = page.name(link).toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                String href = link.attr("href");
                List<Element> sameName = byName.computeIfAbsent(name, k -> new ArrayList<>(1));
                for (Element earlier : sameName) {
                    // The context is looked at only for links that clash, not for every link of every page.
                    if (!earlier.attr("href").equals(href) && context(earlier, name).equals(context(link, name))) {
                        // WCAG passes when the two pages are the same (ACT fd3a94), which only their content can show: the
                        // site asks for different words anyway, so this is its policy, not a WCAG failure the gate can prove
                        out.reportPolicy(link, "two links both say " + Text.quote(page.name(link)) + " but go to different places ("
                                + earlier.attr("href") + " and " + href + "), and nothing beside them tells them apart",
                                "make each link's words say where it goes");
                        break;
                    }
                }
                sameName.add(link);
            }
        });
    }

    /** The text of the paragraph, list item or table cell a link is in (WCAG's programmatically determined link context). */
    private static String context(Element link, String name) {
        for (Element e = link.parent(); e != null; e = e.parent()) {
            switch (e.normalName()) {
                case "p", "li", "td", "th", "dd" -> {
                    return e.text().strip().toLowerCase(Locale.ROOT);
                }
                case "body", "main", "nav", "article", "section", "header", "footer", "aside" -> {
                    return name;
                }
                default -> {
                    // look further out
                }
            }
        }
        return name;
    }
}
