package org.socialcarefuture.northstar.content;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an event's front matter ({@code start}, {@code end}, {@code timezone}, {@code location} or
 * {@code online} with {@code joining}, {@code booking}, {@code cost}, {@code organiser}, {@code access},
 * {@code status}). Every mistake is a problem at its line with the fix; a local time the clocks skip is
 * an error, and one they pass twice takes the first (summer time) with a warning saying how to choose.
 * As the event kind's reader it also says which status words an event takes, and warns of its keys on
 * pages of other kinds (where they are not read).
 */
final class EventReader implements KindReader {

    /** The front matter keys of an event, beside a page's own. */
    static final Set<String> KEYS = Set.of("start", "end", "timezone", "location", "online", "joining", "booking", "cost",
            "organiser", "access");

    private static final Set<String> STATUSES = Set.of("cancelled", "postponed");

    /** A line of the front matter that went wrong: its line, what is wrong and the fix. */
    interface Reporter {
        void error(int line, String message, String fix);

        void warning(int line, String message, String fix);
    }

    private static final Pattern TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{1,2}:\\d{2})(?:\\s*(Z|[+-]\\d{2}:?\\d{2}))?");
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd H:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM uuuu", Locale.UK);

    EventReader() {
    }

    @Override
    public PageType type() {
        return PageType.EVENT;
    }

    @Override
    public Set<String> keys() {
        return KEYS;
    }

    /** Published, and shown clearly as called off or moved. */
    @Override
    public Set<String> statuses() {
        return STATUSES;
    }

    @Override
    public String statusFix() {
        return " (for an event: status: cancelled or status: postponed)";
    }

    @Override
    public Fields read(FrontMatterReader in, Page main, String status, Fields fields) {
        if (main != null) {
            return fields.withEvent(main.event()); // an easy-read version of an event is about the same event
        }
        EventDetails event = read(in.fm(), in);
        if (event == null) {
            in.fail();
        } else if (!status.isEmpty()) {
            event = new EventDetails(event.start(), event.end(), event.location(), event.online(), event.joining(),
                    event.booking(), event.cost(), event.organiser(), event.access(), event.accessNotes(), status);
        }
        return fields.withEvent(event);
    }

    @Override
    public Fields readOnOtherKind(FrontMatterReader in, Page main, Fields fields) {
        if (main != null) {
            return fields.withEvent(main.event());
        }
        // The first such key in the file, so the warning is the same on every run (Set.of's order changes between runs).
        KEYS.stream().filter(in.fm()::has).min(java.util.Comparator.comparingInt(in.fm()::lineOf)).ifPresent(key ->
                in.warning(in.fm().lineOf(key), "\"" + key + "\" is only read for events", "move the file to events/, or add type: event"));
        return fields;
    }

    /** The event, or null when its start cannot be read (the reason is reported). */
    static EventDetails read(FrontMatter fm, Reporter report) {
        ZoneId zone = Dates.LONDON;
        String zoneText = text(fm, "timezone", report);
        if (!zoneText.isEmpty()) {
            try {
                zone = ZoneId.of(zoneText);
            } catch (DateTimeException e) {
                List<String> zones = new ArrayList<>(ZoneId.getAvailableZoneIds());
                zones.sort(null);
                String near = zones.stream().filter(z -> z.toLowerCase(Locale.ROOT).contains(zoneText.toLowerCase(Locale.ROOT)
                        .replace(' ', '_'))).findFirst().orElse("");
                report.error(fm.lineOf("timezone"), "\"" + zoneText + "\" is not a time zone" + (near.isEmpty() ? "" : " (did you mean "
                        + near + "?)"), "write an IANA time zone name, e.g. timezone: Europe/London, or leave the line out for UK time");
                return null;
            }
        }
        String startText = text(fm, "start", report);
        if (startText.isEmpty()) {
            report.error(fm.has("start") ? fm.lineOf("start") : 1, "an event needs a start",
                    "add a line start: with the day and time, e.g. start: 2021-06-10 14:00");
            return null;
        }
        ZonedDateTime start = time(startText, zone, fm.lineOf("start"), "start", report);
        if (start == null) {
            return null;
        }
        ZonedDateTime end = null;
        String endText = text(fm, "end", report);
        if (!endText.isEmpty()) {
            end = time(endText, zone, fm.lineOf("end"), "end", report);
            if (end != null && !end.isAfter(start)) {
                report.error(fm.lineOf("end"), "the event ends (" + SPOKEN.format(end) + ") before it starts (" + SPOKEN.format(start) + ")",
                        "check the day and the time of end:; a time is in 24 hours, e.g. 15:30");
            }
        }
        String location = text(fm, "location", report);
        boolean online = false;
        if (fm.has("online")) {
            String value = fm.node("online").map(node -> node instanceof org.yaml.snakeyaml.nodes.ScalarNode s ? s.getValue() : "")
                    .orElse("").strip().toLowerCase(Locale.ROOT);
            online = value.equals("true") || value.equals("yes");
            if (!online && !value.equals("false") && !value.equals("no")) {
                report.error(fm.lineOf("online"), "online: \"" + value + "\" is neither true nor false",
                        "write online: true for an event held online");
            }
        }
        String joining = text(fm, "joining", report);
        if (online && joining.isEmpty()) {
            report.error(fm.lineOf("online"), "an online event needs joining: how people join it",
                    "add joining: with the link, or the words joining: link sent on booking");
        }
        if (!online && location.isEmpty()) {
            report.error(1, "the event says neither where it is nor that it is online",
                    "add location: the place and its address, or online: true with joining:");
        }
        String booking = text(fm, "booking", report);
        if (!booking.isEmpty() && !booking.startsWith("https://") && !booking.startsWith("http://")) {
            report.error(fm.lineOf("booking"), "booking: \"" + booking + "\" is not a web address", "write the booking page's full address,"
                    + " starting https://");
        }
        List<String> access = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String item : list(fm, "access", report)) {
            String word = item.strip().toLowerCase(Locale.ROOT);
            if (EventDetails.ACCESS.containsKey(word)) {
                access.add(word);
            } else if (!word.contains(" ")) {
                List<String> known = new ArrayList<>(EventDetails.ACCESS.keySet());
                known.sort(null);
                report.error(fm.lineOf("access"), "\"" + item + "\" is not one of the access words", "use " + String.join(", ", known)
                        + ", or write what you mean in a sentence, e.g. - Lunch is provided; tell us what you need");
            } else {
                notes.add(item.strip());
            }
        }
        return new EventDetails(start, end, online ? "" : location, online, joining, booking, text(fm, "cost", report),
                text(fm, "organiser", report), access, notes, "");
    }

    /**
     * A local time in a zone. A time the clocks skip (01:30 on the night they go forward) is an error; one they
     * pass twice (01:30 on the night they go back) takes the first, with a warning, unless an offset says which.
     */
    private static ZonedDateTime time(String text, ZoneId zone, int line, String key, Reporter report) {
        Matcher parts = TIME.matcher(text.strip());
        if (!parts.matches()) {
            report.error(line, key + ": \"" + text + "\" is not a day and a time", "write " + key + ": YYYY-MM-DD HH:MM, e.g. " + key
                    + ": 2021-06-10 14:00 (24-hour clock, local time)");
            return null;
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(parts.group(1) + " " + parts.group(2), STRICT);
        } catch (DateTimeParseException e) {
            report.error(line, key + ": \"" + text + "\" is not a real day and time", "check the day (there is no 31 June) and the time"
                    + " (00:00 to 23:59)");
            return null;
        }
        if (parts.group(3) != null) {
            ZoneOffset offset = ZoneOffset.of(parts.group(3).length() == 5 ? parts.group(3).substring(0, 3) + ":" + parts.group(3).substring(3)
                    : parts.group(3));
            if (!zone.getRules().isValidOffset(local, offset)) {
                report.error(line, key + ": " + offset + " is not " + zone.getId() + "'s offset at " + SPOKEN.format(local.atZone(zone)),
                        "leave the offset out, or use " + zone.getRules().getValidOffsets(local));
                return null;
            }
            return ZonedDateTime.ofLocal(local, zone, offset);
        }
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            report.error(line, String.format("%s does not exist in %s: that night the clocks go forward from %s to %s", SPOKEN.format(local),
                            zone.getId(), transition.getDateTimeBefore().toLocalTime(), transition.getDateTimeAfter().toLocalTime()),
                    "choose a time outside that hour (the same moment is " + local.plus(transition.getDuration()).toLocalTime() + ")");
            return null;
        }
        if (transition != null && transition.isOverlap()) {
            ZonedDateTime first = ZonedDateTime.ofLocal(local, zone, transition.getOffsetBefore());
            report.warning(line, String.format("%s happens twice in %s, as the clocks go back: the first (%s) was taken", SPOKEN.format(local),
                            zone.getId(), transition.getOffsetBefore()),
                    "to mean the second, write " + key + ": " + parts.group(1) + " " + parts.group(2) + " " + transition.getOffsetAfter());
            return first;
        }
        return local.atZone(zone);
    }

    private static String text(FrontMatter fm, String key, Reporter report) {
        try {
            return fm.text(key).orElse("");
        } catch (FrontMatter.ValueException e) {
            report.error(e.line(), e.getMessage(), "write plain text after " + key + ":");
            return "";
        }
    }

    private static List<String> list(FrontMatter fm, String key, Reporter report) {
        try {
            return fm.list(key);
        } catch (FrontMatter.ValueException e) {
            report.error(e.line(), e.getMessage(), "write a list, e.g. access: [bsl, captions, step-free]");
            return List.of();
        }
    }
}
