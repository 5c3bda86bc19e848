package org.socialcarefuture.northstar.a11y;

import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.socialcarefuture.northstar.aria.AriaData;

/**
 * What a static page tells a screen reader about an element: its role (explicit, or implicit from HTML-AAM),
 * whether it is hidden or in the accessibility tree, and whether it takes keyboard focus. Defined once here,
 * so that every rule means the same thing by "hidden" and by "role".
 */
final class Semantics {

    private Semantics() {
    }

    private static final Set<String> NOT_RENDERED = Set.of("head", "script", "style", "template", "noscript", "title", "meta", "link");
    private static final Set<String> FOCUSABLE_INPUTS = Set.of("input", "select", "textarea", "button");

    /** The role a browser gives the element: the first known token of role="...", unless presentational conflict resolution drops it. */
    static String role(Element e) {
        String explicit = explicitRole(e);
        if (explicit != null && !explicit.equals("none") && !explicit.equals("presentation")) {
            return explicit;
        }
        if (explicit != null && !presentationConflict(e)) {
            return "presentation";
        }
        return implicitRole(e);
    }

    /** The first token of role="..." that ARIA defines, or null (a fallback list takes the first one a browser knows). */
    static String explicitRole(Element e) {
        if (!e.hasAttr("role")) {
            return null;
        }
        for (String token : e.attr("role").strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (AriaData.isRole(token)) {
                return token;
            }
        }
        return null;
    }

    /** none/presentation is ignored on an element that takes focus or carries a global ARIA attribute. */
    static boolean presentationConflict(Element e) {
        if (focusable(e)) {
            return true;
        }
        for (var attribute : e.attributes()) {
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            AriaData.AttrSpec spec = AriaData.attribute(key);
            if (spec != null && spec.global() && !key.equals("aria-hidden")) {
                return true;
            }
        }
        return false;
    }

    /** The implicit ARIA role of an HTML element (HTML-AAM), or null when it has none worth naming. */
    static String implicitRole(Element e) {
        String tag = e.normalName();
        switch (tag) {
            case "a", "area":
                return e.hasAttr("href") ? "link" : null;
            case "button":
                return "button";
            case "summary":
                return e.parent() != null && e.parent().normalName().equals("details") ? "button" : null;
            case "img":
                if (e.attr("alt").isEmpty() && e.hasAttr("alt") && !focusable(e) && !hasGlobalAria(e)) {
                    return "presentation";
                }
                return "img";
            case "svg":
                return "graphics-document";
            case "input":
                return inputRole(e);
            case "select":
                return e.hasAttr("multiple") || intAttr(e, "size") > 1 ? "listbox" : "combobox";
            case "textarea":
                return "textbox";
            case "option":
                return "option";
            case "optgroup", "fieldset", "details":
                return "group";
            case "h1", "h2", "h3", "h4", "h5", "h6":
                return "heading";
            case "ul", "ol", "menu":
                return "list";
            case "li":
                return e.parent() != null && Set.of("ul", "ol", "menu").contains(e.parent().normalName()) ? "listitem" : "generic";
            case "table":
                return "table";
            case "thead", "tbody", "tfoot":
                return "rowgroup";
            case "tr":
                return "row";
            case "td":
                return inGrid(e) ? "gridcell" : "cell";
            case "th": {
                String scope = e.attr("scope").toLowerCase(Locale.ROOT).strip();
                if (scope.equals("row") || scope.equals("rowgroup")) {
                    return "rowheader";
                }
                if (scope.equals("col") || scope.equals("colgroup")) {
                    return "columnheader";
                }
                // no scope: a header at the start of a row of data cells heads that row, otherwise its column
                Element row = e.parent();
                return row != null && !row.select("> td").isEmpty() && e.elementSiblingIndex() == 0 ? "rowheader" : "columnheader";
            }
            case "nav":
                return "navigation";
            case "main":
                return "main";
            case "aside":
                return "complementary";
            case "article":
                return "article";
            case "form":
                return "form";
            case "dialog":
                return "dialog";
            case "hr":
                return "separator";
            case "figure":
                return "figure";
            case "progress":
                return "progressbar";
            case "meter":
                return "meter";
            case "output":
                return "status";
            case "dd":
                return "definition";
            case "dt":
                return "term";
            case "p":
                return "paragraph";
            case "blockquote":
                return "blockquote";
            case "iframe":
                return "iframe";
            case "header":
                return "banner";
            case "footer":
                return "contentinfo";
            case "section":
                return e.hasAttr("aria-label") || e.hasAttr("aria-labelledby") ? "region" : "generic";
            case "div", "span":
                return "generic";
            default:
                return null;
        }
    }

    private static boolean inGrid(Element e) {
        Element table = e.closest("table");
        String role = table == null ? null : explicitRole(table);
        return "grid".equals(role) || "treegrid".equals(role);
    }

