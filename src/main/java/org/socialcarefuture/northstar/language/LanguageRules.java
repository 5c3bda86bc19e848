package org.socialcarefuture.northstar.language;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;


/** The phrases to avoid, from {@code config/language.yml} or the built-in list (the same file). */
public record LanguageRules(boolean errors, List<Phrase> phrases) {

    /**
     * A phrase, why to avoid it and what to say instead. {@code pattern} matches it: words separated by
     * any space or line break, whole words only, with plurals of the last word, ignoring case.
     */
    public record Phrase(String phrase, String reason, List<String> instead, Pattern pattern, String keyWord) {

        public Phrase(String phrase, String reason, List<String> instead, Pattern pattern) {
            this(phrase, reason, instead, pattern, longestWord(phrase));
        }

        /** Equal when written the same (a Pattern on its own is only equal to itself), so settings can be compared. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Phrase p && phrase.equals(p.phrase) && reason.equals(p.reason) && instead.equals(p.instead)
                    && pattern.pattern().equals(p.pattern.pattern()) && pattern.flags() == p.pattern.flags() && keyWord.equals(p.keyWord);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(phrase, reason, instead, pattern.pattern(), keyWord);
        }

        /** A phrase matched by the pattern made from its own words: text without the whole phrase cannot match. */
        static Phrase literal(String phrase, String reason, List<String> instead, Pattern pattern) {
            return new Phrase(phrase, reason, instead, pattern, String.join(" ", phrase.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+")));
        }

        /** The phrase's longest word in lower case: text without it cannot match (the best guess for a hand-written pattern). */
        private static String longestWord(String phrase) {
            String longest = "";
            for (String word : phrase.strip().split("[\\s-]+")) {
                if (word.length() > longest.length()) {
                    longest = word;
                }
            }
            return longest.toLowerCase(java.util.Locale.ROOT);
        }
    }

    public LanguageRules {
        phrases = List.copyOf(phrases);
    }

    public static LanguageRules load(Path file) throws IOException {
        org.socialcarefuture.northstar.writing.SettingsFile settings =
                org.socialcarefuture.northstar.writing.SettingsFile.load(file, "/northstar/language.yml");
        Map<?, ?> values = settings.values();
        String name = settings.name();
        if (!(values.get("phrases") instanceof List<?> list)) {
            throw new IOException(name + ": needs a phrases: list");
        }
        List<Phrase> phrases = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> entry) || entry.get("phrase") == null) {
                throw new IOException(name + ": each phrase needs phrase:, reason: and instead:");
            }
            String phrase = String.valueOf(entry.get("phrase"));
            List<String> instead = new ArrayList<>();
            if (entry.get("instead") instanceof List<?> alternatives) {
                alternatives.forEach(a -> instead.add(String.valueOf(a)));
            }
            String regex = entry.get("pattern") != null ? String.valueOf(entry.get("pattern")) : regexFor(phrase);
            try {
                String reason = entry.get("reason") == null ? "" : String.valueOf(entry.get("reason"));
                Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}-])" + regex.replace(" ", "\\s+") + "(?![\\p{L}\\p{N}-])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                phrases.add(entry.get("pattern") == null || startsWithPhrase(regex, phrase) ? Phrase.literal(phrase, reason, instead, pattern)
                        : new Phrase(phrase, reason, instead, pattern));
            } catch (PatternSyntaxException e) {
                throw new IOException(name + ": the pattern for \"" + phrase + "\" is not a valid regular expression: " + e.getDescription(), e);
            }
        }
        return new LanguageRules(Boolean.TRUE.equals(values.get("errors")), phrases);
    }

    /**
     * A hand-written pattern that begins with the phrase's own words, such as {@code in care(?!\s+home)},
     * only matches text that holds the phrase, so the phrase can decide when to run it.
     */
    static boolean startsWithPhrase(String regex, String phrase) {
        String words = String.join(" ", phrase.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+"));
        return words.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == ' ')
                && regex.toLowerCase(java.util.Locale.ROOT).startsWith(words);
    }

    /** "service user" matches "service users" and "Service\nUser"; "burden" matches "burdens". */
    static String regexFor(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(words[i]));
        }
        String last = words[words.length - 1];
        if (!last.endsWith("ed") && !last.endsWith("ing") && !last.endsWith("s") && !last.contains("-")) {
            regex.append("(?:s|es)?");
        }
        return regex.toString();
    }
}
