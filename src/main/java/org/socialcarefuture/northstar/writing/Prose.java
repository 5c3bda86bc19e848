package org.socialcarefuture.northstar.writing;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences, words and reading ease of plain English text. Sentences and words come from the JDK's
 * BreakIterator (Unicode rules); syllables are estimated by vowel groups, as Flesch's formula
 * expects. (The one Maven Central readability library we found, whelk-flesch-kincaid, pulls in
 * Stanford CoreNLP and the AWS SDK: far too much for a count.)
 */
public final class Prose {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern VOWEL_GROUPS = Pattern.compile("[aeiouy]+");

    private Prose() {
    }

    /** A sentence and where it starts in the text. */
    public record Sentence(String text, int offset) {
        public int words() {
            return Prose.words(text).size();
        }
    }

    public static List<Sentence> sentences(String text) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.UK);
        iterator.setText(text);
        List<Sentence> sentences = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            String raw = text.substring(start, end);
            String sentence = raw.strip();
            if (!words(sentence).isEmpty()) {
                sentences.add(new Sentence(sentence, start + raw.indexOf(sentence.charAt(0))));
            }
        }
        return sentences;
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Vowel groups, less a silent final e, at least one: good enough for a reading-ease estimate. */
    public static int syllables(String word) {
        String w = word.toLowerCase(Locale.UK).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1; // digits and symbols are read as one beat
        }
        if (w.length() > 2 && w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee")) {
            w = w.substring(0, w.length() - 1);
        }
        int count = 0;
        Matcher matcher = VOWEL_GROUPS.matcher(w);
        while (matcher.find()) {
            count++;
        }
        return Math.max(1, count);
    }

    /**
     * Flesch reading ease: 206.835 - 1.015 (words/sentences) - 84.6 (syllables/words). 60-70 is plain
     * English; 80 and above is easy. Returns 100 for text without words.
     */
    public static double readingEase(String text) {
        List<Sentence> sentences = sentences(text);
        List<String> words = words(text);
        if (words.isEmpty() || sentences.isEmpty()) {
            return 100;
        }
        int syllables = words.stream().mapToInt(Prose::syllables).sum();
        return 206.835 - 1.015 * ((double) words.size() / sentences.size()) - 84.6 * ((double) syllables / words.size());
    }

    public static double averageSentenceLength(String text) {
        List<Sentence> sentences = sentences(text);
        return sentences.isEmpty() ? 0 : (double) words(text).size() / sentences.size();
    }
}
