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
import org.socialcarefuture.northstar.Build;
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

    /** The #MeToo post's pledge as the movement published it: 247 characters. */
    static final String METOO = "I pledge. If I'm asked to speak at a conference or contribute to another kind of public debate about "
            + "social care I will ask organisers to ensure full & equal contribution from people who draw on social care. "
            + "Share if you will pledge #OurSocialCare";

    /** A site whose page address is 70 characters, for a pledge block with these lines. */
    private TestSite pledgeSite(String blockLines) throws IOException {
        return TestSite.of(dir, "-- content/blog/2021-01-18-social-care-needs-a-me-too.md --\n---\ntitle: \"Social care needs a #MeToo moment\"\n"
                + "date: 2021-01-18\nsummary: Make the pledge.\n---\nIntro.\n\n```pledge\n" + blockLines + "\n```\n")
                .baseUrl("https://socialcarefuture.blog/");
    }

    private static final String PAGE = "https://socialcarefuture.blog/blog/2021/01/social-care-needs-a-me-too/";

    @Test
    void theRealMeTooPledgeFitsEveryNetworkWithASeventyCharacterAddress() throws IOException {
        assertEquals(247, METOO.length());
        assertEquals(70, PAGE.length());
        TestSite site = pledgeSite(METOO);
        Build.Result result = site.bake();
        assertTrue(result.warnings().stream().noneMatch(p -> p.rule().equals("pledge-length")), TestSite.lines(result.warnings()));

        // Bluesky's composer shows (and counts) the link as host + 13 characters + "...": 247 + 1 + 37.
        String url = PAGE + "#pledge-1";
        assertEquals(285, SharePlan.Network.BLUESKY.length(METOO, url));
        assertEquals(247 + 1 + 23, SharePlan.Network.X.length(METOO, url), "X counts a link as 23");
        assertEquals(247 + 1 + 23, SharePlan.Network.MASTODON.length(METOO, url), "so does Mastodon");

        Element card = Jsoup.parse(site.file("blog/2021/01/social-care-needs-a-me-too/index.html")).getElementById("pledge-1");
        assertEquals(METOO + " " + url, query(card.selectFirst("a.share-bluesky").attr("href")).get("text"));
        assertEquals(url, query(card.selectFirst("a.share-x").attr("href")).get("url"));
    }

    @Test
    void blueskyShortensLinksAsItsOwnAppDoes() {
        // social-app's toShortUrl: host, then the path, query and fragment cut to 13 characters and "..." when over 15.
        assertEquals("socialcarefuture.blog/blog/2021/01...",
                SharePlan.blueskyShortUrl("https://socialcarefuture.blog/blog/2021/01/social-care-needs-a-me-too/#pledge-1"));
        assertEquals("example.org/about/", SharePlan.blueskyShortUrl("https://example.org/about/"));
        assertEquals("example.org", SharePlan.blueskyShortUrl("https://example.org/"));
        assertEquals("example.org?a=1#top", SharePlan.blueskyShortUrl("http://Example.org:80/?a=1#top"));
        assertEquals("Pledge at example.org/12345678901234",
                SharePlan.blueskyCountable("Pledge at https://example.org/12345678901234"), "15 characters are kept whole");
        assertEquals("Pledge at example.org/123456789012...",
                SharePlan.blueskyCountable("Pledge at https://example.org/123456789012345"));
    }

    @Test
    void blueskyAndMastodonCountGraphemesNotCodeUnits() {
        assertEquals(1, SharePlan.graphemes("\uD83D\uDC4D\uD83C\uDFFD")); // thumbs up, medium skin tone
        assertEquals(1, SharePlan.graphemes("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67")); // a family, joined
        assertEquals(1 + 1 + 23, SharePlan.Network.MASTODON.length("\uD83D\uDC4D\uD83C\uDFFD", "https://example.org/a/very/long/address/indeed"));
    }

    @Test
    void aPledgeTooLongForXWithItsLinkWarnsAndXSharesItWithoutTheLink() throws IOException {
        String pledge = "I pledge to ask for full and equal contribution from people who draw on social care. ".repeat(3) + "Share.";
        assertEquals(261, pledge.length());
        TestSite site = pledgeSite(pledge);
        Build.Result result = site.bake();
        List<Problem> warnings = result.warnings().stream().filter(p -> p.rule().equals("pledge-length")).toList();
        assertEquals(1, warnings.size(), TestSite.lines(result.warnings()));
        assertEquals(8, warnings.get(0).line(), "the line of the pledge block");
        assertTrue(warnings.get(0).message().contains("the pledge is 285 characters on X with the page link; X allows 280, so its X"
                + " button shares it without the link"), warnings.get(0).message());

        Element card = Jsoup.parse(site.file("blog/2021/01/social-care-needs-a-me-too/index.html")).getElementById("pledge-1");
        String x = card.selectFirst("a.share-x").attr("href");
        assertEquals(pledge, query(x).get("text"));
        assertFalse(x.contains("&url="), x);
        assertEquals(261 + 1 + 37, SharePlan.Network.BLUESKY.length(pledge, PAGE + "#pledge-1"));
        assertEquals(pledge + " " + PAGE + "#pledge-1", query(card.selectFirst("a.share-bluesky").attr("href")).get("text"),
                "Bluesky counts the link in its short form, so the pledge fits there with it");
    }

    @Test
    void aShareLineGivesTheNetworksThePledgeIsTooLongForAShorterText() throws IOException {
        String pledge = ("I pledge to ask for full and equal contribution from people who draw on social care, wherever I am asked to "
                + "speak. ").repeat(3).strip();
        assertEquals(344, pledge.length());
        String shorter = "I pledge to ask for full and equal contribution from people who draw on social care.";
        TestSite site = pledgeSite(pledge + "\nshare: " + shorter);
        Build.Result result = site.bake();
        List<Problem> warnings = result.warnings().stream().filter(p -> p.rule().equals("pledge-length")).toList();
        assertEquals(2, warnings.size(), TestSite.lines(result.warnings()));
        assertTrue(warnings.stream().allMatch(w -> w.message().endsWith("button shares the shorter share: text")), TestSite.lines(warnings));
        assertTrue(warnings.stream().anyMatch(w -> w.message().startsWith("the pledge is 368 characters on X with the page link")),
                TestSite.lines(warnings));
        assertTrue(warnings.stream().anyMatch(w -> w.message().startsWith("the pledge is 382 characters on Bluesky with the page link")),
                TestSite.lines(warnings));

        Element card = Jsoup.parse(site.file("blog/2021/01/social-care-needs-a-me-too/index.html")).getElementById("pledge-1");
        assertEquals(pledge, card.selectFirst("blockquote").text(), "the card shows the whole pledge, not the share: line");
        String url = PAGE + "#pledge-1";
        assertEquals(shorter, query(card.selectFirst("a.share-x").attr("href")).get("text"));
        assertEquals(url, query(card.selectFirst("a.share-x").attr("href")).get("url"));
        assertEquals(shorter + " " + url, query(card.selectFirst("a.share-bluesky").attr("href")).get("text"));
        assertEquals(pledge + " " + url, query(card.selectFirst("a.share-mastodon").attr("href")).get("text"),
                "Mastodon takes 500, so it gets the whole pledge");
        assertEquals(pledge + " " + url, query(card.selectFirst("a.share-whatsapp").attr("href")).get("text"));
    }

    @Test
    void onlyAPledgeThatFitsNoNetworkStopsTheBuild() throws IOException {
        String pledge = "I pledge to ask for full and equal contribution from people who draw on social care. ".repeat(7).strip();
        List<Problem> problems = pledgeSite(pledge).bakeFails();
        Problem problem = problems.stream().filter(p -> p.rule().equals("pledge-length")).findFirst().orElseThrow();
        assertTrue(problem.isError());
        assertEquals(8, problem.line());
        int length = pledge.length();
        assertTrue(length > 500);
        assertEquals("the pledge fits no network: even without the page link, it is " + length + " characters on X (it allows 280), "
                + length + " characters on Bluesky (it allows 300), " + length + " characters on Mastodon (it allows 500)",
                problem.message());
        assertTrue(problem.fix().contains("share:"), problem.fix());

        assertTrue(pledgeSite(pledge + "\nshare: I pledge to ask for full and equal contribution.").bake().warnings().stream()
                .anyMatch(p -> p.rule().equals("pledge-length")), "a share: line makes it fit, with warnings");
        assertTrue(pledgeSite(pledge + "\nshare:").bakeFails().stream().anyMatch(p -> p.rule().equals("pledge-share") && p.line() == 8),
                "an empty share: line is an error");
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

        for (String path : List.of("index.html", "blog/index.html", "search/index.html", "feeds/index.html")) {
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
