package org.socialcarefuture.northstar.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialcarefuture.northstar.Build;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.config.BuildOptions;
import org.socialcarefuture.northstar.problem.Problem;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

/** Events: their pages and list, upcoming and past from the build's date, calendar files, and every bad input. */
class EventsTest {

    /** The build's date in these tests: 24 November 2026 (TestSite.TODAY). */
    static final String SITE = """
            -- content/events/summer-webinar.md --
            ---
            title: Webinar on contributions
            summary: An hour on charges.
            start: 2027-06-10 14:30
            end: 2027-06-10 15:30
            online: true
            joining: https://example.org/join
            organiser: Social Care Future
            access: [captions, breaks, "Slides sent the day before"]
            ---
            What we will talk about.
            -- content/events/winter-gathering.md --
            ---
            title: Winter gathering
            start: 2027-01-20 10:00
            end: 2027-01-20 16:00
            location: "The Civic Hall, Leeds LS1 1UR"
            booking: https://example.org/book
            cost: Free
            access: [bsl, step-free, hearing-loop, quiet-space]
            ---
            A day together.
            -- content/events/called-off.md --
            ---
            title: Called off
            start: 2027-03-01 18:00
            location: "Sunderland"
            status: cancelled
            ---
            Sorry.
            -- content/events/new-york.md --
            ---
            title: A talk in New York
            start: 2027-02-01 09:00
            timezone: America/New_York
            location: "New York"
            ---
            Across the sea.
            -- content/events/last-spring.md --
            ---
            title: Last spring's session
            start: 2026-04-15 14:30
            end: 2026-04-15 15:30
            online: true
            joining: link sent on booking
            ---
            Done.
            -- content/events/last-winter.md --
            ---
            title: Last winter's session
            start: 2026-01-22 14:30
            online: true
            joining: link sent on booking
            ---
            Done too.
            """;

    @TempDir
    Path dir;

    @Test
    void theEventsPageListsWhatIsComingSoonestFirstThenWhatIsPastNewestFirst() throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        site.bake();
        Document events = Jsoup.parse(site.file("events/index.html"));
        assertEquals(List.of("Winter gathering", "A talk in New York", "Called off", "Webinar on contributions"),
                events.select("section[aria-labelledby=upcoming] .card-title").eachText());
        assertEquals(List.of("Last spring's session", "Last winter's session"), events.select("section[aria-labelledby=past] .card-title").eachText());
        assertEquals("Cancelled", events.select(".event-card:has(a:contains(Called off)) .event-status").text());
        assertEquals("webcal://example.org/events/calendar.ics", events.select(".calendar-subscribe a").first().attr("href"));
        assertEquals("Wednesday 20 January 2027, 10am to 4pm (UK time)", events.select(".event-when").first().text());
        assertTrue(events.select(".event-when").eachText().contains("Monday 1 February 2027, 9am (New York time)"));

