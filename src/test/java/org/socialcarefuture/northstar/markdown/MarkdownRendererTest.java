package org.socialcarefuture.northstar.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.content.PageType;

/**
 * Most posts skip the jsoup pass after flexmark (nothing to clean or add); pages with tables,
 * footnotes, pledges or raw HTML take it. Readers must not be able to tell which path a page took.
 */
class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer("/share/mastodon/");
    private final LinkTable links = new LinkTable("/", Map.of("x.md", "x/"), Set.of(), Set.of());

    private static Page page(String body) {
        return new Page("content/x.md", "x.md", PageType.POST, "X", "x", "x/", null, List.of(), List.of(), "", "", "",
                false, List.of(), List.of(), List.of(), false, null, List.of(), List.of(), body, 5, null, null);
    }

    private static final String HEADINGS = """
            ## Don't *panic* & "stay" calm

            Some words.

            ### Costs < benefits, with `code`

            More words, with a [link](x.md).
            """;

    /** ![](photo.jpg) would be published as decoration (alt=""); a volunteer who writes it has forgotten the description. */
    @Test
    void aPictureWithEmptyBracketsIsAnErrorAtItsLineAndDecorationIsSaidOnPurpose() {
        LinkTable withPhoto = new LinkTable("/", Map.of("x.md", "x/"), Set.of("photo.jpg", "border.svg"), Set.of());
        MarkdownRenderer.Rendered rendered = renderer.render(page("Intro.\n\n![](photo.jpg)\n\nText ![ ](border.svg) more.\n"),
                withPhoto, "https://example.org/x/");
        assertEquals(2, rendered.problems().size(), rendered.problems().toString());
        assertEquals(List.of(7, 9), rendered.problems().stream().map(p -> p.line()).toList());
        assertTrue(rendered.problems().stream().allMatch(p -> p.isError() && p.rule().equals("image-alt")));
        assertTrue(rendered.problems().get(0).message().contains("the picture photo.jpg has no description"), rendered.problems().get(0).message());
        assertTrue(rendered.problems().get(0).fix().contains("![decorative](photo.jpg)"), rendered.problems().get(0).fix());

        for (String body : List.of("![decorative](border.svg)\n", "Text ![Decorative ](border.svg) more.\n")) {
            MarkdownRenderer.Rendered decorative = renderer.render(page(body), withPhoto, "https://example.org/x/");
            assertEquals(List.of(), decorative.problems(), body);
            assertEquals("", Jsoup.parseBodyFragment(decorative.html()).selectFirst("img").attr("alt"), body);
            assertTrue(Jsoup.parseBodyFragment(decorative.html()).selectFirst("img").hasAttr("alt"), body);
        }
        MarkdownRenderer.Rendered described = renderer.render(page("![A decorative border of flowers](border.svg)\n"), withPhoto,
                "https://example.org/x/");
        assertEquals("A decorative border of flowers", Jsoup.parseBodyFragment(described.html()).selectFirst("img").attr("alt"),
                "only the single word marks decoration");
    }

    @Test
    void headingsReadStraightFromFlexmarkMatchThoseReadWithJsoup() {
        MarkdownRenderer.Rendered plain = renderer.render(page(HEADINGS), links, "https://example.org/x/");
        MarkdownRenderer.Rendered withTable = renderer.render(page(HEADINGS + "\n| Who | What |\n| --- | --- |\n| a | b |\n"), links,
                "https://example.org/x/");

        assertEquals(withTable.headings(), plain.headings());
        assertEquals("Don’t panic & “stay” calm", plain.headings().get(0).text());
        assertEquals("dont-panic-stay-calm", plain.headings().get(0).id());
        assertEquals(3, plain.headings().get(1).level());
        assertEquals("Costs < benefits, with code", plain.headings().get(1).text());
    }

    @Test
    void bothPathsGiveTheSameDocumentToABrowser() {
        MarkdownRenderer.Rendered plain = renderer.render(page(HEADINGS), links, "https://example.org/x/");
        MarkdownRenderer.Rendered withTable = renderer.render(page(HEADINGS + "\n| Who | What |\n| --- | --- |\n| a | b |\n"), links,
                "https://example.org/x/");

        String plainText = Jsoup.parseBodyFragment(plain.html()).body().text();
        assertTrue(Jsoup.parseBodyFragment(withTable.html()).body().text().startsWith(plainText), plainText);
        assertEquals("/x/", Jsoup.parseBodyFragment(plain.html()).selectFirst("a").attr("href"), "links follow files in both");
    }

    @Test
    void pastedHtmlThatLosesScriptsOrHandlersIsAWarningAtItsLine() {
        // Body line 1 is file line 5 (see page()).
        String body = """
                Intro.

                <script>track()</script>

                <p>Pasted <span onclick="go()">text</span> and <font color="red">red</font>.</p>

                <table style="width:100%"><tr><th scope="col">Who</th></tr></table>

                <!-- a note for the next writer -->
                """;
        MarkdownRenderer.Rendered rendered = renderer.render(page(body), links, "https://example.org/x/");

        List<String> warnings = rendered.problems().stream().map(p -> p.line() + " " + p.message()).toList();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("7 the site takes <script> out of this pasted HTML"), warnings.toString());
        // The font's look goes but its word stays, as with style=: only the script is worth saying.
        assertTrue(warnings.get(1).startsWith("9 the site takes the onclick= script out"), warnings.toString());
        assertTrue(rendered.problems().stream().noneMatch(p -> p.isError()), "the page still publishes");
        assertTrue(rendered.html().contains("Pasted <span>text</span> and red."), rendered.html());
    }

    @Test
    void pastedHtmlCarriesItsLineForTheGate() {
        MarkdownRenderer.Rendered rendered = renderer.render(page("Intro.\n\n<table><tr><td>a</td></tr></table>\n\n</div>\n<p>b</p>\n"),
                links, "https://example.org/x/");

        org.jsoup.nodes.Element body = Jsoup.parseBodyFragment(rendered.html()).body();
        assertEquals("7", body.selectFirst("table").attr("data-src-line"));
        assertEquals("", body.select("p").last().attr("data-src-line"), "a block that opens with a closing tag is left as written");
    }
}
