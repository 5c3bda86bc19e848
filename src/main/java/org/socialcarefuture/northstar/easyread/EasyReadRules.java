package org.socialcarefuture.northstar.easyread;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

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
        if (file != null && Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return parse(in, file.toString());
            }
        }
        try (InputStream in = EasyReadRules.class.getResourceAsStream("/northstar/easy-read.yml")) {
            return parse(in, "the built-in easy-read settings");
        }
    }

    private static Number number(Map<?, ?> values, String key, Number fallback) {
        Object value = values.get(key);
        return value == null ? fallback : (Number) value;
    }

    private static EasyReadRules parse(InputStream in, String name) throws IOException {
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (RuntimeException e) {
            throw new IOException(name + ": not valid YAML: " + e.getMessage(), e);
        }
        if (!(loaded instanceof Map<?, ?> values)) {
            throw new IOException(name + ": must be lines of key: value");
        }
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
}
