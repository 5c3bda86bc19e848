package org.socialcarefuture.northstar.writing;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentences, words and reading ease of plain English text. Sentences and words are found by hand
 * (see {@link #sentences}); syllables are estimated by vowel groups, as Flesch's formula
 * expects. (The one Maven Central readability library we found, whelk-flesch-kincaid, pulls in
 * Stanford CoreNLP and the AWS SDK: far too much for a count.)
 */
public final class Prose {

    private Prose() {
    }

    /** A sentence and where it starts in the text. */
    public record Sentence(String text, int offset) {
        public int words() {
            return count(text, 0, text.length(), null);
        }
    }

    /**
     * Sentences: text up to a full stop, question or exclamation mark (and any closing quotes or brackets)
     * that is followed by the end of the text or by a space and a capital letter, digit or opening quote.
     * So "e.g. this" and "3.5" do not end a sentence. The JDK's BreakIterator follows the same rule of thumb,
     * at several times the cost; this runs over every page of every bake.
     */
    public static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            i++;
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            while (i < n && ".!?\"'”’)]".indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            int next = i;
            while (next < n && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next == n || (next > i && startsSentence(text.charAt(next)))) {
                add(text, start, i, sentences);
                start = next;
                i = next;
            }
        }
        add(text, start, n, sentences);
        return sentences;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘([".indexOf(c) >= 0;
    }

    private static void add(String text, int start, int end, List<Sentence> sentences) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end && hasWord(text, start, end)) {
            sentences.add(new Sentence(text.substring(start, end), start));
        }
    }

    private static boolean hasWord(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Words: runs of letters and digits, with apostrophes and hyphens inside them ("don't", "co-production"). */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while ((i = wordStart(text, i, n)) < n) {
            int end = wordEnd(text, i, n);
            words.add(text.substring(i, end));
            i = end;
        }
        return words;
    }

    private static int wordStart(String text, int i, int end) {
        while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int i, int end) {
        while (i < end && (Character.isLetterOrDigit(text.charAt(i)) || (isJoiner(text.charAt(i)) && i + 1 < end
                && Character.isLetterOrDigit(text.charAt(i + 1))))) {
            i++;
        }
        return i;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-';
    }

    /**
     * The words in {@code text[from, to)}, as {@link #words} finds them, without making them: this runs over
     * every sentence of every page. Adds each word's syllables to {@code syllables[0]} unless it is null.
     */
    private static int count(String text, int from, int to, int[] syllables) {
        int words = 0;
        int i = from;
        while ((i = wordStart(text, i, to)) < to) {
            int end = wordEnd(text, i, to);
            words++;
            if (syllables != null) {
                syllables[0] += syllables(text, i, end);
            }
            i = end;
        }
        return words;
    }

    /** Counts for a text, computed in one pass: sentences with their word counts, words and syllables. */
    public record Stats(List<Sentence> sentences, List<Integer> sentenceWords, int words, int syllables) {

        public double readingEase() {
            if (words == 0 || sentences.isEmpty()) {
                return 100;
            }
            return 206.835 - 1.015 * ((double) words / sentences.size()) - 84.6 * ((double) syllables / words);
        }

        public double averageSentenceWords() {
            return sentences.isEmpty() ? 0 : (double) words / sentences.size();
        }
    }

    public static Stats stats(String text) {
        List<Sentence> sentences = sentences(text);
        List<Integer> counts = new ArrayList<>();
        int words = 0;
        int[] syllables = {0};
        for (Sentence sentence : sentences) {
            int sentenceWords = count(sentence.text(), 0, sentence.text().length(), syllables);
            counts.add(sentenceWords);
            words += sentenceWords;
        }
        return new Stats(sentences, counts, words, syllables[0]);
    }

    /** Vowel groups, less a silent final e, at least one: good enough for a reading-ease estimate. */
    public static int syllables(String word) {
        return syllables(word, 0, word.length());
    }

    /** {@link #syllables(String)} of {@code text[from, to)}, by hand: this runs for every word of every page. */
    private static int syllables(String text, int from, int to) {
        // Only ASCII letters count, in lower case; the silent e is the last letter, if the two before it allow.
        int count = 0;
        int letters = 0;
        boolean inGroup = false;
        char last = 0;
        char beforeLast = 0;
        boolean lastStartedGroup = false;
        for (int i = from; i < to; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c < 'a' || c > 'z') {
                continue;
            }
            letters++;
            boolean vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
            lastStartedGroup = vowel && !inGroup;
            if (lastStartedGroup) {
                count++;
            }
            inGroup = vowel;
            beforeLast = last;
            last = c;
        }
        if (letters == 0) {
            return 1; // digits and symbols are read as one beat
        }
        if (letters > 2 && last == 'e' && beforeLast != 'l' && beforeLast != 'e' && lastStartedGroup) {
            count--; // a silent final e that began a vowel group of its own
        }
        return Math.max(1, count);
    }

    /**
     * Flesch reading ease: 206.835 - 1.015 (words/sentences) - 84.6 (syllables/words). 60-70 is plain
     * English; 80 and above is easy. Returns 100 for text without words.
     */
    public static double readingEase(String text) {
        return stats(text).readingEase();
    }
}
