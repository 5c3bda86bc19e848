package org.socialcarefuture.northstar.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.Build;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.config.BuildOptions;
import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.starter.NewSite;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

/**
 * Every feed and calendar the build writes, checked by the standards' own schemas with tools nobody on the project
 * wrote: Atom against RFC 4287's RELAX NG schema (jing), JSON Feed against its JSON Schema (networknt), RSS 2.0 for
 * the elements its specification requires and a guid that stays the same, and each .ics through ical4j's validation.
 * On the movement's own site (content/ and site.yml) and on the site `new site` makes for another group.
 * The schemas are vendored under src/test/resources/feeds/ (SOURCE.txt there says where from).
 */
class FeedStandardsIT {

    private static final Clock CLOCK = Clock.fixed(TestSite.TODAY, ZoneOffset.UTC);

    @TempDir
    static Path dir;

    /** The two sites, baked once: name, then the folder of the published site. */
    private static final Map<String, Path> SITES = new LinkedHashMap<>();

    @BeforeAll
    static void bakeBothSites() throws Exception {
        Path movement = dir.resolve("movement");
        Build.bake(new BuildOptions(Path.of("content"), Path.of("themes/default"), movement,
                SiteConfig.load(Path.of("site.yml")).withSocialCards(false), false, CLOCK));
        SITES.put("the movement's site", movement);
        SITES.put("the starter site", bakeStarter(dir.resolve("starter"), CLOCK));
    }

    private static Path bakeStarter(Path root, Clock clock) throws Exception {
        NewSite.write(root, "Leeds Carers Voice", LocalDate.of(2026, 11, 24), new NewSite.Release("9.9.9", "blog.socialcarefuture",
                "north-star"));
        Path out = root.resolve("target/site");
        Build.bake(new BuildOptions(root.resolve("content"), root.resolve("themes/default"), out,
                SiteConfig.load(root.resolve("site.yml")).withSocialCards(false), false, clock));
        return out;
    }

