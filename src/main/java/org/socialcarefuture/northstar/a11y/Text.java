package org.socialcarefuture.northstar.a11y;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Accessible names, computed the way screen readers do for the cases our pages use. */
final class Text {

    private Text() {
    }

    /** aria-labelledby, then aria-label, then content (text and image alts), then title. */
    static String accessibleName(Element element, PageIndex index) {
        String labelledBy = element.attr("aria-labelledby").strip();
        if (!labelledBy.isEmpty()) {
            StringBuilder name = new StringBuilder();
            for (String id : labelledBy.split("\\s+")) {
                Element label = index.byId(id);
                if (label != null) {
                    name.append(' ').append(contentText(label));
                }
            }
            if (!name.toString().isBlank()) {
                return normalise(name.toString());
            }
        }
        String label = element.attr("aria-label").strip();
        if (!label.isEmpty()) {
            return normalise(label);
        }
        String content = contentText(element);
        if (!content.isBlank()) {
            return content;
        }
        return normalise(element.attr("title"));
    }

    /** Text of an element's content including image alts, skipping aria-hidden parts. */
    static String contentText(Element element) {
        // Most links and headings are one run of text: no builder needed.
        if (element.childNodeSize() == 1 && element.childNode(0) instanceof TextNode only) {
            return normalise(only.getWholeText());
        }
        StringBuilder text = new StringBuilder();
        append(element, text);
        return normalise(text.toString());
    }

    private static void append(Node node, StringBuilder text) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (child instanceof Element e) {
                if (e.attr("aria-hidden").equals("true") || e.hasAttr("hidden")) {
                    continue;
                }
                if (e.tagName().equals("img")) {
                    text.append(' ').append(e.attr("alt")).append(' ');
                } else {
                    append(e, text);
                }
            }
        }
    }

    /** Runs of white space (and no-break spaces) as one space, trimmed; by hand, as it runs for every link of every page. */
    static String normalise(String text) {
        if (isNormal(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** No leading, trailing or doubled white space, and no no-break spaces: already as {@link #normalise} makes it. */
    private static boolean isNormal(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(n - 1))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\u00a0' || (Character.isWhitespace(c) && (c != ' ' || Character.isWhitespace(text.charAt(i + 1))))) {
                return false;
            }
        }
        return true;
    }

    static String quote(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return "\"" + shown + "\"";
    }
}