    private static String inputRole(Element e) {
        String type = e.attr("type").toLowerCase(Locale.ROOT).strip();
        return switch (type) {
            case "button", "submit", "reset", "image" -> "button";
            case "checkbox" -> "checkbox";
            case "radio" -> "radio";
            case "range" -> "slider";
            case "number" -> "spinbutton";
            case "search" -> e.hasAttr("list") ? "combobox" : "searchbox";
            case "hidden" -> null;
            case "email", "tel", "text", "url", "" -> e.hasAttr("list") ? "combobox" : "textbox";
            default -> "textbox";
        };
    }

    static boolean hasGlobalAria(Element e) {
        for (var attribute : e.attributes()) {
            AriaData.AttrSpec spec = AriaData.attribute(attribute.getKey().toLowerCase(Locale.ROOT));
            if (spec != null && spec.global()) {
                return true;
            }
        }
        return false;
    }

    private static int intAttr(Element e, String name) {
        try {
            return Integer.parseInt(e.attr(name).strip());
        } catch (NumberFormatException x) {
            return 0;
        }
    }

    /** Not rendered at all: the hidden attribute, inline display:none or visibility:hidden here or above, or a part of the page never shown. */
    static boolean notRendered(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (NOT_RENDERED.contains(x.normalName()) || x.hasAttr("hidden") || displayNone(x)) {
                return true;
            }
            if (x.normalName().equals("input") && x.attr("type").equalsIgnoreCase("hidden")) {
                return true;
            }
        }
        // visibility is inherited but a descendant may set it back to visible
        for (Element x = e; x != null; x = x.parent()) {
            String style = style(x);
            if (style.contains("visibility:visible")) {
                return false;
            }
            if (style.contains("visibility:hidden") || style.contains("visibility:collapse")) {
                return true;
            }
        }
        return false;
    }

    static boolean displayNone(Element x) {
        return style(x).contains("display:none");
    }

    static String style(Element x) {
        return x.hasAttr("style") ? x.attr("style").toLowerCase(Locale.ROOT).replaceAll("\\s+", "").replace("!important", "") : "";
    }

    /** Hidden from assistive technology: not rendered, or aria-hidden="true" on it or an ancestor. */
    static boolean hidden(Element e) {
        if (notRendered(e)) {
            return true;
        }
        for (Element x = e; x != null; x = x.parent()) {
            if (x.attr("aria-hidden").strip().equalsIgnoreCase("true")) {
                return true;
            }
        }
        return false;
    }

    /** In the accessibility tree: not hidden, and not made presentational. */
    static boolean included(Element e) {
        if (hidden(e)) {
            return false;
        }
        String role = role(e);
        return !"presentation".equals(role) && !"none".equals(role);
    }

    /** The element's text is drawn in an icon font (a ligature such as "search" shows a magnifier), so the words are not seen. */
    static boolean iconFont(PageIndex page, Element e) {
        if (style(e).contains("icons")) {
            return true;
        }
        for (Element style : page.page().select("style")) {
            String css = style.data().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
            int at = css.indexOf(e.normalName() + "{");
            if (at >= 0 && css.indexOf("font-family:'materialicons'", at) > at
                    && css.indexOf("font-family:'materialicons'", at) < css.indexOf('}', at)) {
                return true;
            }
        }
        return false;
    }

    /** Takes focus by mouse or script (tabindex -1 included); disabled and unrendered elements do not. */
    static boolean focusable(Element e) {
        if (disabled(e) || notRendered(e)) {
            return false;
        }
        for (Element x = e; x != null; x = x.parent()) {
            if (x.hasAttr("inert")) {
                return false;
            }
        }
        if (e.hasAttr("tabindex") && e.attr("tabindex").strip().matches("-?\\d+")) {
            return true;
        }
        String tag = e.normalName();
        if (FOCUSABLE_INPUTS.contains(tag)) { // an iframe's content takes focus, not the frame
            return true;
        }
        if ((tag.equals("a") || tag.equals("area")) && e.hasAttr("href")) {
            return true;
        }
        if (tag.equals("summary") && e.parent() != null && e.parent().normalName().equals("details")
                && e.parent().selectFirst("> summary") == e) {
            return true;
        }
        if ((tag.equals("audio") || tag.equals("video")) && e.hasAttr("controls")) {
            return true;
        }
        String editable = e.attr("contenteditable").toLowerCase(Locale.ROOT);
        return e.hasAttr("contenteditable") && !editable.equals("false");
    }

    /** Reached with the Tab key: focusable and not tabindex below 0. */
    static boolean tabbable(Element e) {
        if (!focusable(e)) {
            return false;
        }
        String tabindex = e.attr("tabindex").strip();
        return !(tabindex.matches("-\\d+"));
    }

    static boolean disabled(Element e) {
        if (!FOCUSABLE_INPUTS.contains(e.normalName()) && !e.normalName().equals("option") && !e.normalName().equals("fieldset")) {
            return false;
        }
        if (e.hasAttr("disabled")) {
            return true;
        }
        Element fieldset = e.parent() == null ? null : e.parent().closest("fieldset[disabled]");
        if (fieldset == null) {
            return false;
        }
        Element legend = fieldset.selectFirst("> legend");
        return legend == null || !e.parents().contains(legend); // the first legend of a disabled fieldset stays enabled
    }
}
