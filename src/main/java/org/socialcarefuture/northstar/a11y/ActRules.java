package org.socialcarefuture.northstar.a11y;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.socialcarefuture.northstar.a11y.Rules.Simple;
import org.socialcarefuture.northstar.aria.AriaData;

/**
 * The W3C ACT rules on names, focus, language and autofill that a writer can break in a post, each printed with
 * its ACT id. They share one accessible-name computation ({@link AccName}) and one meaning of hidden
 * ({@link Semantics}).
 */
final class ActRules {

    private ActRules() {
    }

    static List<Rule> all() {
        return List.of(buttonName(), summaryName(), menuitemName(), objectName(), ariaHiddenFocus(), presentationalChildren(),
                elementLang(), autocomplete(), labelInName(), sameFrameName(), frameTabOrder(), LayoutRules.scrollable());
    }

    static Rule buttonName() {
        return new Simple("button-name", "4.1.2", true, "97a4e1", (page, out) -> {
            for (Element e : page.body) {
                if ("button".equals(Semantics.role(e)) && !(e.normalName().equals("summary") && !"button".equals(Semantics.explicitRole(e))) && !isImageInput(e)
                        && Semantics.included(e) && page.name(e).isEmpty()) {
                    out.report(e, "a button has no name, so screen readers say only \"button\"", "write words in the button, or give it aria-label");
                }
            }
        });
    }

    static boolean isImageInput(Element e) {
        return e.normalName().equals("input") && e.attr("type").equalsIgnoreCase("image");
    }

    static Rule summaryName() {
        return new Simple("summary-name", "4.1.2", true, "2t702h", (page, out) -> {
            for (Element e : page.body) {
                if (e.normalName().equals("summary") && e.parent() != null && e.parent().normalName().equals("details")
                        && e.parent().selectFirst("> summary") == e && "button".equals(Semantics.role(e))
                        && (Semantics.explicitRole(e) == null || !"button".equals(Semantics.explicitRole(e)))
                        && Semantics.included(e) && page.name(e).isEmpty()) {
                    out.report(e, "a <summary> has no text, so readers cannot tell what opens", "write what the details hold, e.g. <summary>Opening times</summary>");
                }
            }
        });
    }

    static Rule menuitemName() {
        return new Simple("menuitem-name", "4.1.2", true, "m6b1q3", (page, out) -> {
            for (Element e : page.body) {
                if ("menuitem".equals(Semantics.explicitRole(e)) && Semantics.included(e) && page.name(e).isEmpty()) {
                    out.report(e, "a menu item has no name", "write the item's words, or give it aria-label");
                }
            }
        });
    }

