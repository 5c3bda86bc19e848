package org.socialcarefuture.northstar.a11y;

import org.jsoup.nodes.Element;
import org.socialcarefuture.northstar.a11y.Rules.Simple;

/** Rules that need a box's size: read from inline styles and the page's own style sheets (moved out of ActRules to keep it short). */
final class LayoutRules {

    private LayoutRules() {
    }

    private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile("(?:^|;)(height|width):(\\d+)px");

    /**
     * A box that scrolls (overflow: scroll or auto in its style, with a fixed height) and that holds far more text
     * than fits, with nothing in it that takes focus: keyboard users cannot scroll it (ACT 0ssw9k). Text is measured
     * roughly (8 by 20 pixels a character), so only boxes holding at least twice what fits are reported.
     */
    static Rule scrollable() {
        return new Simple("scrollable", "2.1.1", true, "0ssw9k", (page, out) -> {
            for (Element e : page.body) {
                String style = StyleSheets.declared(page, e) + ";" + Semantics.style(e); // the inline style last, as it wins
                if (!style.matches(".*overflow(-y)?:(scroll|auto).*") || e.hasAttr("tabindex") || Semantics.notRendered(e)) {
                    continue;
                }
                int height = 0;
                int width = 0;
                java.util.regex.Matcher m = SIZE.matcher(style);
                while (m.find()) {
                    if (m.group(1).equals("height")) {
                        height = Integer.parseInt(m.group(2));
                    } else {
                        width = Integer.parseInt(m.group(2));
                    }
                }
                if (height == 0 || width == 0 || e.getAllElements().stream().anyMatch(x -> x != e && Semantics.tabbable(x))) {
                    continue;
                }
                int lines = (int) Math.ceil(e.text().length() * 8.0 / width);
                // on one line that does not wrap, pictures of a set width are measured exactly: wider than the box, it scrolls
                boolean oneLine = style.contains("white-space:nowrap");
                if (oneLine ? pictureWidths(page, e) > width || e.text().length() * 8 >= 2 * width : lines * 20 >= 2 * height) {
                    out.report(e, "a box scrolls, but nothing in it takes keyboard focus, so keyboard users cannot scroll it",
                            "add tabindex=\"0\" and a name (aria-label) to the box, or let it grow to fit");
                }
            }
        });
    }

    /** The widths in pixels the pictures in a box are given (width= or a style), added up; a picture with none counts 0. */
    private static int pictureWidths(PageIndex page, Element box) {
        int total = 0;
        for (Element img : box.select("img")) {
            if (Semantics.notRendered(img)) {
                continue;
            }
            java.util.regex.Matcher m = SIZE.matcher(StyleSheets.declared(page, img) + ";" + Semantics.style(img));
            int width = img.attr("width").strip().matches("\\d+") ? Integer.parseInt(img.attr("width").strip()) : 0;
            while (m.find()) {
                if (m.group(1).equals("width")) {
                    width = Integer.parseInt(m.group(2));
                }
            }
            total += width;
        }
        return total;
    }
}
