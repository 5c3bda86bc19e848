package org.socialcarefuture.northstar.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/** A heading in a rendered page, for tables of contents: level 2-6, its id and its text. */
public record Heading(int level, String id, String text) {

    /** A heading as flexmark writes it: {@code <h2 id="..." ...>text</h2>}, on one line. */
    private static final Pattern RENDERED = Pattern.compile("<h([2-6]) id=\"([^\"]*)\"[^>]*>(.*?)</h\\1>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /**
     * The headings of flexmark's own output (no raw HTML in it, so its shape is known), read without
     * parsing the whole body into a DOM: their text is the markup with tags removed and entities decoded,
     * as a browser would show it.
     */
    public static List<Heading> fromHtml(String html) {
        List<Heading> headings = new ArrayList<>();
        Matcher matcher = RENDERED.matcher(html);
        for (int at = html.indexOf("<h"); at >= 0; at = html.indexOf("<h", at + 2)) {
            if (!matcher.region(at, html.length()).lookingAt()) {
                continue; // <hr>, <header> or a level-one heading
            }
            String text = Parser.unescapeEntities(TAG.matcher(matcher.group(3)).replaceAll(""), false);
            headings.add(new Heading(matcher.group(1).charAt(0) - '0', Parser.unescapeEntities(matcher.group(2), true),
                    text.strip().replaceAll("\\s+", " ")));
        }
        return headings;
    }
}
