package org.socialcarefuture.northstar.pledge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.problem.Problem;

/** Pledge cards, their share links and length checks, and link previews for every page. */
class PledgeAndSocialTest {

    static final String PLEDGE = "I pledge. If I'm asked to speak at a conference about social care, I will ask the organisers "
            + "to make sure people who draw on social care take part fully and equally.";

    static final String SITE = """
            -- content/blog/2021-01-18-pledge.md --
            ---
            title: "Social care needs a #MeToo moment"
            date: 2021-01-18
            author: Anna Severwright
            summary: Make the pledge.
            ---
            Intro.

            ```pledge id=speakers hashtags=OurSocialCare
            I pledge. If I'm asked to speak at a conference about social care, I will ask the organisers
            to make sure people who draw on social care take part fully and equally.
            ```
            -- content/about.md --
            ---
            title: About
            image: team.svg
            image_alt: Four convenors standing together
            ---
            Hello.
            -- content/team.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>
            """;

    @TempDir
    Path dir;

    private static Map<String, String> query(String href) {
        Map<String, String> values = new HashMap<>();
        String raw = URI.create(href).getRawQuery();
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return values;
    }

    @Test
    void eachShareLinkCarriesTheTextAndThePageAddress() throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        site.bake();
        Document page = Jsoup.parse(site.file("blog/2021/01/pledge/index.html"));
        Element card = page.getElementById("pledge-speakers");
        String url = "https://example.org/blog/2021/01/pledge/#pledge-speakers";
        String text = PLEDGE + " #OurSocialCare";
        assertEquals(PLEDGE, card.selectFirst("blockquote").text());

        Map<String, String> x = query(card.selectFirst("a.share-x").attr("href"));
        assertTrue(card.selectFirst("a.share-x").attr("href").startsWith("https://x.com/intent/tweet?"));
        assertEquals(text, x.get("text"));
        assertEquals(url, x.get("url"));
        assertEquals(url, query(card.selectFirst("a.share-facebook").attr("href")).get("u"));
        assertEquals(url, query(card.selectFirst("a.share-linkedin").attr("href")).get("url"));
        assertEquals(text + " " + url, query(card.selectFirst("a.share-bluesky").attr("href")).get("text"));
        assertEquals(text + " " + url, query(card.selectFirst("a.share-whatsapp").attr("href")).get("text"));
        assertEquals(text + " " + url, query(card.selectFirst("a.share-mastodon").attr("href")).get("text"));
        assertTrue(card.selectFirst("a.share-mastodon").attr("href").startsWith("/share/mastodon/?"));
        String mail = card.selectFirst("a.share-email").attr("href");
        assertTrue(mail.startsWith("mailto:?"));
        assertEquals(text + "\n\n" + url, URLDecoder.decode(mail.substring(mail.indexOf("body=") + 5), StandardCharsets.UTF_8));
        assertFalse(mail.contains("+"), "spaces are %20, never +");

        Element copy = card.selectFirst("button.pledge-copy");
        assertTrue(copy.hasAttr("hidden"), "the copy button waits for JavaScript");
        assertEquals("status", card.selectFirst(".pledge-status").attr("role"));
        assertTrue(page.select("script[src]").eachAttr("src").stream().allMatch(src -> src.startsWith("/")),
                "no third-party script");
        assertTrue(page.select("iframe, img[src^=http]").isEmpty(), "no third-party frame or pixel");
    }

    @Test
    void anOverlongPledgeFailsWithItsLineAndCount() throws IOException {
        TestSite site = TestSite.of(dir, "-- content/x.md --\n---\ntitle: X\n---\n\n```pledge\n" + "I pledge to act. ".repeat(20) + "\n```\n");
        List<Problem> problems = site.bakeFails();
        Problem problem = problems.stream().filter(p -> p.rule().equals("pledge-length")).findFirst().orElseThrow();
        assertEquals(5, problem.line());
        assertTrue(problem.message().matches(".*the pledge is \\d+ characters on X with the page link; X allows 280.*"), problem.message());
    }

    @Test
    void blueskyCountsGraphemesNotCodeUnits() {
        assertEquals(1, PledgeLength.graphemes("\uD83D\uDC4D\uD83C\uDFFD")); // thumbs up, medium skin tone
        assertEquals(1, PledgeLength.graphemes("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67")); // a family, joined
        assertTrue(PledgeLength.problem("ok", "https://example.org/").isEmpty());
    }

    @Test
    void everyPageHasLinkPreviewMeta() throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        site.bake();
        Document post = Jsoup.parse(site.file("blog/2021/01/pledge/index.html"));
        assertEquals("article", post.select("meta[property=og:type]").attr("content"));
        assertEquals("https://example.org/blog/2021/01/pledge/", post.select("meta[property=og:url]").attr("content"));
        assertEquals("Social care needs a #MeToo moment", post.select("meta[property=og:title]").attr("content"));
        assertEquals("Make the pledge.", post.select("meta[property=og:description]").attr("content"));
        assertEquals("en_GB", post.select("meta[property=og:locale]").attr("content"));
        assertEquals("Social Care Future", post.select("meta[property=og:site_name]").attr("content"));
        assertEquals("2021-01-18T00:00:00Z", post.select("meta[property=article:published_time]").attr("content"));
        assertEquals("Anna Severwright", post.select("meta[property=article:author]").attr("content"));
        assertEquals("https://example.org/blog/2021/01/pledge/card.png", post.select("meta[property=og:image]").attr("content"));
        assertTrue(post.select("meta[property=og:image:alt]").attr("content").startsWith("Card: Social care needs a #MeToo moment."));
        assertEquals("summary_large_image", post.select("meta[name=twitter:card]").attr("content"));

        Document about = Jsoup.parse(site.file("about/index.html"));
        assertEquals("https://example.org/team.svg", about.select("meta[property=og:image]").attr("content"));
        assertEquals("Four convenors standing together", about.select("meta[property=og:image:alt]").attr("content"));
        assertFalse(site.has("about/card.png"), "a page with its own picture gets no card");

        for (String path : List.of("index.html", "blog/index.html", "tags/index.html", "feeds/index.html")) {
            Document page = Jsoup.parse(site.file(path));
            assertEquals("https://example.org/card.png", page.select("meta[property=og:image]").attr("content"), path);
        }
    }

    @Test
    void cardsArePngOfTheRightSizeIdenticalOnRebuildAndCached() throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        site.bake();
        Path card = site.output().resolve("blog/2021/01/pledge/card.png");
        var image = ImageIO.read(card.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        byte[] first = Files.readAllBytes(card);
        Path cache = site.root().resolve(".north-star-cache/cards");
        try (var cached = Files.list(cache)) {
            assertEquals(2, cached.count(), "the page's card and the site's card are cached");
        }
        site.bake();
        assertArrayEquals(first, Files.readAllBytes(site.output().resolve("blog/2021/01/pledge/card.png")));
    }

    @Test
    void thePledgesPageListsEveryPledgeAndSiteJsonCountsThem() throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        site.bake();
        Document pledges = Jsoup.parse(site.file("pledges/index.html"));
        assertEquals(1, pledges.select("figure.pledge").size());
        assertEquals("/blog/2021/01/pledge/#pledge-speakers", pledges.select(".pledge-permalink a").attr("href"));
        assertTrue(site.file("site.json").contains("\"pledge_count\" : 1"));
    }
}
