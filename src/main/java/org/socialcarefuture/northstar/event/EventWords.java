package org.socialcarefuture.northstar.event;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.socialcarefuture.northstar.content.Dates;
import org.socialcarefuture.northstar.content.EventDetails;

/** When an event is, in words as British readers say them: "Thursday 15 April 2021, 2.30pm to 3.30pm (UK time)". */
public final class EventWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    private EventWords() {
    }

    public static String when(EventDetails event) {
        ZonedDateTime start = event.start();
        ZonedDateTime end = event.end();
        String words;
        if (end == null) {
            words = DAY.format(start) + ", " + clock(start);
        } else if (end.toLocalDate().equals(start.toLocalDate())) {
            words = DAY.format(start) + ", " + clock(start) + " to " + clock(end);
        } else {
            words = DAY.format(start) + ", " + clock(start) + ", to " + DAY.format(end) + ", " + clock(end);
        }
        return words + " (" + zone(start.getZone()) + ")";
    }

    /** 2pm, 2.30pm, 12 noon, 12 midnight. */
    static String clock(ZonedDateTime time) {
        int hour = time.getHour();
        int minute = time.getMinute();
        if (minute == 0 && hour == 12) {
            return "12 noon";
        }
        if (minute == 0 && hour == 0) {
            return "12 midnight";
        }
        int twelve = hour % 12 == 0 ? 12 : hour % 12;
        return twelve + (minute == 0 ? "" : "." + String.format("%02d", minute)) + (hour < 12 ? "am" : "pm");
    }

    /** "UK time", or "New York time" for America/New_York. */
    static String zone(ZoneId zone) {
        if (zone.getId().equals(Dates.LONDON.getId())) {
            return "UK time";
        }
        String id = zone.getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ') + " time";
    }
}
