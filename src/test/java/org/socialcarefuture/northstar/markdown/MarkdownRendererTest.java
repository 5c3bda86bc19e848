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
                false, List.of(), List.of(), List.of(), false, null, List.of(), List.of(), body, 5);
    }

    private static final String HEADINGS = """
            ## Don't *panic* & "stay" calm

            Some words.

            ### Costs < benefits, with `code`

            More words, with a [link](x.md).
            """;

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
}
