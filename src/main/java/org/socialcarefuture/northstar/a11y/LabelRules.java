package org.socialcarefuture.northstar.a11y;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.socialcarefuture.northstar.a11y.Rules.Simple;

/** Whether a form field's label, with what is seen around it, says what the field is for (WCAG 2.4.6, ACT cc0f0a). */
final class LabelRules {

    private static final Set<String> FIELD_ROLES = Set.of("checkbox", "combobox", "listbox", "menuitemcheckbox", "menuitemradio",
            "radio", "searchbox", "slider", "spinbutton", "switch", "textbox");
    /** Moved out of sight by position, the usual way to hide words for screen readers only. */
    private static final Pattern OFF_SCREEN = Pattern.compile("position:absolute.*(top|left):-\\d{3,}|(top|left):-\\d{3,}.*position:absolute");

    private LabelRules() {
    }

    /**
     * Two fields with the same label ("Name", "Street") are told apart only by what is seen around them: the
     * heading above them or their fieldset's legend. When that is the same for both (or there is none, or it is
     * hidden from sight), a sighted reader cannot tell which is which. A warning, as a person may see more.
     */
    static Rule sameLabel() {
        return new Simple("same-label", "2.4.6", false, "cc0f0a", (page, out) -> {
            Map<String, String> contextOfLabel = new HashMap<>();
            Element heading = null;
            for (Element e : page.body) {
                if ("heading".equals(Semantics.role(e)) && seen(e)) {
                    heading = e;
                    continue;
                }
                String role = Semantics.role(e);
                if (role == null || !FIELD_ROLES.contains(role) || !Semantics.included(e) || !seen(e) || !labelled(page, e)) {
                    continue;
                }
                String label = page.name(e).toLowerCase(Locale.ROOT).replaceAll("[\\s:*]+$", "");
                if (label.isEmpty()) {
                    continue;
                }
                String context = (heading == null ? "" : heading.text()) + "|" + legends(e);
                String earlier = contextOfLabel.putIfAbsent(label, context);
                if (earlier != null && earlier.equals(context)) {
                    out.report(e, "two form fields are both labelled " + Text.quote(page.name(e)) + ", and no heading or legend that is seen tells them apart",
                            "put each group of fields in a <fieldset> with a <legend>, or give each label its own words");
                }
            }
        });
    }

    /** Named by a label element or aria-labelledby, the labels this rule is about (not aria-label or a placeholder). */
    private static boolean labelled(PageIndex page, Element e) {
        return !e.attr("aria-labelledby").isBlank() || !e.id().isEmpty() && !page.labelsFor(e.id()).isEmpty()
                || e.parent() != null && e.parent().closest("label") != null;
    }

    private static String legends(Element e) {
        StringBuilder legends = new StringBuilder();
        for (Element fieldset = e.closest("fieldset"); fieldset != null; fieldset = fieldset.parent() == null ? null : fieldset.parent().closest("fieldset")) {
            Element legend = fieldset.selectFirst("> legend");
            if (legend != null && seen(legend)) {
                legends.append(legend.text()).append('|');
            }
        }
        return legends.toString();
    }

    /** Shown on the screen: rendered, and not moved out of sight. */
    static boolean seen(Element e) {
        if (Semantics.notRendered(e)) {
            return false;
        }
        for (Element x = e; x != null; x = x.parent()) {
            if (OFF_SCREEN.matcher(Semantics.style(x)).find()) {
                return false;
            }
        }
        return true;
    }

    static List<Rule> all() {
        return List.of(sameLabel());
    }
}
