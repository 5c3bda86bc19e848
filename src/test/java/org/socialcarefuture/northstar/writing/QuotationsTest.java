package org.socialcarefuture.northstar.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which parts of a paragraph are quoted: shown by bracketing the quoted stretches of each sentence. */
class QuotationsTest {

    /** The text with [ ] around each quoted stretch (marks included). */
    private static String marked(String text) {
        boolean[] inside = Quotations.inside(text);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (inside[i] && (i == 0 || !inside[i - 1])) {
                out.append('[');
            }
            out.append(text.charAt(i));
            if (inside[i] && !inside[i + 1]) {
                out.append(']');
            }
        }
        return out.toString();
    }

    @Test
    void singleAndDoubleCurlyAndStraight() {
        assertEquals("we are not [‘the vulnerable’].", marked("we are not ‘the vulnerable’."));
        assertEquals("we are not [“the vulnerable”].", marked("we are not “the vulnerable”."));
        assertEquals("we are not ['the vulnerable'].", marked("we are not 'the vulnerable'."));
        assertEquals("we are not [\"the vulnerable\"].", marked("we are not \"the vulnerable\"."));
        assertEquals("so-called [«carers»] too", marked("so-called «carers» too"));
    }

    @Test
    void quotesInsideQuotes() {
        assertEquals("[“she said ‘the vulnerable’ twice”] and left", marked("“she said ‘the vulnerable’ twice” and left"));
        assertEquals("[‘he said “the elderly” again’], we wrote", marked("‘he said “the elderly” again’, we wrote"));
        assertEquals("(['the vulnerable']) and —[‘the elderly’]—", marked("('the vulnerable') and —‘the elderly’—"));
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertEquals("people’s lives don’t fit the ’90s and the users’ views", marked("people’s lives don’t fit the ’90s and the users’ views"));
        assertEquals("people's lives don't fit the '90s", marked("people's lives don't fit the '90s"));
        assertEquals("in ‘90s Britain", marked("in ‘90s Britain"));
        assertEquals("[‘we value the users’ views’], they said", marked("‘we value the users’ views’, they said"));
        assertEquals("[‘20 years on’] is a quote", marked("‘20 years on’ is a quote"));
    }

    @Test
    void unpairedMarks() {
        assertEquals("a stray ‘mark and nothing more", marked("a stray ‘mark and nothing more"));
        // An opening double mark never closed quotes to the end: a quotation running on into the next paragraph.
        assertEquals("a long quotation [“that runs on into the next paragraph]", marked("a long quotation “that runs on into the next paragraph"));
        assertEquals("he was 6' 2\" tall", marked("he was 6' 2\" tall"));
    }
}
