package org.socialcarefuture.northstar.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/** The two date forms of the content format, read in Europe/London, with no guessing. */
public final class Dates {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DAY_AND_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}");
    private static final DateTimeFormatter STRICT_DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter STRICT_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    /** Parses {@code 2021-03-15} or {@code 2021-03-15T14:30}; empty with a reason otherwise. */
    public static ZonedDateTime parse(String text) throws IllegalArgumentException {
        String value = text.strip();
        try {
            if (DAY.matcher(value).matches()) {
                return LocalDate.parse(value, STRICT_DAY).atStartOfDay(LONDON);
            }
            if (DAY_AND_TIME.matcher(value).matches()) {
                return LocalDateTime.parse(value.replace('T', ' '), STRICT_TIME).atZone(LONDON);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date \"" + value + "\" is not a real date on the calendar");
        }
        throw new IllegalArgumentException("date \"" + value + "\" is not a date in the form YYYY-MM-DD");
    }

    public static Optional<ZonedDateTime> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
