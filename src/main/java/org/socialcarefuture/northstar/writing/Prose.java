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
            return Prose.words(text).size();
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
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                    || ((text.charAt(i) == '\'' || text.charAt(i) == '’' || text.charAt(i) == '-') && i + 1 < n
                    && Character.isLetterOrDigit(text.charAt(i + 1))))) {
                i++;
            }
            if (i > start) {
                words.add(text.substring(start, i));
            }
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
        int syllables = 0;
        for (Sentence sentence : sentences) {
            List<String> sentenceWords = words(sentence.text());
            counts.add(sentenceWords.size());
            words += sentenceWords.size();
            for (String word : sentenceWords) {
                syllables += syllables(word);
            }
        }
        return new Stats(sentences, counts, words, syllables);
    }

    /** Vowel groups, less a silent final e, at least one: good enough for a reading-ease estimate. */
    public static int syllables(String word) {
        // The word's ASCII letters in lower case (by hand: this runs for every word of every page).
        char[] letters = new char[word.length()];
        int length = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            if (c >= 'a' && c <= 'z') {
                letters[length++] = c;
            }
        }
        if (length == 0) {
            return 1; // digits and symbols are read as one beat
        }
        if (length > 2 && letters[length - 1] == 'e' && letters[length - 2] != 'l' && letters[length - 2] != 'e') {
            length--;
        }
        int count = 0;
        boolean inGroup = false;
        for (int i = 0; i < length; i++) {
            boolean vowel = "aeiouy".indexOf(letters[i]) >= 0;
            if (vowel && !inGroup) {
                count++;
            }
            inGroup = vowel;
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