    private static final Set<String> NON_TEXT_OBJECT = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "mp3", "mp4", "wav", "ogg",
            "webm", "avi", "mov");

    static Rule objectName() {
        return new Simple("object-name", "1.1.1", true, "8fc3b6", (page, out) -> {
            for (Element e : page.body) {
                if (!e.normalName().equals("object") || !Semantics.included(e)) {
                    continue;
                }
                String type = e.attr("type").toLowerCase(Locale.ROOT);
                String data = e.attr("data").toLowerCase(Locale.ROOT);
                String extension = data.contains(".") ? data.substring(data.lastIndexOf('.') + 1) : "";
                boolean nonText = type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")
                        || NON_TEXT_OBJECT.contains(extension);
                String name = Text.normalise(names(page, e));
                if (nonText && name.isEmpty()) {
                    out.report(e, "an embedded <object> has no name", "add aria-label or title saying what it shows");
                }
            }
        });
    }

    /** An object is named by aria-labelledby, aria-label or title only, never by its fallback content. */
    private static String names(PageIndex page, Element e) {
        StringBuilder name = new StringBuilder();
        for (String id : e.attr("aria-labelledby").strip().split("\\s+")) {
            Element label = id.isEmpty() ? null : page.byId(id);
            if (label != null) {
                name.append(' ').append(label.text());
            }
        }
        if (name.toString().isBlank()) {
            name.append(e.attr("aria-label"));
        }
        if (name.toString().isBlank()) {
            name.append(e.attr("title"));
        }
        return name.toString();
    }

    static Rule ariaHiddenFocus() {
        return new Simple("aria-hidden-focus", "4.1.2", true, "6cfa84", (page, out) -> {
            for (Element e : page.body) {
                if (!e.attr("aria-hidden").strip().equalsIgnoreCase("true") || Semantics.notRendered(e)) {
                    continue;
                }
                for (Element inside : e.getAllElements()) {
                    if (Semantics.tabbable(inside) && !focusMovedOnByScript(page, inside)) {
                        out.report(e, "aria-hidden=\"true\" hides something the Tab key still reaches (<" + inside.normalName() + ">)",
                                "remove aria-hidden, or take the link or button out of the hidden part");
                        break;
                    }
                }
            }
        });
    }

    private static final java.util.regex.Pattern FOCUS_LISTENER = java.util.regex.Pattern.compile(
            "addEventListener\\(\\s*['\"`]focus(in)?['\"`]|\\.onfocus(in)?\\s*=");

    /**
     * A focus sentinel: a script moves focus on the moment the element gets it (an onfocus handler, or an inline
     * script that finds the element by its id and listens for its focus), as a dialog does to keep focus inside
     * itself. Where focus then goes only running the script shows, so a static check does not fail it (ACT 6cfa84
     * passes it when focus moves on).
     */
    static boolean focusMovedOnByScript(PageIndex page, Element e) {
        if (e.hasAttr("onfocus") || e.hasAttr("onfocusin")) {
            return true;
        }
        if (e.id().isEmpty()) {
            return false;
        }
        for (Element script : page.page().select("script")) {
            String js = script.data();
            for (String quote : List.of("'", "\"", "`")) {
                for (String id : List.of(quote + e.id() + quote, quote + "#" + e.id() + quote)) {
                    int at = js.indexOf(id);
                    while (at >= 0) {
                        // the id and the listener in one statement: up to the next semicolon or line end after the listener
                        int end = js.indexOf('\n', at);
                        String statement = js.substring(at, end < 0 ? js.length() : end);
                        if (FOCUS_LISTENER.matcher(statement).find()) {
                            return true;
                        }
                        at = js.indexOf(id, at + 1);
                    }
                }
            }
        }
        return false;
    }

    static Rule presentationalChildren() {
        return new Simple("presentational-children", "4.1.2", true, "307n5z", (page, out) -> {
            for (Element e : page.body) {
                String role = Semantics.role(e);
                if (role == null || !AriaData.isRole(role) || !AriaData.role(role).childrenPresentational() || !Semantics.included(e)) {
                    continue;
                }
                for (Element inside : e.getAllElements()) {
                    if (inside != e && Semantics.tabbable(inside)) {
                        out.report(inside, "a <" + inside.normalName() + "> that takes focus is inside a " + role
                                + ", whose content screen readers do not see", "move it out of the " + role);
                        break;
                    }
                }
            }
        });
    }

    static Rule elementLang() {
        return new Simple("element-lang", "3.1.2", true, "de46e4", (page, out) -> {
            for (Element e : page.bodyLang) {
                String lang = e.attr("lang");
                if (!lang.isEmpty() && hasOwnText(e) && !LanguageTags.validPrimary(lang)) { // lang="  " is not empty, and not a language
                    out.report(e, "lang=" + Text.quote(e.attr("lang")) + " is not a language in the IANA registry",
                            "use a code such as cy (Welsh) or pl (Polish)");
                }
            }
            // A name taken with aria-labelledby from words marked as another language is read in the language of the
            // element it names (ACT off6ek): French pronunciation for English words
            for (Element e : page.aria) {
                String own = primaryLanguage(e);
                if (own.isEmpty() || e.attr("aria-labelledby").isBlank() || !Semantics.included(e)) {
                    continue;
                }
                for (String id : e.attr("aria-labelledby").strip().split("\\s+")) {
                    Element label = page.byId(id);
                    String theirs = label == null ? "" : primaryLanguage(label);
                    if (!theirs.isEmpty() && !theirs.equals(own) && !label.text().isBlank()) {
                        out.reportAct("off6ek", e, "its name " + Text.quote(label.text()) + " is marked lang=" + Text.quote(theirs)
                                + ", but it is read as lang=" + Text.quote(own) + ", the language around it",
                                "put lang=\"" + theirs + "\" on the element itself too, or write its name in the language around it (" + own + ")");
                        break;
                    }
                }
            }
        });
    }

    /** The primary language subtag the element's text is in (from the nearest lang=), when valid; "" otherwise. */
    private static String primaryLanguage(Element e) {
        Element marked = e.closest("[lang]");
        String lang = marked == null ? "" : marked.attr("lang").strip().toLowerCase(Locale.ROOT);
        return LanguageTags.validPrimary(lang) ? lang.split("-")[0] : "";
    }

    /** Some visible or spoken text takes its language from this element (not from a descendant with its own lang). */
    private static boolean hasOwnText(Element e) {
        for (TextNode t : e.textNodes()) {
            if (!t.isBlank()) {
                return !Semantics.hidden(e) || !Semantics.notRendered(e);
            }
        }
        for (Element child : e.children()) {
            if (!child.hasAttr("lang") && hasOwnText(child)) {
                return true;
            }
        }
        return (e.normalName().equals("img") && !e.attr("alt").isBlank()) || !e.attr("aria-label").isBlank() || !e.attr("title").isBlank();
    }

    static Rule autocomplete() {
        return new Simple("autocomplete", "1.3.5", true, "73f2c2", (page, out) -> {
            for (Element e : page.formControls) {
                String value = e.attr("autocomplete").strip().toLowerCase(Locale.ROOT);
                if (value.isEmpty() || value.equals("on") || value.equals("off") || Semantics.disabled(e)
                        || e.attr("aria-disabled").strip().equalsIgnoreCase("true")
                        || Set.of("button", "checkbox", "file", "image", "radio", "reset", "submit", "hidden")
                        .contains(e.attr("type").toLowerCase(Locale.ROOT))
                        || (Semantics.hidden(e) && Semantics.notRendered(e))
                        || (!Semantics.tabbable(e) && !"textbox combobox listbox searchbox spinbutton slider".contains(String.valueOf(Semantics.role(e))))) {
                    continue;
                }
                String problem = Autofill.problem(value, e);
                if (problem != null) {
                    out.report(e, "autocomplete=" + Text.quote(e.attr("autocomplete")) + " " + problem,
                            "use a token from the HTML list, e.g. autocomplete=\"email\" or \"postal-code\"");
                }
            }
        });
    }

    private static final Set<String> NAME_FROM_CONTENT_WIDGETS = Set.of("button", "checkbox", "gridcell", "link", "menuitem",
            "menuitemcheckbox", "menuitemradio", "option", "radio", "switch", "tab", "treeitem");

    static Rule labelInName() {
        return new Simple("label-in-name", "2.5.3", true, "2ee8b8", (page, out) -> {
            for (Element e : page.body) {
                if (!AccName.namedByAria(e)) {
                    continue;
                }
                String role = Semantics.role(e);
                if (role == null || !NAME_FROM_CONTENT_WIDGETS.contains(role) || !Semantics.included(e)) {
                    continue;
                }
                String visible = Semantics.iconFont(page, e) ? "" : comparable(e.text());
                String name = comparable(page.name(e));
                // one character (an "X" for close) is a symbol, not a label a voice user would say
                if (visible.length() > 1 && visible.codePoints().anyMatch(Character::isLetterOrDigit) && !name.contains(visible)) {
                    out.report(e, "its name " + Text.quote(page.name(e)) + " does not contain the words shown, " + Text.quote(e.text())
                            + ", so voice control users cannot say them", "start the aria-label with the visible words, or remove it");
                }
            }
        });
    }

    private static String comparable(String text) {
        return Text.normalise(text.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}]", " "));
    }

    /** The frames of the page and those inside their srcdoc, which is a page of its own written in the attribute. */
    static List<Element> framesWithin(List<Element> frames) {
        List<Element> all = new java.util.ArrayList<>();
        for (Element frame : frames) {
            all.add(frame);
            if (frame.hasAttr("srcdoc")) {
                all.addAll(framesWithin(srcdoc(frame).select("iframe")));
            }
        }
        return all;
    }

    private static final Map<Element, org.jsoup.nodes.Document> SRCDOC = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    static org.jsoup.nodes.Document srcdoc(Element frame) {
        return SRCDOC.computeIfAbsent(frame, f -> org.jsoup.Jsoup.parse(f.attr("srcdoc")));
    }

    /** The page's own frame that holds a nested one, so the finding has a place on the page. */
    private static Element outermost(PageIndex page, Element nested) {
        for (Element frame : page.iframes) {
            if (frame.hasAttr("srcdoc") && framesWithin(List.of(frame)).contains(nested)) {
                return frame;
            }
        }
        return null;
    }

    /** A frame taken out of the Tab order (tabindex="-1") whose own page has links or buttons: keyboard users cannot reach them. */
    static Rule frameTabOrder() {
        return new Simple("frame-tab-order", "2.1.1", true, "akn7bn", (page, out) -> {
            for (Element frame : page.iframes) {
                if (!frame.attr("tabindex").strip().startsWith("-") || !frame.hasAttr("srcdoc") || Semantics.notRendered(frame)
                        || frame.closest("[inert]") != null || tiny(frame.attr("width")) || tiny(frame.attr("height"))) {
                    continue;
                }
                for (Element inside : srcdoc(frame).getAllElements()) {
                    if (Semantics.tabbable(inside)) {
                        out.report(frame, "a frame with tabindex=\"-1\" holds a <" + inside.normalName() + "> that keyboard users cannot reach",
                                "remove tabindex=\"-1\" from the iframe");
                        break;
                    }
                }
            }
        });
    }

    /** A frame one pixel wide or high shows nothing. */
    private static boolean tiny(String size) {
        return size.strip().matches("[01](px)?");
    }

    static Rule sameFrameName() {
        return new Simple("same-frame-name", "4.1.2", true, (page, out) -> {
            Map<String, Element> byName = new HashMap<>();
            for (Element frame : framesWithin(page.iframes)) {
                if (!Semantics.included(frame)) {
                    continue;
                }
                String name = Text.normalise(frame.hasAttr("aria-label") && !frame.attr("aria-label").isBlank() ? frame.attr("aria-label")
                        : frame.ownerDocument() == page.page() ? page.name(frame) : frame.attr("title")).toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                Element earlier = byName.putIfAbsent(name, frame);
                if (earlier != null && !(earlier.attr("src").equals(frame.attr("src")) && earlier.attr("srcdoc").equals(frame.attr("srcdoc")))) {
                    // WCAG passes when the two frames show the same thing (ACT 4b1c6c), which only their content can show:
                    // the site asks for different names, a policy
                    out.reportPolicy(frame.ownerDocument() == page.page() ? frame : outermost(page, frame), "two embedded frames are both called " + Text.quote(page.name(frame)) + " but show different pages",
                            "give each frame a title that says what it shows");
                }
            }
        });
    }
}
