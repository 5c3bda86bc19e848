package org.socialcarefuture.northstar.easyread;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;


/**
 * The easy-read lint's settings: {@code config/easy-read.yml} in the project, or the defaults
 * bundled with North Star (the same file).
 */
public record EasyReadRules(boolean errors, int maxSentenceWords, int maxSentencesPerPoint, double minReadingEase,
                            Map<String, String> jargon, Set<String> knownAbbreviations) {

    public EasyReadRules {
        jargon = Map.copyOf(jargon);
        knownAbbreviations = Set.copyOf(knownAbbreviations);
    }

    public static EasyReadRules load(Path file) throws IOException {
        org.socialcarefuture.northstar.writing.SettingsFile settings =
                org.socialcarefuture.northstar.writing.SettingsFile.load(file, "/northstar/easy-read.yml");
        Map<?, ?> values = settings.values();
        String name = settings.name();
        try {
            Map<String, String> jargon = new LinkedHashMap<>();
            if (values.get("jargon") instanceof Map<?, ?> words) {
                words.forEach((word, plain) -> jargon.put(String.valueOf(word).toLowerCase(Locale.UK), plain == null ? "" : String.valueOf(plain)));
            }
            Set<String> known = new TreeSet<>();
            if (values.get("known_abbreviations") instanceof List<?> list) {
                list.forEach(item -> known.add(String.valueOf(item)));
            }
            return new EasyReadRules(Boolean.TRUE.equals(values.get("errors")),
                    number(values, "max_sentence_words", 15).intValue(),
                    number(values, "max_sentences_per_point", 2).intValue(),
                    number(values, "min_reading_ease", 60).doubleValue(),
                    jargon, known);
        } catch (ClassCastException e) {
            throw new IOException(name + ": a number setting holds something else (" + e.getMessage() + ")", e);
        }
    }

    private static Number number(Map<?, ?> values, String key, Number fallback) {
        Object value = values.get(key);
        return value == null ? fallback : (Number) value;
    }
}
