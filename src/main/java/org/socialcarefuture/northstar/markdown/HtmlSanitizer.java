package org.socialcarefuture.northstar.markdown;

import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The policy for raw HTML in Markdown: volunteers paste from Word and WordPress, and the site is
 * public, so only structure passes. No script, style, event handler, form or javascript: URL
 * survives; what is left can only be text, links, pictures, tables and the like.
 */
public final class HtmlSanitizer {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "details", "summary", "section", "hr", "del", "s", "mark", "abbr",
                    "time", "div", "span", "small", "kbd", "samp", "var")
            .addAttributes(":all", "id", "class", "lang", "dir", "title", "data-src-line")
            .addAttributes("abbr", "title")
            .addAttributes("time", "datetime")
            .addAttributes("td", "headers")
            .addAttributes("th", "scope", "headers")
            .addAttributes("ol", "reversed")
            .addProtocols("a", "href", "tel")
            .preserveRelativeLinks(true);

    /** A base that every relative or root-relative link resolves against, so jsoup keeps them as written. */
    private static final String BASE = "https://site.invalid/";

    private HtmlSanitizer() {
    }

    public static Document clean(String html) {
        Document dirty = org.jsoup.Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean;
    }
}
