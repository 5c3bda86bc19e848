package org.socialcarefuture.northstar.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.TestSite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

/** Feeds, parsed back and held to the rules the W3C feed validator and the JSON Feed spec check. */
class FeedsIT {

    static final String SITE = """
            -- content/blog/2021-01-18-pledge.md --
            ---
            title: "Pledge & promise"
            date: 2021-01-18T09:30
            author: Anna Severwright
            tags: [pledge]
            summary: Make the pledge.
            ---
            See [the vision](../vision.md) and ![a house](../images/house.svg)

            ```pledge
            I pledge to ask organisers to include people who draw on social care.
            ```
            -- content/blog/2021-01-18-pledge.easy.md --
            ---
            title: The pledge in easy read
            ---
            ![Talking](icon:talk) A promise.
            -- content/blog/2020-06-10-older.md --
            ---
            title: Older post
            date: 2020-06-10
            authors: [Neil Crowther]
            ---
            Text.
            -- content/newsletters/2021-03-22-spring.md --
            ---
            title: Spring Update
            date: 2021-03-22
            ---
            ## Coming up

            Read [the pledge](../blog/2021-01-18-pledge.md) and see ![our logo](../images/house.svg)
            -- content/vision.md --
            ---
            title: Vision
            ---
            Home.
            -- content/images/house.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>
            """;

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void bake() throws IOException {
        site = TestSite.of(dir, SITE).baseUrl("https://example.org/movement/");
        site.bake();
    }

    private SyndFeed parse(String path) throws Exception {
        return new SyndFeedInput().build(new StringReader(site.file(path)));
    }

    @Test
    void everyFeedParsesBackWithRome() throws Exception {
        for (String path : List.of("feed.xml", "atom.xml", "blog/feed.xml", "blog/atom.xml", "newsletters/feed.xml",
                "tags/pledge/feed.xml", "authors/neil-crowther/atom.xml")) {
            assertNotNull(parse(path).getTitle(), path);
        }
        assertFalse(site.has("letters/feed.xml") || site.has("letters/index.html"), "a site with no letters has no letters' list or feed");
        assertEquals(List.of("Pledge & promise", "Older post"), parse("blog/feed.xml").getEntries().stream().map(SyndEntry::getTitle).toList());
        assertEquals(List.of("Spring Update", "Pledge & promise", "Older post"),
                parse("feed.xml").getEntries().stream().map(SyndEntry::getTitle).toList(), "newest first");
    }

    @Test
    void rssFollowsTheRulesTheW3cValidatorChecks() throws IOException {
        Document rss = Jsoup.parse(site.file("blog/feed.xml"), "", Parser.xmlParser());
        Element channel = rss.selectFirst("rss[version=2.0] > channel");
        assertNotNull(channel);
        for (String required : List.of("title", "link", "description")) {
            assertFalse(channel.select("> " + required).text().isBlank(), "channel needs " + required);
        }
        Set<String> guids = new HashSet<>();
        Pattern rfc822 = Pattern.compile("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} (GMT|[+-]\\d{4})$");
        for (Element item : channel.select("> item")) {
            assertTrue(rfc822.matcher(item.selectFirst("pubDate").text()).matches(), item.selectFirst("pubDate").text());
            assertTrue(URI.create(item.selectFirst("link").text()).isAbsolute());
            assertTrue(guids.add(item.selectFirst("guid").text()), "guids are unique");
            String content = item.selectFirst("content|encoded").text();
            Matcher urls = Pattern.compile("(?:href|src)=\"([^\"]*)\"").matcher(content);
            while (urls.find()) {
                assertTrue(urls.group(1).startsWith("https://") || urls.group(1).startsWith("mailto:"), "absolute: " + urls.group(1));
            }
            assertFalse(content.contains("data-src-line"), "no build markers in feeds");
        }
        assertTrue(site.file("blog/feed.xml").contains("<?xml-stylesheet type=\"text/xsl\" href=\"/movement/feed.xsl\"?>"));
        assertTrue(site.has("feed.xsl"));
    }

