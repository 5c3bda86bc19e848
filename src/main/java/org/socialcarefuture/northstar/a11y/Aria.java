package org.socialcarefuture.northstar.a11y;

import java.util.Set;

/** The names WAI-ARIA 1.2 defines, so misspelt roles and attributes are caught before a reader meets them. */
final class Aria {

    private Aria() {
    }

    static final Set<String> ROLES = Set.of("alert", "alertdialog", "application", "article", "banner", "blockquote",
            "button", "caption", "cell", "checkbox", "code", "columnheader", "combobox", "complementary", "contentinfo",
            "definition", "deletion", "dialog", "directory", "document", "emphasis", "feed", "figure", "form", "generic",
            "grid", "gridcell", "group", "heading", "img", "insertion", "link", "list", "listbox", "listitem", "log", "main",
            "marquee", "math", "menu", "menubar", "menuitem", "menuitemcheckbox", "menuitemradio", "meter", "navigation",
            "none", "note", "option", "paragraph", "presentation", "progressbar", "radio", "radiogroup", "region", "row",
            "rowgroup", "rowheader", "scrollbar", "search", "searchbox", "separator", "slider", "spinbutton", "status",
            "strong", "subscript", "superscript", "switch", "tab", "table", "tablist", "tabpanel", "term", "textbox", "time",
            "timer", "toolbar", "tooltip", "tree", "treegrid", "treeitem", "doc-backlink", "doc-noteref", "doc-endnotes",
            "doc-footnote", "doc-toc", "doc-pagelist", "doc-subtitle");

    static final Set<String> ATTRIBUTES = Set.of("aria-activedescendant", "aria-atomic", "aria-autocomplete",
            "aria-braillelabel", "aria-brailleroledescription", "aria-busy", "aria-checked", "aria-colcount",
            "aria-colindex", "aria-colindextext", "aria-colspan", "aria-controls", "aria-current", "aria-describedby",
            "aria-description", "aria-details", "aria-disabled", "aria-dropeffect", "aria-errormessage", "aria-expanded",
            "aria-flowto", "aria-grabbed", "aria-haspopup", "aria-hidden", "aria-invalid", "aria-keyshortcuts",
            "aria-label", "aria-labelledby", "aria-level", "aria-live", "aria-modal", "aria-multiline",
            "aria-multiselectable", "aria-orientation", "aria-owns", "aria-placeholder", "aria-posinset", "aria-pressed",
            "aria-readonly", "aria-relevant", "aria-required", "aria-roledescription", "aria-rowcount", "aria-rowindex",
            "aria-rowindextext", "aria-rowspan", "aria-selected", "aria-setsize", "aria-sort", "aria-valuemax",
            "aria-valuemin", "aria-valuenow", "aria-valuetext");

    /** Attributes whose value must be true/false (aria-checked/pressed also allow "mixed"). */
    static final Set<String> BOOLEAN_LIKE = Set.of("aria-atomic", "aria-busy", "aria-disabled", "aria-expanded",
            "aria-hidden", "aria-modal", "aria-multiline", "aria-multiselectable", "aria-readonly", "aria-required",
            "aria-selected", "aria-checked", "aria-pressed");
}
