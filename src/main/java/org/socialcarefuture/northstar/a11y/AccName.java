package org.socialcarefuture.northstar.a11y;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.socialcarefuture.northstar.aria.AriaData;

/**
 * The accessible name of an element, following W3C Accessible Name and Description Computation 1.2 and
 * HTML-AAM over the parsed page: aria-labelledby, aria-label, the native sources (alt, label, legend, caption,
 * figcaption, title, button values, SVG title), name from content for the roles that take it, then the tooltip.
 * What CSS adds (::before, generated text) and what only layout shows are beyond a static check.
 */
final class AccName {

    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "br", "dd", "details", "dialog", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
            "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul", "caption", "legend", "summary", "option");
    private static final Set<String> TEXT_INPUTS = Set.of("text", "email", "tel", "url", "search", "password", "number", "");
    /** Roles whose name comes from their content although the ARIA data does not say so (HTML elements). */
    private static final Set<String> CONTENT_NAMED = Set.of("summary", "label", "legend", "caption", "figcaption", "th", "td", "option");

    private final PageIndex page;
    private final Map<Element, String> cache = new IdentityHashMap<>();

    AccName(PageIndex page) {
        this.page = page;
    }

    String name(Element e) {
        return cache.computeIfAbsent(e, x -> Text.normalise(compute(x, false, false, false, new IdentityHashMap<>())));
    }

    /** Where the name came from, for policies that care (e.g. alt rather than aria-label on pictures). */
    static boolean namedByAria(Element e) {
        return !e.attr("aria-label").isBlank() || !e.attr("aria-labelledby").isBlank();
    }

    /**
     * @param inLabelledBy computing a node referenced by aria-labelledby (2B is not followed again)
     * @param inContent    walking the content of a node whose name comes from its content
     */
    private String compute(Element e, boolean inLabelledBy, boolean inContent, boolean followedLabelledBy, Map<Element, Boolean> visited) {
        if (visited.put(e, true) != null) {
            // met again inside what names it (a checkbox inside the paragraph that labels it): its own words, once
            return followedLabelledBy && inContent ? e.text() : "";
        }
        try {
            // 2A: hidden, unless it is what aria-labelledby points at (then its hidden text still names)
            if (!inLabelledBy && !inContent && Semantics.hidden(e)) {
                return "";
            }
            // 2B
            String labelledBy = e.attr("aria-labelledby").strip();
            if (!followedLabelledBy && !labelledBy.isEmpty()) {
                StringBuilder name = new StringBuilder();
                for (String id : labelledBy.split("\\s+")) {
                    Element label = page.byId(id);
                    if (label != null) {
                        name.append(' ').append(compute(label, true, false, true, visited));
                    }
                }
                if (!name.toString().isBlank()) {
                    return name.toString();
                }
            }
            String role = Semantics.role(e);
            // 2C: embedded controls inside a label take their value, not their label
            if (inContent && isControl(e, role)) {
                return controlValue(e, role);
            }
            String label = e.attr("aria-label");
            if (!label.isBlank()) {
                return label;
            }
            // 2D: native text alternatives
            if (!"presentation".equals(role) || e.normalName().equals("img")) {
                String nativeName = nativeName(e, followedLabelledBy, visited);
                if (!nativeName.isBlank()) {
                    return nativeName;
                }
            }
            // 2F: name from content
            if (inLabelledBy || inContent || fromContent(e, role)) {
                String content = content(e, followedLabelledBy, visited);
                if (!content.isBlank()) {
                    return content;
                }
            }
            // 2I: tooltip
            String title = e.attr("title");
            if (!title.isBlank()) {
                return title;
            }
            if (e.normalName().equals("input") || e.normalName().equals("textarea")) {
                return e.attr("placeholder");
            }
            return "";
        } finally {
            visited.remove(e);
        }
    }

    private static boolean fromContent(Element e, String role) {
        if (role != null && AriaData.isRole(role) && AriaData.role(role).nameFromContent()) {
            // a table or row is named from content by the data, but browsers and ACT do not treat a whole table so
            return !role.equals("table") && !role.equals("rowgroup") && !role.equals("row");
        }
        return CONTENT_NAMED.contains(e.normalName()) && !"presentation".equals(role);
    }

    private static boolean isControl(Element e, String role) {
        return role != null && Set.of("textbox", "combobox", "listbox", "slider", "spinbutton", "searchbox").contains(role);
    }

    private static String controlValue(Element e, String role) {
        return switch (e.normalName()) {
            case "input" -> e.attr("value");
            case "textarea" -> e.wholeText();
            case "select" -> {
                Element selected = e.selectFirst("option[selected]");
                selected = selected == null ? e.selectFirst("option") : selected;
                yield selected == null ? "" : selected.text();
            }
            default -> role.equals("slider") || role.equals("spinbutton")
                    ? (e.hasAttr("aria-valuetext") ? e.attr("aria-valuetext") : e.attr("aria-valuenow")) : e.text();
        };
    }

    private String nativeName(Element e, boolean followed, Map<Element, Boolean> visited) {
        String tag = e.normalName();
        switch (tag) {
            case "img", "area":
                return e.attr("alt");
            case "input": {
                String type = e.attr("type").toLowerCase(Locale.ROOT).strip();
                if (type.equals("image")) {
                    return e.attr("alt");
                }
                if (type.equals("submit") || type.equals("reset") || type.equals("button")) {
                    String value = e.attr("value");
                    if (!value.isBlank() || type.equals("button")) {
                        return value;
                    }
                    return type.equals("submit") ? "Submit" : "Reset";
                }
                return labels(e, followed, visited);
            }
            case "select", "textarea", "meter", "progress", "output", "button":
                return labels(e, followed, visited);
            case "fieldset":
                return child(e, "legend", followed, visited);
            case "table":
                return child(e, "caption", followed, visited);
            case "figure":
                return child(e, "figcaption", followed, visited);
            case "svg":
                for (Element c : e.children()) {
                    if (c.normalName().equals("title")) {
                        return c.text();
                    }
                }
                return "";
            default:
                return "";
        }
    }

    private String child(Element e, String tag, boolean followed, Map<Element, Boolean> visited) {
        for (Element c : e.children()) {
            if (c.normalName().equals(tag)) {
                return compute(c, false, true, followed, visited);
            }
        }
        return "";
    }

    /** label[for] and the label around the control, in page order. */
    private String labels(Element e, boolean followed, Map<Element, Boolean> visited) {
        StringBuilder name = new StringBuilder();
        if (!e.id().isEmpty()) {
            for (Element label : page.labelsFor(e.id())) {
                name.append(' ').append(compute(label, false, true, followed, visited));
            }
        }
        Element around = e.parent() == null ? null : e.parent().closest("label");
        if (around != null && (around.attr("for").isEmpty() || around.attr("for").equals(e.id()))) {
            name.append(' ').append(compute(around, false, true, followed, visited));
        }
        return name.toString();
    }

    private String content(Element e, boolean followed, Map<Element, Boolean> visited) {
        StringBuilder text = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (child instanceof Element c) {
                if (Semantics.notRendered(c) || c.attr("aria-hidden").strip().equalsIgnoreCase("true")) {
                    continue;
                }
                boolean block = BLOCK.contains(c.normalName());
                if (block) {
                    text.append(' ');
                }
                text.append(compute(c, false, true, followed, visited));
                if (block) {
                    text.append(' ');
                }
            }
        }
        return text.toString();
    }
}