    @Test
    void atomHasIdsDatesSelfLinkAndTheEasyReadAlternate() throws IOException {
        Document atom = Jsoup.parse(site.file("blog/atom.xml"), "", Parser.xmlParser());
        Element feed = atom.selectFirst("feed");
        assertEquals("https://example.org/movement/blog/atom.xml", feed.selectFirst("> link[rel=self]").attr("href"));
        assertFalse(feed.selectFirst("> id").text().isBlank());
        OffsetDateTime.parse(feed.selectFirst("> updated").text()); // RFC 3339
        Element first = feed.selectFirst("> entry");
        assertEquals("https://example.org/movement/blog/2021/01/pledge/", first.selectFirst("id").text());
        OffsetDateTime.parse(first.selectFirst("updated").text());
        assertEquals("Anna Severwright", first.select("author > name").text());
        assertEquals("https://example.org/movement/blog/2021/01/pledge/easy-read/",
                first.selectFirst("link[title=Easy read]").attr("href"));
    }

    @Test
    void jsonFeedHasTheSpecsRequiredFields() throws IOException {
        JsonNode feed = new ObjectMapper().readTree(site.file("blog/feed.json"));
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asText());
        assertEquals("https://example.org/movement/blog/feed.json", feed.get("feed_url").asText());
        assertFalse(feed.get("title").asText().isBlank());
        Set<String> ids = new HashSet<>();
        for (JsonNode item : feed.get("items")) {
            assertTrue(ids.add(item.get("id").asText()));
            assertTrue(item.has("content_html"));
            OffsetDateTime.parse(item.get("date_published").asText());
        }
        JsonNode first = feed.get("items").get(0);
        assertEquals("https://example.org/movement/blog/2021/01/pledge/easy-read/", first.get("_north_star").get("easy_read_url").asText());
        assertEquals("pledge", first.get("tags").get(0).asText());
    }

    @Test
    void feedsAreLimitedAndIdenticalOnRebuild() throws IOException {
        String before = site.file("feed.xml");
        site.bake();
        assertEquals(before, site.file("feed.xml"), "no build time in feeds");
    }

    @Test
    void everyPageAdvertisesItsFeedsAndTheFeedsPageExplainsThem() throws IOException {
        Document home = Jsoup.parse(site.file("index.html"));
        assertEquals("/movement/feed.xml", home.select("link[rel=alternate][type=application/rss+xml]").attr("href"));
        assertEquals("/movement/atom.xml", home.select("link[rel=alternate][type=application/atom+xml]").attr("href"));
        Document tag = Jsoup.parse(site.file("tags/pledge/index.html"));
        assertTrue(tag.select("link[rel=alternate]").eachAttr("href").contains("/movement/tags/pledge/feed.xml"));
        Document feeds = Jsoup.parse(site.file("feeds/index.html"));
        assertTrue(feeds.text().contains("A feed is a list of our newest posts"));
        assertTrue(feeds.select("a").eachAttr("href").contains("/movement/blog/feed.xml"));
    }

    @Test
    void searchIndexHoldsEveryPageWithEasyReadMarked() throws IOException {
        JsonNode index = new ObjectMapper().readTree(site.file("search-index.json"));
        JsonNode easy = null;
        for (JsonNode doc : index) {
            if (doc.get("u").asText().equals("/movement/blog/2021/01/pledge/easy-read/")) {
                easy = doc;
            }
        }
        assertNotNull(easy);
        assertEquals(1, easy.get("e").asInt());
        assertTrue(site.file("search/index.html").contains("search-index.json"));
    }

    @Test
    void newslettersHaveEmailVersionsWithAbsoluteLinks() throws IOException {
        Document email = Jsoup.parse(site.file("newsletters/2021/03/spring/email.html"));
        assertEquals("View this newsletter in your browser", email.select("a").first().text());
        assertEquals("https://example.org/movement/newsletters/2021/03/spring/", email.select("a").first().attr("href"));
        for (Element link : email.select("a[href], img[src]")) {
            String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
            assertTrue(url.startsWith("https://"), "absolute: " + url);
        }
        assertEquals("our logo", email.selectFirst("img").attr("alt"));
        assertTrue(email.selectFirst("h2").attr("style").contains("font-size"), "styles are inline");
        assertTrue(email.select("table, link[rel=stylesheet], script").isEmpty(), "no layout tables, style sheets or script");
        String text = site.file("newsletters/2021/03/spring/email.txt");
        assertTrue(text.contains("View in your browser: https://example.org/movement/newsletters/2021/03/spring/"), text);
        assertTrue(text.contains("the pledge (https://example.org/movement/blog/2021/01/pledge/)"), text);
        assertTrue(text.contains("[Picture: our logo]"), text);
    }
}
