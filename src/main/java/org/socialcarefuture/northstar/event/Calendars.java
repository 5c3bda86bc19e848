package org.socialcarefuture.northstar.event;

import java.io.IOException;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.socialcarefuture.northstar.content.EventDetails;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * The events' calendar files (RFC 5545, written with ical4j): one per event, and one of every upcoming
 * event to subscribe to. Each holds its time zones' definitions, so a calendar shows the local time the
 * writer meant. Nothing in them depends on when the bake ran: an event's UID is its address, its DTSTAMP
 * its start, so two bakes of the same events write the same bytes.
 */
public final class Calendars {

    /** One event as its calendar entry shows it. */
    public record Entry(String uid, String title, String summary, String permalink, EventDetails event) {
    }

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private Calendars() {
    }

    /** A calendar of these events, named {@code name} (shown by calendar apps that subscribe to it). */
    public static String ics(String name, List<Entry> entries) {
        // No METHOD: this is a calendar to subscribe to or open, not an iTIP message (RFC 5546). METHOD:PUBLISH would
        // make it one, and then every event must name an ORGANIZER by address, which a group's site has not got.
        Calendar calendar = new Calendar().withProdId("-//North Star//" + name + "//EN").withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", name)).getFluentTarget();
        Set<String> zones = new TreeSet<>();
        entries.forEach(entry -> zones.add(entry.event().zone().getId()));
        for (String zone : zones) {
            calendar.add(ZONES.getTimeZone(zone).getVTimeZone());
        }
        for (Entry entry : entries) {
            calendar.add(event(entry));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return foldedByOctets(out.toString());
    }

    /**
     * ical4j folds lines at 75 characters; RFC 5545 (3.1) asks for 75 octets, and a line of arrows or accented
     * letters (3 or 2 bytes each in UTF-8) is longer than that (found by the XSS test). So the lines are unfolded
     * and folded again by their UTF-8 length, never inside a character.
     */
    static String foldedByOctets(String ics) {
        StringBuilder out = new StringBuilder(ics.length() + 64);
        for (String line : ics.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n", -1)) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (octets + size > 75) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        // split(-1) leaves an empty last piece after the final CRLF: it must not add a second one.
        return out.substring(0, out.length() - 2);
    }

    private static VEvent event(Entry entry) {
        EventDetails details = entry.event();
        String title = details.postponed() ? entry.title() + " (postponed)" : details.cancelled() ? entry.title() + " (cancelled)"
                : entry.title();
        VEvent event = details.end() != null ? new VEvent(local(details.start()), local(details.end()), title)
                : new VEvent(local(details.start()), title);
        // Not the build's time: the same events must make the same file.
        event.replace(new DtStamp(details.start().toInstant()));
        event.add(new Uid(entry.uid()));
        event.add(new Url(java.net.URI.create(entry.permalink())));
        event.add(new Description((entry.summary().isEmpty() ? "" : entry.summary() + "\n\n") + entry.permalink()));
        String where = details.online() ? "Online" + (details.joining().isEmpty() ? "" : ": " + details.joining()) : details.location();
        if (!where.isEmpty()) {
            event.add(new Location(where));
        }
        // A calendar that saved the event before it was called off or moved takes the change only from a higher sequence.
        event.add(new Sequence(details.status().isEmpty() ? 0 : 1));
        event.add(details.cancelled() ? new Status(Status.VALUE_CANCELLED)
                : details.postponed() ? new Status(Status.VALUE_TENTATIVE) : new Status(Status.VALUE_CONFIRMED));
        return event;
    }

    /** ical4j writes a ZonedDateTime with its zone's id as TZID, matched to the VTIMEZONE above. */
    private static ZonedDateTime local(ZonedDateTime time) {
        return time.withZoneSameInstant(ZoneId.of(time.getZone().getId()));
    }

    /** The addresses of the "add to calendar" links, to the readers' own calendars (links only: no script of theirs). */
    public record Links(String google, String outlook) {
    }

    public static Links links(Entry entry) {
        EventDetails details = entry.event();
        ZonedDateTime end = details.end() != null ? details.end() : details.start().plusHours(1);
        java.time.format.DateTimeFormatter basic = java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");
        String where = details.online() ? "Online" : details.location();
        String text = entry.title();
        String body = (entry.summary().isEmpty() ? "" : entry.summary() + " ") + entry.permalink();
        String google = "https://calendar.google.com/calendar/render?action=TEMPLATE&text=" + encode(text)
                + "&dates=" + basic.format(details.start().withZoneSameInstant(java.time.ZoneOffset.UTC)) + "/"
                + basic.format(end.withZoneSameInstant(java.time.ZoneOffset.UTC)) + "&details=" + encode(body)
                + "&location=" + encode(where) + "&ctz=" + encode(details.zone().getId());
        String outlook = "https://outlook.live.com/calendar/0/action/compose?subject=" + encode(text)
                + "&startdt=" + encode(details.start().toOffsetDateTime().toString())
                + "&enddt=" + encode(end.toOffsetDateTime().toString()) + "&body=" + encode(body) + "&location=" + encode(where);
        return new Links(google, outlook);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The upcoming ones of these events, soonest first. */
    public static List<Entry> upcoming(List<Entry> entries, java.time.Instant now) {
        List<Entry> upcoming = new ArrayList<>();
        for (Entry entry : entries) {
            if (!entry.event().past(now)) {
                upcoming.add(entry);
            }
        }
        upcoming.sort(java.util.Comparator.comparing((Entry e) -> e.event().start().toInstant()).thenComparing(Entry::uid));
        return upcoming;
    }
}