        Document home = Jsoup.parse(site.file("index.html"));
        assertEquals(List.of("Winter gathering", "A talk in New York", "Called off"), home.select(".home-events .card-title").eachText(),
                "the home page shows the next three");
        assertTrue(Jsoup.parse(site.file("about/index.html".replace("about/", ""))).select("nav.main-nav a").eachText().contains("Events"));
    }

    @Test
    void anEventsPageSaysWhenWhereItsAccessAndHowToAddItToACalendar() throws IOException {
        TestSite site = TestSite.of(dir, SITE);
        site.bake();
        Document page = Jsoup.parse(site.file("events/winter-gathering/index.html"));
        assertEquals("Wednesday 20 January 2027, 10am to 4pm (UK time)", page.select(".event-details time").text());
        assertEquals("2027-01-20T10:00Z", page.select(".event-details time").attr("datetime"));
        assertEquals("The Civic Hall, Leeds LS1 1UR", page.select(".event-details dd").get(1).text());
        assertEquals(List.of("British Sign Language (BSL) interpreters", "Step-free access", "A hearing loop", "A quiet space"),
                page.select(".access-panel li").eachText());
        assertEquals("https://example.org/book", page.select(".event-details a.button").attr("href"));

        Document summer = Jsoup.parse(site.file("events/summer-webinar/index.html"));
        assertEquals("2027-06-10T14:30+01:00", summer.select(".event-details time").attr("datetime"), "British Summer Time");
        assertEquals(List.of("Live captions", "Regular breaks", "Slides sent the day before"), summer.select(".access-panel li").eachText());
        assertEquals("https://example.org/join", summer.select(".event-details dd a").attr("href"));
        Map<String, String> google = query(summer.select(".add-to-calendar a:contains(Google)").attr("href"));
        assertEquals("20270610T133000Z/20270610T143000Z", google.get("dates"), "UTC: 14:30 BST is 13:30");
        assertEquals("Webinar on contributions", google.get("text"));
        Map<String, String> outlook = query(summer.select(".add-to-calendar a:contains(Outlook.com)").attr("href"));
        assertEquals("2027-06-10T14:30+01:00", outlook.get("startdt"));
        assertEquals("/events/summer-webinar/summer-webinar.ics", summer.select(".add-to-calendar a[download]").attr("href"));

        String jsonLd = summer.select("script[type=application/ld+json]").html();
        assertTrue(jsonLd.contains("\"@type\":\"Event\"") && jsonLd.contains("\"startDate\":\"2027-06-10T14:30+01:00\"")
                && jsonLd.contains("OnlineEventAttendanceMode"), jsonLd);

        Document cancelled = Jsoup.parse(site.file("events/called-off/index.html"));
        assertEquals("This event is cancelled.", cancelled.select(".event-status").text());
        assertTrue(cancelled.select(".add-to-calendar, a.button").isEmpty(), "no booking or calendar for a cancelled event");
    }

    @Test
    void eachCalendarFileParsesWithItsTimeZoneAndOpensAtTheRightLocalTime() throws Exception {
        TestSite site = TestSite.of(dir, SITE);
        site.bake();
        Map<String, String> expected = Map.of("summer-webinar", "2027-06-10T13:30:00Z", "winter-gathering", "2027-01-20T10:00:00Z",
                "new-york", "2027-02-01T14:00:00Z");
        for (Map.Entry<String, String> event : expected.entrySet()) {
            Calendar calendar = parse(site.file("events/" + event.getKey() + "/" + event.getKey() + ".ics"));
            VEvent vevent = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
            net.fortuna.ical4j.model.property.DtStart<?> dtStart = vevent.getDateTimeStart();
            String tzid = dtStart.<net.fortuna.ical4j.model.Parameter>getParameter("TZID").orElseThrow().getValue();
            VTimeZone zone = calendar.getComponents("VTIMEZONE").stream().map(VTimeZone.class::cast)
                    .filter(z -> z.getTimeZoneId().getValue().equals(tzid)).findFirst().orElseThrow();
            assertEquals(tzid, zone.getTimeZoneId().getValue(), "the file holds its time zone's definition");
            ZonedDateTime start = ZonedDateTime.from(dtStart.getDate());
            assertEquals(Instant.parse(event.getValue()), start.toInstant(), event.getKey());
            assertEquals("events-" + event.getKey() + "@example.org", vevent.getUid().orElseThrow().getValue());
        }
        Calendar called = parse(site.file("events/called-off/called-off.ics"));
        assertEquals("CANCELLED", called.getComponent("VEVENT").orElseThrow().getProperty(Property.STATUS).orElseThrow().getValue());

        Calendar all = parse(site.file("events/calendar.ics"));
        assertEquals(4, all.getComponents("VEVENT").size(), "every upcoming event, and no past one");
        assertTrue(all.getProperty(Property.METHOD).isEmpty(), "a calendar to subscribe to, not an iTIP message (FeedStandardsIT)");

        String before = site.file("events/summer-webinar/summer-webinar.ics");
        assertFalse(before.contains("20261124"), "no trace of the build's date");
        site.bake();
        assertEquals(before, site.file("events/summer-webinar/summer-webinar.ics"), "two bakes, the same bytes");
    }

    @Test
    void eventsHaveTheirOwnFeedAndAreFoundBySearch() throws Exception {
        TestSite site = TestSite.of(dir, SITE);
        site.bake();
        SyndFeed rss = new SyndFeedInput().build(new StringReader(site.file("events/feed.xml")));
        assertEquals(List.of("Winter gathering", "A talk in New York", "Cancelled: Called off", "Webinar on contributions",
                "Last spring's session", "Last winter's session"), rss.getEntries().stream().map(SyndEntry::getTitle).toList(),
                "as /events/ lists them, and a called-off event says so in its title");
        SyndEntry webinar = rss.getEntries().get(3);
        assertEquals(Instant.parse("2027-06-10T13:30:00Z"), webinar.getPublishedDate().toInstant(), "dated by its start, in summer time");
        String content = webinar.getContents().isEmpty() ? webinar.getDescription().getValue() : webinar.getContents().get(0).getValue();
        assertTrue(content.contains("Thursday 10 June 2027, 2.30pm to 3.30pm (UK time)") && content.contains("Online"), content);
        for (String other : List.of("events/atom.xml", "events/feed.json")) {
            assertTrue(site.file(other).contains("Webinar on contributions"), other);
        }
        Document events = Jsoup.parse(site.file("events/index.html"));
        assertEquals("/events/feed.xml", events.select("link[rel=alternate][type=application/rss+xml][title*=events]").attr("href"));
        assertEquals("/events/feed.xml", events.select(".calendar-subscribe a[href$=feed.xml]").attr("href"));
        assertTrue(Jsoup.parse(site.file("feeds/index.html")).text().contains("Social Care Future: events"), "listed with the other feeds");

        assertTrue(site.file("search-index.json").contains("Webinar on contributions"), "events are found by search");
    }

    @Test
    void anEventMovesToThePastOnceItIsOverWithoutAnEdit() throws Exception {
        TestSite site = TestSite.of(dir, SITE);
        BuildOptions later = site.options().withClock(Clock.fixed(Instant.parse("2027-01-20T16:00:01Z"), ZoneOffset.UTC));
        assertTrue(Build.bake(later).pages() > 0);
        Document events = Jsoup.parse(site.file("events/index.html"));
        assertEquals("Winter gathering", events.select("section[aria-labelledby=past] .card-title").first().text());
        assertFalse(site.file("events/calendar.ics").contains("Winter gathering"));
        assertTrue(Jsoup.parse(site.file("events/winter-gathering/index.html")).select(".kicker").text().equals("Past event"));
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static Map<String, String> query(String href) {
        Map<String, String> values = new HashMap<>();
        for (String pair : URI.create(href).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return values;
    }

    // --- every bad input: an error at its line, with the fix

    static Stream<Arguments> badEvents() {
        return Stream.of(
                Arguments.of("an end before the start", "start: 2027-06-10 14:30\nend: 2027-06-10 13:30\nlocation: Leeds\n", 4,
                        "the event ends (13:30 on 10 June 2027) before it starts (14:30 on 10 June 2027)"),
                Arguments.of("an impossible date", "start: 2027-02-30 14:30\nlocation: Leeds\n", 3, "is not a real day and time"),
                Arguments.of("a time in words", "start: half past two\nlocation: Leeds\n", 3, "is not a day and a time"),
                Arguments.of("a time the clocks skip", "start: 2027-03-28 01:30\nlocation: Leeds\n", 3,
                        "01:30 on 28 March 2027 does not exist in Europe/London: that night the clocks go forward from 01:00 to 02:00"),
                Arguments.of("an unknown time zone", "start: 2027-06-10 14:30\ntimezone: Europe/Leeds\nlocation: Leeds\n", 4,
                        "\"Europe/Leeds\" is not a time zone"),
                Arguments.of("an online event with no way in", "start: 2027-06-10 14:30\nonline: true\n", 4,
                        "an online event needs joining: how people join it"),
                Arguments.of("nowhere", "start: 2027-06-10 14:30\n", 1, "the event says neither where it is nor that it is online"),
                Arguments.of("an unknown access word", "start: 2027-06-10 14:30\nlocation: Leeds\naccess: [bsl, ramps]\n", 5,
                        "\"ramps\" is not one of the access words"),
                Arguments.of("no start", "location: Leeds\n", 1, "an event needs a start"),
                Arguments.of("an unknown status", "start: 2027-06-10 14:30\nlocation: Leeds\nstatus: tentative\n", 5,
                        "status \"tentative\" is not known"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEvents")
    void aBadEventIsAnErrorAtItsLine(String name, String keys, int line, String expected) throws IOException {
        TestSite site = TestSite.of(dir, "-- content/events/bad.md --\n---\ntitle: Bad\n" + keys + "---\nWords.\n");
        List<Problem> problems = site.bakeFails().stream().filter(Problem::isError).toList();
        assertEquals(1, problems.size(), TestSite.lines(problems));
        Problem problem = problems.get(0);
        assertTrue(problem.file().endsWith("content/events/bad.md"), problem.toString());
        assertEquals(line, problem.line(), problem.toString());
        assertTrue(problem.message().contains(expected), problem.message());
        assertFalse(problem.fix().isBlank());
    }

    @Test
    void aTimeTheClocksPassTwiceTakesTheFirstAndSaysHowToMeanTheSecond() throws IOException {
        TestSite site = TestSite.of(dir, "-- content/events/twice.md --\n---\ntitle: Twice\nstart: 2027-10-31 01:30\nlocation: Leeds\n---\nWords.\n");
        Build.Result result = site.bake();
        Problem warning = result.warnings().stream().filter(p -> p.message().contains("happens twice")).findFirst().orElseThrow();
        assertEquals(3, warning.line());
        assertTrue(warning.message().contains("the first (+01:00) was taken"), warning.message());
        assertTrue(warning.fix().contains("start: 2027-10-31 01:30 Z"), warning.fix());
        assertEquals("2027-10-31T01:30+01:00", Jsoup.parse(site.file("events/twice/index.html")).select(".event-details time").attr("datetime"));

        Files.writeString(site.content().resolve("events/twice.md"), "---\ntitle: Twice\nstart: 2027-10-31 01:30 +00:00\nlocation: Leeds\n---\nWords.\n");
        assertTrue(site.bake().warnings().stream().noneMatch(p -> p.message().contains("happens twice")), "an offset says which");
        assertEquals("2027-10-31T01:30Z", Jsoup.parse(site.file("events/twice/index.html")).select(".event-details time").attr("datetime"));
    }
}
