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

    /** The ARIA attributes pasted HTML keeps. */
    static final java.util.List<String> KEPT_ARIA = java.util.List.of("aria-label", "aria-labelledby", "aria-describedby",
            "aria-description", "aria-details", "aria-hidden", "aria-level", "aria-current", "aria-checked", "aria-pressed",
            "aria-expanded", "aria-selected", "aria-disabled", "aria-invalid", "aria-required", "aria-readonly", "aria-posinset",
            "aria-setsize", "aria-roledescription", "aria-colspan", "aria-rowspan", "aria-colindex", "aria-rowindex",
            "aria-colcount", "aria-rowcount", "aria-sort", "aria-valuenow", "aria-valuemin", "aria-valuemax", "aria-valuetext",
            "aria-orientation", "aria-busy", "aria-live", "aria-atomic", "aria-relevant", "aria-owns", "aria-controls");

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "details", "summary", "section", "hr", "del", "ins", "s", "mark", "abbr",
                    "time", "div", "span", "small", "kbd", "samp", "var")
            .addAttributes(":all", "id", "class", "lang", "dir", "title", "data-src-line", MarkdownRenderer.REPORTED)
            // A writer's accessible markup: a role (only values the ARIA data knows stay, see keepKnownRoles) and the
            // ARIA attributes that name, describe, hide, give a level or a state. Scripts are gone, so nothing can change them.
            .addAttributes(":all", "role")
            .addAttributes(":all", KEPT_ARIA.toArray(String[]::new))
            .addAttributes("th", "abbr")
            .addAttributes("td", "scope")
            .addAttributes("abbr", "title")
            .addAttributes("time", "datetime")
            .addAttributes("td", "headers")
            .addAttributes("th", "scope", "headers")
            .addAttributes("ol", "reversed")
            // The site's own responsive pictures (PictureMarkup), which pass through here on pages with pasted HTML.
            .addTags("picture", "source")
            .addAttributes("source", "type", "srcset", "sizes", "media")
            .addAttributes("img", "srcset", "sizes", "loading", "decoding", "fetchpriority", "width", "height")
            .addProtocols("a", "href", "tel")
            // Embedded video: only https, and only from the hosts below (checked after cleaning).
            .addTags("iframe")
            .addAttributes("iframe", "src", "title", "width", "height", "allow", "allowfullscreen", "loading")
            .addProtocols("iframe", "src", "https")
            .preserveRelativeLinks(true);

    /** Tags that only say how text looks; taking them out keeps every word. */
    private static final java.util.Set<String> LOOK_ONLY = java.util.Set.of("font", "center", "big", "basefont", "tt", "strike");

    /** Video hosts whose players may be embedded; everything else is removed with an error. */
    public static final java.util.Set<String> VIDEO_HOSTS = java.util.Set.of("www.youtube-nocookie.com", "www.youtube.com",
            "youtube.com", "player.vimeo.com");

    /** A base that every relative or root-relative link resolves against, so jsoup keeps them as written. */
    private static final String BASE = "https://site.invalid/";

    private HtmlSanitizer() {
    }

    public static Document clean(String html) {
        Document dirty = org.jsoup.Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        keepKnownRoles(clean.body());
        clean.outputSettings().prettyPrint(false);
        return clean;
    }

    /** A role value the ARIA data does not know is taken out (removedParts names it), so the page never says a role no reader knows. */
    private static void keepKnownRoles(org.jsoup.nodes.Element body) {
        for (org.jsoup.nodes.Element element : body.select("[role]")) {
            String known = unknownRoles(element.attr("role")).isEmpty() ? element.attr("role").strip()
                    : String.join(" ", java.util.Arrays.stream(element.attr("role").strip().split("\\s+"))
                    .filter(role -> org.socialcarefuture.northstar.aria.AriaData.isRole(role.toLowerCase(java.util.Locale.ROOT))).toList());
            if (known.isEmpty()) {
                element.removeAttr("role");
            } else {
                element.attr("role", known);
            }
        }
    }

    private static java.util.List<String> unknownRoles(String value) {
        java.util.List<String> unknown = new java.util.ArrayList<>();
        for (String role : value.strip().split("\\s+")) {
            if (!role.isEmpty() && !org.socialcarefuture.northstar.aria.AriaData.isRole(role.toLowerCase(java.util.Locale.ROOT))) {
                unknown.add(role);
            }
        }
        return unknown;
    }

    /**
     * What the cleaner takes out of a piece of pasted HTML that its writer would miss: elements it does not
     * keep ({@code <script>}, {@code <style>}, {@code <form>}, {@code <font>}...) and event handlers
     * ("the onclick= script"). Other attributes it drops (style=, width=) are left unsaid: they are everywhere
     * in HTML pasted from Word, and the page reads the same without them.
     */
    public static java.util.List<String> removedParts(String fragment) {
        org.jsoup.nodes.Element body = org.jsoup.Jsoup.parseBodyFragment(fragment, BASE).body();
        java.util.Set<String> removed = new java.util.LinkedHashSet<>();
        for (org.jsoup.nodes.Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            if (!SAFELIST.isSafeTag(element.normalName())) {
                // Word's own markers (<o:p>, <w:sdt>, <v:shape>...) hold nothing a reader sees, and a <font> or <center>
                // only its look (its words stay): like style=, not worth a warning.
                if (element.normalName().indexOf(':') < 0 && !LOOK_ONLY.contains(element.normalName())) {
                    removed.add("<" + element.normalName() + ">");
                }
                continue;
            }
            for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
                if (key.startsWith("on")) {
                    removed.add("the " + attribute.getKey() + "= script");
                } else if (key.startsWith("aria-") && !KEPT_ARIA.contains(key)) {
                    removed.add(key + "=");
                } else if (key.equals("role")) {
                    for (String role : unknownRoles(attribute.getValue())) {
                        removed.add("role=\"" + role + "\" (not an ARIA role)");
                    }
                } else if (!SAFELIST.isSafeAttribute(element.normalName(), element, attribute) && ACCESSIBLE.contains(key)) {
                    removed.add(key + "= on <" + element.normalName() + ">");
                }
            }
        }
        return java.util.List.copyOf(removed);
    }

    /** Attributes that make markup accessible: when one is dropped (an alt= on a <div>), the writer hears of it. */
    private static final java.util.Set<String> ACCESSIBLE = java.util.Set.of("alt", "scope", "headers", "abbr", "lang", "dir", "title");

    /** A file on the writer's own computer: file:///C:/..., or a Windows path as Word pastes it. */
    private static final java.util.regex.Pattern LOCAL_FILE = java.util.regex.Pattern.compile("(?i)^(?:file:|[a-z]:[\\\\/])");

    /**
     * The pictures and links in pasted HTML that point at files on the writer's own computer (Word pastes a
     * picture as file:///C:/Users/.../clip_image001.jpg): no reader can reach them, so the picture would be missing.
     */
    public static java.util.List<String> localFiles(String fragment) {
        java.util.List<String> found = new java.util.ArrayList<>();
        for (org.jsoup.nodes.Element element : org.jsoup.Jsoup.parseBodyFragment(fragment).select("img[src], a[href]")) {
            String address = element.hasAttr("src") ? element.attr("src") : element.attr("href");
            if (LOCAL_FILE.matcher(address.strip()).find()) {
                found.add(address.strip());
            }
        }
        return found;
    }

    /** The pictures in pasted HTML that load from another site (https://...). */
    public static java.util.List<String> externalPictures(String fragment) {
        java.util.List<String> found = new java.util.ArrayList<>();
        for (org.jsoup.nodes.Element img : org.jsoup.Jsoup.parseBodyFragment(fragment).select("img[src]")) {
            String address = img.attr("src").strip();
            if (address.regionMatches(true, 0, "https://", 0, 8) || address.regionMatches(true, 0, "http://", 0, 7)
                    || address.startsWith("//")) {
                found.add(address);
            }
        }
        return found;
    }

    /** Removes iframes from hosts not on the list; returns the addresses removed, to report them. */
    public static java.util.List<String> removeForeignFrames(org.jsoup.nodes.Element body) {
        java.util.List<String> removed = new java.util.ArrayList<>();
        for (org.jsoup.nodes.Element frame : body.select("iframe")) {
            String src = frame.attr("src");
            String host = "";
            try {
                host = java.net.URI.create(src).getHost();
            } catch (IllegalArgumentException e) {
                // not a usable address: removed below
            }
            if (host == null || !VIDEO_HOSTS.contains(host.toLowerCase(java.util.Locale.ROOT))) {
                removed.add(src.isEmpty() ? "(no address)" : src);
                frame.remove();
            }
        }
        return removed;
    }
}
