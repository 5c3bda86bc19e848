package org.socialcarefuture.northstar.a11y;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.socialcarefuture.northstar.a11y.Rules.Simple;
import org.socialcarefuture.northstar.aria.AriaData;

/**
 * The W3C ACT rules on ARIA roles and states and on data tables, judged against the ARIA data ({@link AriaData})
 * rather than lists kept here.
 */
final class AriaRules {

    private AriaRules() {
    }

    static List<Rule> all() {
        return List.of(ariaAllowed(), ariaRequired(), ariaContext(), ariaOwned(), headerCells(), headersAttribute());
    }

    /** Required states whose absence ARIA fills with a default value (so leaving them out is not a failure). */
    private static final Set<String> IMPLICIT_VALUE = Set.of("aria-valuemin", "aria-valuemax", "aria-orientation", "aria-selected");

    /**
     * ARIA 1.2's generic role (what div and span have) takes no name. axe-core's data has no entry for generic, so
     * the three attributes ARIA 1.2 prohibits on it are named here.
     */
    private static final Set<String> GENERIC_PROHIBITED = Set.of("aria-label", "aria-labelledby", "aria-roledescription");

    static Rule ariaAllowed() {
        return new Simple("aria-allowed", "4.1.2", true, "5c01ea", (page, out) -> {
            for (Element e : page.aria) {
                if (!Semantics.included(e)) {
                    continue;
                }
                String role = Semantics.role(e);
                AriaData.RoleSpec spec = role == null ? null : AriaData.role(role);
                for (Attribute attribute : e.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    AriaData.AttrSpec attr = AriaData.attribute(name);
                    if (attr == null) {
                        continue; // not ARIA at all: aria-attribute reports it
                    }
                    if ("generic".equals(role) && GENERIC_PROHIBITED.contains(name)) {
                        out.report(e, name + " does not name a <" + e.normalName() + ">: screen readers ignore it there",
                                "put the words in the text, or give the element a role that takes a name");
                    } else if (spec != null && spec.prohibitedAttrs().contains(name)) {
                        out.report(e, name + " is not allowed on a " + role, "remove " + name + ", or use an element whose role takes it");
                    } else if (!attr.global() && (spec == null || !spec.allowedAttrs().contains(name) && !spec.requiredAttrs().contains(name))
                            && !nativelyAllowed(e, name)) {
                        out.report(e, name + " does not belong on " + (role == null ? "a <" + e.normalName() + ">" : "a " + role),
                                "remove " + name + ", or give the element the role it belongs to");
                    }
                }
            }
        });
    }

    /** ARIA in HTML lets some native controls carry states their implicit role does not list. */
    private static boolean nativelyAllowed(Element e, String name) {
        return switch (name) {
            case "aria-required", "aria-readonly", "aria-invalid" -> Set.of("input", "select", "textarea").contains(e.normalName());
            case "aria-checked" -> e.normalName().equals("input") && e.attr("type").equalsIgnoreCase("checkbox");
            case "aria-expanded", "aria-pressed" -> e.normalName().equals("button") || e.normalName().equals("summary");
            default -> false;
        };
    }

    static Rule ariaRequired() {
        return new Simple("aria-required", "4.1.2", true, "4e8ab6", (page, out) -> {
            for (Element e : page.roles) {
                String role = explicitNotImplicit(e);
                if (role == null) {
                    continue;
                }
                for (String required : AriaData.role(role).requiredAttrs()) {
                    if (IMPLICIT_VALUE.contains(required) || !e.attr(required).isBlank() || nativeState(e, required)) {
                        continue;
                    }
                    // a separator needs a value only when it can be moved (takes focus); a combobox names its popup only when open
                    boolean needed = switch (role) {
                        case "separator" -> Semantics.focusable(e);
                        case "combobox" -> !required.equals("aria-controls") || e.attr("aria-expanded").strip().equals("true");
                        default -> true;
                    };
                    if (needed) {
                        out.report(e, "role=\"" + role + "\" needs " + required, "add " + required + " with the right value, or use a native element");
                    }
                }
            }
        });
    }

    /** A native checkbox or radio button already tells its checked state. */
    private static boolean nativeState(Element e, String required) {
        return required.equals("aria-checked") && e.normalName().equals("input")
                && Set.of("checkbox", "radio").contains(e.attr("type").toLowerCase(Locale.ROOT));
    }

    /** The explicit role, when the element is in the accessibility tree and the role is not the one HTML already gives it. */
    private static String explicitNotImplicit(Element e) {
        String role = Semantics.explicitRole(e);
        if (role == null || role.equals("none") || role.equals("presentation") || !Semantics.included(e)
                || role.equals(Semantics.implicitRole(e))) {
            return null;
        }
        return role;
    }

    static Rule ariaContext() {
        return new Simple("aria-context", "1.3.1", true, "ff89c9", (page, out) -> {
            for (Element e : page.roles) {
                String role = explicitNotImplicit(e);
                if (role == null || AriaData.role(role).requiredContext().isEmpty()) {
                    continue;
                }
                Element parent = treeParent(page, e);
                String parentRole = parent == null ? null : Semantics.role(parent);
                if (parentRole == null || !AriaData.role(role).requiredContext().contains(parentRole)) {
                    out.report(e, "role=\"" + role + "\" must be inside a " + String.join(" or ", AriaData.role(role).requiredContext())
                            + (parentRole == null ? "" : ", not a " + parentRole), "put it inside an element with that role");
                }
            }
        });
    }

