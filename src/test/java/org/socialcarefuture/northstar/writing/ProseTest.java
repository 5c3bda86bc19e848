package org.socialcarefuture.northstar.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Sentences and syllables feed the readability report and the easy-read checks. */
class ProseTest {

    private static List<String> sentences(String text) {
        return Prose.sentences(text).stream().map(Prose.Sentence::text).toList();
    }

    @Test
    void sentencesEndAtAStopFollowedByACapital() {
        assertEquals(List.of("We met in May.", "It went well!", "Will you come?"), sentences("We met in May. It went well! Will you come?"));
    }

    @Test
    void abbreviationsAndNumbersDoNotEndASentence() {
        assertEquals(List.of("Costs rose by 3.5 million, e.g. in care homes."), sentences("Costs rose by 3.5 million, e.g. in care homes."));
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertEquals(List.of("She said “We can.”", "Then we did."), sentences("She said “We can.” Then we did."));
    }

    @Test
    void offsetsPointAtTheSentenceInTheText() {
        List<Prose.Sentence> found = Prose.sentences("  One.   Two words.");
        assertEquals(2, found.get(0).offset());
        assertEquals(9, found.get(1).offset());
        assertEquals(2, found.get(1).words());
    }

    @Test
    void textWithoutWordsHasNoSentences() {
        assertEquals(List.of(), sentences(" ... ! "));
    }

    @Test
    void syllablesAreVowelGroupsLessASilentE() {
        assertEquals(1, Prose.syllables("care"));
        assertEquals(3, Prose.syllables("together"));
        assertEquals(2, Prose.syllables("people"));
        assertEquals(1, Prose.syllables("2026"));
    }

    @Test
    void statsCountTheSameWordsAsTheWordList() {
        // The counts are made without making the words; they must agree with the list the lints see.
        String text = "Don't stop co-production. It's free - and blue! We’re here? Ends with a hyphen- "
                + "and 'quotes' too. 2026 was the year.";
        Prose.Stats stats = Prose.stats(text);
        List<String> words = Prose.words(text);
        assertEquals(words.size(), stats.words());
        assertEquals(words.stream().mapToInt(Prose::syllables).sum(), stats.syllables());
        assertEquals(List.of(3, 4, 2, 7, 4), stats.sentenceWords());
        assertEquals(List.of("Don't", "stop", "co-production"), Prose.words(stats.sentences().get(0).text()));
    }
}
