package org.socialcarefuture.northstar.a11y;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * What the page's own {@code <style>} elements declare for an element, in the form {@link Semantics#style} gives
 * inline styles (lower case, no spaces). Only plain rules are read, in page order: no @media, no specificity, no
 * inheritance. That is enough to tell a box's size and overflow, not to lay a page out.
 */
final class StyleSheets {

    private static final Map<Document, Map<Element, String>> DECLARED = Collections.synchronizedMap(new WeakHashMap<>());

    private StyleSheets() {
    }

    /** The declarations the page's style sheets give this element, joined with ";" ("" when none). */
    static String declared(PageIndex page, Element e) {
        return DECLARED.computeIfAbsent(page.page(), StyleSheets::read).getOrDefault(e, "");
    }

    private static Map<Element, String> read(Document page) {
        Map<Element, String> declared = new IdentityHashMap<>();
        for (Element style : page.select("style")) {
            String css = style.data().replaceAll("(?s)/\\*.*?\\*/", "");
            int depth = 0;
            int start = 0;
            String selectors = null;
            for (int i = 0; i < css.length(); i++) {
                char c = css.charAt(i);
                if (c == '{') {
                    if (depth == 0) {
                        selectors = css.substring(start, i).strip();
                        start = i + 1;
                    }
                    depth++;
                } else if (c == '}' && depth > 0) {
                    depth--;
                    if (depth == 0) {
                        if (selectors != null && !selectors.startsWith("@")) {
                            apply(page, selectors, css.substring(start, i), declared);
                        }
                        start = i + 1;
                    }
                }
            }
        }
        return declared;
    }

    private static void apply(Document page, String selectors, String block, Map<Element, String> declared) {
        String declarations = block.toLowerCase(Locale.ROOT).replaceAll("\\s+", "").replace("!important", "");
        for (String selector : selectors.split(",")) {
            try {
                for (Element e : page.select(selector.strip())) {
                    declared.merge(e, declarations, (a, b) -> a + ";" + b);
                }
            } catch (Selector.SelectorParseException e) {
                // a selector jsoup does not know (::before, :hover...): it styles no element a static check can name
            }
        }
    }
}