    private static List<Path> files(Path site, String name) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.getFileName().toString().equals(name) || (name.startsWith("*") && p.toString().endsWith(name.substring(1))))
                    .sorted().toList();
        }
    }

    // --- Atom

    @Test
    void everyAtomFeedIsValidByRfc4287sSchemaAndItsTwoRulesBeyondIt() throws Exception {
        for (Map.Entry<String, Path> site : SITES.entrySet()) {
            List<Path> feeds = files(site.getValue(), "atom.xml");
            assertFalse(feeds.isEmpty(), site.getKey() + " has Atom feeds");
            List<String> failures = new ArrayList<>();
            for (Path feed : feeds) {
                List<String> errors = jing(feed);
                errors.addAll(schematronRules(Files.readString(feed)));
                for (String error : errors) {
                    failures.add(site.getValue().relativize(feed) + ": " + error);
                }
            }
            assertEquals(List.of(), failures, site.getKey() + ": " + feeds.size() + " Atom feeds");
        }
    }

    private static List<String> jing(Path file) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        assertTrue(driver.loadSchema(ValidationDriver.fileInputSource(Path.of("src/test/resources/feeds/atom-rfc4287.rnc").toFile())),
                "the schema loads: " + errors);
        boolean valid = driver.validate(ValidationDriver.fileInputSource(file.toFile()));
        assertEquals(valid, errors.isEmpty(), errors.toString());
        return errors;
    }

    /**
     * The schema's two Schematron rules, which jing does not run: a feed without an author needs one on every entry,
     * and every entry has an alternate link or content. And the issue's own finding: no author's name is empty.
     */
    private static List<String> schematronRules(String atom) {
        List<String> errors = new ArrayList<>();
        Document feed = Jsoup.parse(atom, "", Parser.xmlParser());
        boolean feedAuthor = !feed.select("feed > author").isEmpty();
        for (Element entry : feed.select("feed > entry")) {
            String id = entry.select("> id").text();
            if (!feedAuthor && entry.select("> author").isEmpty()) {
                errors.add(id + ": an entry with no author, in a feed with none");
            }
            if (entry.select("> link[rel=alternate], > link:not([rel])").isEmpty() && entry.select("> content").isEmpty()) {
                errors.add(id + ": an entry with neither an alternate link nor content");
            }
        }
        for (Element name : feed.select("author > name")) {
            if (name.text().isBlank()) {
                errors.add("an author whose name is empty: " + name.parent().outerHtml());
            }
        }
        return errors;
    }

    @Test
    void theAtomCheckFindsWhatIsWrong() throws Exception {
        // The checks must be able to fail: an empty feed with no updated and an entry whose author has no name.
        Path bad = dir.resolve("bad-atom.xml");
        Files.writeString(bad, "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title><id>https://example.org/</id>"
                + "<entry><title>y</title><id>https://example.org/y/</id><updated>2021-01-18T00:00:00Z</updated>"
                + "<author><name></name></author></entry></feed>");
        List<String> errors = jing(bad);
        assertTrue(errors.stream().anyMatch(e -> e.contains("updated")), errors.toString());
        List<String> rules = schematronRules(Files.readString(bad));
        assertTrue(rules.stream().anyMatch(e -> e.contains("name is empty")), rules.toString());
        assertTrue(rules.stream().anyMatch(e -> e.contains("neither an alternate link nor content")), rules.toString());
    }

    // --- JSON Feed

    private static final Schema JSON_FEED = loadJsonFeedSchema();

    private static Schema loadJsonFeedSchema() {
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(Files.readString(Path.of("src/test/resources/feeds/jsonfeed-schema-v1.1.json")), InputFormat.JSON);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyJsonFeedIsValidByTheJsonFeed11Schema() throws Exception {
        for (Map.Entry<String, Path> site : SITES.entrySet()) {
            List<Path> feeds = files(site.getValue(), "feed.json");
            assertFalse(feeds.isEmpty(), site.getKey() + " has JSON feeds");
            List<String> failures = new ArrayList<>();
            for (Path feed : feeds) {
                String json = Files.readString(feed);
                JSON_FEED.validate(json, InputFormat.JSON).forEach(e -> failures.add(site.getValue().relativize(feed) + ": " + e));
                assertTrue(json.contains("\"version\" : \"https://jsonfeed.org/version/1.1\""), feed.toString());
            }
            assertEquals(List.of(), failures, site.getKey() + ": " + feeds.size() + " JSON feeds");
        }
        // And the schema can fail: an item without its id, an author that is not an object.
        List<com.networknt.schema.Error> errors = JSON_FEED.validate("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"x\","
                + "\"items\":[{\"url\":\"https://example.org/\",\"authors\":[\"Jo\"]}]}", InputFormat.JSON);
        assertTrue(errors.size() >= 2, errors.toString());
    }

    // --- RSS 2.0

    @Test
    void everyRssFeedHasWhatRss20RequiresAndEachItemAGuidThatIsItsPermalink() throws Exception {
        for (Map.Entry<String, Path> site : SITES.entrySet()) {
            List<Path> feeds = new ArrayList<>(files(site.getValue(), "feed.xml"));
            feeds.addAll(files(site.getValue(), "podcast.xml"));
            assertFalse(feeds.isEmpty(), site.getKey() + " has RSS feeds");
            List<String> failures = new ArrayList<>();
            for (Path feed : feeds) {
                rss20(Files.readString(feed)).forEach(e -> failures.add(site.getValue().relativize(feed) + ": " + e));
            }
            assertEquals(List.of(), failures, site.getKey() + ": " + feeds.size() + " RSS feeds");
        }
    }

    /** What the RSS 2.0 specification requires (www.rssboard.org/rss-specification), and guids as permalinks. */
    private static List<String> rss20(String xml) {
        List<String> errors = new ArrayList<>();
        Document rss = Jsoup.parse(xml, "", Parser.xmlParser());
        Element root = rss.selectFirst("rss");
        if (root == null || !root.attr("version").equals("2.0")) {
            return List.of("the root is not <rss version=\"2.0\">");
        }
        List<Element> channels = root.select("> channel");
        if (channels.size() != 1) {
            return List.of(channels.size() + " channels; RSS 2.0 has one");
        }
        Element channel = channels.get(0);
        for (String required : List.of("title", "link", "description")) {
            if (channel.select("> " + required).text().isBlank()) {
                errors.add("the channel has no " + required);
            }
        }
        Set<String> guids = new HashSet<>();
        for (Element item : channel.select("> item")) {
            String title = item.select("> title").text();
            if (title.isBlank() && item.select("> description").text().isBlank()) {
                errors.add("an item with neither title nor description");
            }
            Element guid = item.selectFirst("> guid");
            String link = item.select("> link").text();
            if (guid == null || guid.text().isBlank()) {
                errors.add(title + ": no guid");
                continue;
            }
            if (!guids.add(guid.text())) {
                errors.add(title + ": the guid " + guid.text() + " is another item's too");
            }
            if (!guid.attr("isPermaLink").equals("false") && !guid.text().matches("https?://.+")) {
                errors.add(title + ": the guid is a permalink but not an address: " + guid.text());
            }
            if (!guid.text().equals(link)) {
                errors.add(title + ": the guid " + guid.text() + " is not the item's link " + link);
            }
            for (Element said : item.select("> category, > author, > *|creator")) {
                if (said.text().isBlank()) {
                    errors.add(title + ": an empty <" + said.tagName() + ">");
                }
            }
            String date = item.select("> pubDate").text();
            try {
                ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME);
            } catch (RuntimeException e) {
                errors.add(title + ": pubDate \"" + date + "\" is not an RFC 822 date");
            }
        }
        return errors;
    }

    @Test
    void theGuidsStayTheSameInALaterBake() throws Exception {
        // The same content baked a week later: every item keeps its guid, so no reader shows a post as new twice.
        Path later = bakeStarter(dir.resolve("starter-later"), Clock.fixed(TestSite.TODAY.plusSeconds(7 * 86400), ZoneOffset.UTC));
        Path first = SITES.get("the starter site");
        for (Path feed : files(first, "feed.xml")) {
            Path again = later.resolve(first.relativize(feed).toString());
            assertEquals(guids(Files.readString(feed)), guids(Files.readString(again)), first.relativize(feed).toString());
        }
        assertFalse(guids(Files.readString(first.resolve("feed.xml"))).isEmpty(), "the site feed has items");
    }

    private static List<String> guids(String rss) {
        return Jsoup.parse(rss, "", Parser.xmlParser()).select("item > guid").eachText();
    }

    // --- calendars

    @Test
    void everyCalendarFilePassesIcal4jsValidation() throws Exception {
        int calendars = 0;
        for (Map.Entry<String, Path> site : SITES.entrySet()) {
            List<String> failures = new ArrayList<>();
            for (Path ics : files(site.getValue(), "*.ics")) {
                calendars++;
                Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(ics)));
                var result = calendar.validate();
                result.getEntries().stream().filter(e -> e.getSeverity() == net.fortuna.ical4j.validate.ValidationEntry.Severity.ERROR)
                        .forEach(e -> failures.add(site.getValue().relativize(ics) + ": " + e));
                assertFalse(calendar.getComponents("VEVENT").isEmpty(), ics + " has its event");
            }
            assertEquals(List.of(), failures, site.getKey());
        }
        assertTrue(calendars > 0, "the movement's site has events, each with its calendar file");
    }
}