    /** The parent in the accessibility tree: the element that aria-owns it, or the nearest ancestor that is in the tree and not generic. */
    static Element treeParent(PageIndex page, Element e) {
        if (!e.id().isEmpty()) {
            for (Element owner : page.aria) {
                if (owner.hasAttr("aria-owns") && List.of(owner.attr("aria-owns").strip().split("\\s+")).contains(e.id())) {
                    return owner;
                }
            }
        }
        for (Element x = e.parent(); x != null; x = x.parent()) {
            String role = Semantics.role(x);
            // a generic element is in the tree (and so a parent) when it carries a global ARIA attribute such as aria-live
            if (Semantics.included(x) && role != null && (!role.equals("generic") || Semantics.hasGlobalAria(x))) {
                return x;
            }
            if (x.normalName().equals("body")) {
                return null;
            }
        }
        return null;
    }

    static Rule ariaOwned() {
        return new Simple("aria-owned", "1.3.1", true, "bc4a75", (page, out) -> {
            for (Element e : page.roles) {
                String role = Semantics.explicitRole(e);
                if (role == null || !Semantics.included(e) || AriaData.role(role).requiredOwned().isEmpty()
                        || e.closest("[aria-busy=true]") != null) {
                    continue;
                }
                List<String> allowed = AriaData.role(role).requiredOwned();
                List<Element> all = owned(page, e);
                for (int i = 0; i < all.size(); i++) {
                    Element owned = all.get(i);
                    String ownedRole = Semantics.role(owned);
                    if ("group".equals(ownedRole) && allowed.contains("group") && owned != e) {
                        all.addAll(owned(page, owned)); // a group in a menu or tree holds the same items
                        continue;
                    }
                    if (ownedRole == null || !allowed.contains(ownedRole)) {
                        out.report(e, "role=\"" + role + "\" may only hold " + String.join(", ", allowed) + ", but holds "
                                + (ownedRole == null ? "a <" + owned.normalName() + ">" : "a " + ownedRole),
                                "give what is inside the roles it needs, or use a native element such as <ul>");
                        break;
                    }
                }
            }
        });
    }

    /** The elements an element owns in the accessibility tree: its nearest included, non-generic descendants, and aria-owns. */
    private static List<Element> owned(PageIndex page, Element e) {
        List<Element> owned = new ArrayList<>();
        collect(e, owned);
        for (String id : e.attr("aria-owns").strip().split("\\s+")) {
            Element target = id.isEmpty() ? null : page.byId(id);
            if (target != null && Semantics.included(target)) {
                owned.add(target);
            }
        }
        return owned;
    }

    private static void collect(Element e, List<Element> owned) {
        for (Element child : e.children()) {
            if (Semantics.hidden(child)) {
                continue;
            }
            String role = Semantics.role(child);
            boolean text = child.textNodes().stream().anyMatch(t -> !t.isBlank());
            if (role == null || role.equals("generic") && !text || role.equals("presentation") || role.equals("none")) {
                collect(child, owned);
            } else {
                owned.add(child);
            }
        }
    }

    /** HTML tables and elements with a table or grid role. */
    private static List<Element> tables(PageIndex page) {
        List<Element> tables = new ArrayList<>(page.tables);
        for (Element e : page.roles) {
            String role = Semantics.explicitRole(e);
            if (!e.normalName().equals("table") && ("table".equals(role) || "grid".equals(role) || "treegrid".equals(role))) {
                tables.add(e);
            }
        }
        return tables;
    }

    static Rule headerCells() {
        return new Simple("header-cells", "1.3.1", true, "d0f69e", (page, out) -> {
            for (Element table : tables(page)) {
                String role = Semantics.role(table);
                if (!Semantics.included(table) || !("table".equals(role) || "grid".equals(role) || "treegrid".equals(role))) {
                    continue;
                }
                TableGrid grid = new TableGrid(table);
                for (Element th : grid.cells()) {
                    String cellRole = Semantics.role(th);
                    if (!("columnheader".equals(cellRole) || "rowheader".equals(cellRole)) || !Semantics.included(th)) {
                        continue;
                    }
                    if (!grid.hasAssignedCell(th, page)) {
                        out.report(th, "the header cell " + Text.quote(th.text()) + " heads no data cell",
                                "put data under (or beside) the header, or make it a plain cell (td)");
                    }
                }
            }
        });
    }

    static Rule headersAttribute() {
        return new Simple("headers-attribute", "1.3.1", true, "a25f45", (page, out) -> {
            for (Element table : tables(page)) {
                String role = Semantics.role(table);
                if (!Semantics.included(table) || !("table".equals(role) || "grid".equals(role) || "treegrid".equals(role))) {
                    continue;
                }
                TableGrid grid = new TableGrid(table);
                for (Element cell : grid.cells()) {
                    if (!cell.hasAttr("headers") || cell.attr("headers").isBlank()) {
                        continue;
                    }
                    for (String id : cell.attr("headers").strip().split("\\s+")) {
                        Element target = grid.cellById(id);
                        if (target == null || target == cell) {
                            out.report(cell, "headers=" + Text.quote(cell.attr("headers")) + " names " + Text.quote(id)
                                    + ", which is not " + (target == cell ? "another" : "a") + " cell of this table",
                                    "use the id of a header cell (th) in the same table, or remove headers");
                            break;
                        }
                    }
                }
            }
        });
    }
}
