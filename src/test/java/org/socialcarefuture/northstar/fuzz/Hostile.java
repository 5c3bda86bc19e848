package org.socialcarefuture.northstar.fuzz;

import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** The pieces the fuzz tests build their input from, and the one thing no output may ever contain. */
final class Hostile {

    private Hostile() {
    }

    /** YAML's syntax, our keys and values, and the shapes volunteers get wrong. */
    static final List<String> YAML = List.of("---", "\n", "title: ", "date: ", "tags: ", "author: ", "authors: ", "summary: ",
            "status: ", "draft", "type: ", "slug: ", "aliases: ", "image: ", "image_alt: ", "to: ", "signatories:\n  - name: ",
            "a11y_ignore:\n  - rule: ", "language_ignore: [{phrase: ", "reason: ", "2021-02-31", "2021-03-15T14:30", "1st March",
            "- ", "[", "]", "{", "}", ", ", ": ", "\"", "'", "#", "&a ", "*a", "!!binary ", "!!python/object ", "? ", "|\n", ">\n",
            "\t", "  ", "~", "null", "yes", "0x1F", "1e9", "%YAML 1.1\n", "<<: *a", "\u00a0", "\u2028", "\ufeff", "é", "😀", "\\",
            "javascript:alert(1)", "../../etc/passwd", "/", "https://evil.example/", "<script>alert(1)</script>");

    /** Markdown's syntax, and HTML a page must never carry out: scripts, handlers, script URLs, frames, mXSS shapes. */
    static final List<String> MARKDOWN = List.of("\n", "\n\n", "# ", "## ", "> ", "- ", "1. ", "    ", "```", "```pledge\n",
            "```pledge id=x hashtags=A\n", "share: ", "~~~", "* ", "**", "_", "__", "`", "[", "]", "(", ")", "![", "](",
            "[link](https://example.org/)", "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](java\tscript:alert(1))",
            "[x](data:text/html,<script>alert(1)</script>)", "![](x.png)", "![decorative](x.png)", "![a](file:///C:/x.png)",
            "![a](icon:home)", "[^1]", "[^1]: note", "| a | b |\n| --- | --- |\n| 1 | 2 |\n", "---\n", "***", "<", ">", "&", "&amp;",
            "&#106;avascript:", "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>", "<img src=\"x\" onerror=\"alert(1)\" alt=\"a\">", "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\" javascript:alert(1)\">x</a>", "<a href=\"&#x6a;avascript:alert(1)\">x</a>", "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<iframe src=\"javascript:alert(1)\"></iframe>", "<iframe src=\"https://www.youtube-nocookie.com/embed/x\" title=\"v\">"
                    + "</iframe>", "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>", "<object data=x></object>",
            "<embed src=x>", "<form action=https://evil.example><input name=a></form>", "<style>@import 'x'</style>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>", "<div onmouseover=\"alert(1)\">x</div>", "<!--", "-->",
            "<![CDATA[", "]]>", "<base href=https://evil.example/>", "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">",
            "<link rel=import href=x>", "<table><tr><td>x</td></tr></table>", "<details open ontoggle=alert(1)>",
            "<body onload=alert(1)>", "<p>", "</p>", "<div>", "</div>", "<o:p></o:p>", "<font color=red>", "‘", "’", "“", "”",
            "service users", "the vulnerable", "click here", "\u0000", "\u202e", "\ufeff", "😀", "é");

    /** Text made of pieces, and of anything at all. */
    static Arbitrary<String> text(List<String> pieces, int maxPieces) {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(pieces)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(4)));
        return piece.list().ofMaxSize(maxPieces).map(list -> String.join("", list));
    }

    /** What no page may ever run: a script element, an event handler, or a script or data address. */
    static String scriptIn(String html) {
        Document page = Jsoup.parse(html);
        for (Element element : page.getAllElements()) {
            // The theme's own scripts are files under /js/ (and the home page's JSON data block runs nothing).
            boolean theTheme = element.attr("src").startsWith("/js/") || element.attr("type").equals("application/json")
                    || element.attr("type").equals("application/ld+json");
            if (element.normalName().equals("script") && !theTheme) {
                return "a <script> element: " + element.outerHtml();
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    return "an event handler: " + element.outerHtml();
                }
                if ((name.equals("href") || name.equals("src") || name.equals("action") || name.equals("formaction")
                        || name.equals("data") || name.equals("srcdoc")) && (value.startsWith("javascript:")
                        || value.startsWith("vbscript:") || value.startsWith("data:") || name.equals("srcdoc"))) {
                    return "a script address: " + element.outerHtml();
                }
            }
        }
        return null;
    }
}
