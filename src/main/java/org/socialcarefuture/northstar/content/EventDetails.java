package org.socialcarefuture.northstar.content;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * What an event page ({@code content/events/}) says about its gathering, checked when it was read.
 *
 * @param start       when it starts, in its own time zone
 * @param end         when it ends, or null when only its start is known
 * @param location    where it is (a place with its address), or "" for an online event
 * @param online      whether it is held online
 * @param joining     for an online event: a link, or words such as "link sent on booking"
 * @param booking     a web address to book at, or ""
 * @param cost        what it costs, in the writer's words, or ""
 * @param organiser   who organises it, or ""
 * @param access      the access arrangements, as words from {@link #ACCESS}
 * @param accessNotes the access arrangements the writer put in sentences
 * @param status      "" (going ahead), "cancelled" or "postponed"
 */
public record EventDetails(ZonedDateTime start, ZonedDateTime end, String location, boolean online, String joining, String booking,
                           String cost, String organiser, List<String> access, List<String> accessNotes, String status) {

    /** The access words an event may list, each with what it says on the page. */
    public static final Map<String, String> ACCESS = Map.of(
            "bsl", "British Sign Language (BSL) interpreters",
            "captions", "Live captions",
            "step-free", "Step-free access",
            "quiet-space", "A quiet space",
            "hearing-loop", "A hearing loop",
            "easy-read", "Easy-read information",
            "breaks", "Regular breaks");

    public EventDetails {
        access = List.copyOf(access);
        accessNotes = List.copyOf(accessNotes);
    }

    public ZoneId zone() {
        return start.getZone();
    }

    /** When it is over: its end, or its start when it has no end. */
    public Instant over() {
        return (end != null ? end : start).toInstant();
    }

    /** Whether it is over at {@code now} (the build's date; the daily build moves an event to the past without an edit). */
    public boolean past(Instant now) {
        return !over().isAfter(now);
    }

    public boolean cancelled() {
        return status.equals("cancelled");
    }

    public boolean postponed() {
        return status.equals("postponed");
    }
}
