package org.socialcarefuture.northstar.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialcarefuture.northstar.content.Exemption;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.content.PageType;
import org.socialcarefuture.northstar.language.LanguageLint;
import org.socialcarefuture.northstar.language.LanguageRules;
import org.socialcarefuture.northstar.problem.Problem;

/** Every phrase in config/language.yml: found where the movement uses it, left alone where it is quoted or fine. */
class LanguageLintTest {

    static LanguageLint lint;

    @BeforeAll
    static void rules() throws IOException {
        lint = new LanguageLint(LanguageRules.load(Path.of("config/language.yml")));
    }

    static Page page(String body, List<Exemption> ignore) {
        return new Page("content/x.md", "x.md", PageType.PAGE, "X", "x", "x/", null, List.of(), List.of(), "", "", "",
                false, List.of(), List.of(), List.of(), false, null, List.of(), ignore, body, 5, null, null);
    }

    static List<Problem> check(String body) {
        return lint.check(page(body, List.of()));
    }

    static Stream<Arguments> phrases() {
        return Stream.of(
                Arguments.of("the vulnerable", "We must protect the vulnerable.", "We must support each other."),
                Arguments.of("vulnerable people", "Services for vulnerable people.", "Services people choose."),
                Arguments.of("service users", "Ask service users what they think.", "Ask people who draw on support."),
                Arguments.of("the elderly", "Homes for the elderly.", "Homes for older people."),
                Arguments.of("burden", "Care is a burden on families.", "Support is an investment."),
                Arguments.of("care packages", "Care packages were cut.", "Support was cut."),
                Arguments.of("bed blocking", "Bed blocking costs money.", "People wait to leave hospital."),
                Arguments.of("suffers from", "She suffers from MS.", "She lives with MS."),
                Arguments.of("suffering from", "People suffering from dementia.", "People living with dementia."),
                Arguments.of("wheelchair-bound", "He is wheelchair-bound.", "He uses a wheelchair."),
                Arguments.of("wheelchair bound", "He is wheelchair bound.", "He is a wheelchair user."),
                Arguments.of("in care", "Children living in care.", "Workers in care homes."),
                Arguments.of("the disabled", "Parking for the disabled.", "Parking for disabled people."),
                Arguments.of("cared for", "People who are cared for.", "People who draw on support."),
                Arguments.of("placements", "Out-of-area placements.", "People's own homes."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrases")
    void eachPhraseIsFoundAndItsAlternativeIsNot(String phrase, String flagged, String fine) {
        List<Problem> found = check("Intro.\n\n" + flagged + "\n");
        assertEquals(1, found.size(), flagged + " -> " + found);
        Problem problem = found.get(0);
        assertEquals(7, problem.line());
        assertTrue(problem.column() >= 1);
        assertTrue(problem.toString().toLowerCase().contains("\"" + phrase.toLowerCase()), problem.toString());
        assertTrue(problem.fix().startsWith("say \""), problem.fix());
        assertTrue(!problem.isError(), "warnings by default");
        assertEquals(List.of(), check("Intro.\n\n" + fine + "\n"), fine);
        assertEquals(List.of(), check("Intro.\n\nThe paper wrote: \u201c" + flagged + "\u201d We disagree.\n"), "quoted speech is not flagged");
        assertEquals(List.of(), check("Intro.\n\nThe paper wrote: \u2018" + flagged + "\u2019 We disagree.\n"), "nor in British single quotes");
        assertEquals(List.of(), check("Intro.\n\nThe paper wrote: '" + flagged + "' We disagree.\n"), "nor in straight single quotes");
        assertEquals(List.of(), check("Intro.\n\n> " + flagged + "\n"), "a block quote is not flagged");
    }

    /** Sentences shaped like the movement's published posts, which criticise words by quoting them. */
    @Test
    void britishQuotesInRealShapedPostsAreTheWritersCriticismNotTheirWords() {
        assertEquals(List.of(), check("Intro.\n\nFor years we have been filed under \u2018the vulnerable\u2019, as if that"
                + " were all we are.\n"));
        assertEquals(List.of(), check("Intro.\n\nMinisters still speak of \u2018the elderly and vulnerable\u2019 when they"
                + " mean our parents, our neighbours and us.\n"));
        assertEquals(List.of(), check("Intro.\n\nThe letter called us 'service users' twice and 'vulnerable people' once.\n"));
        // A quote inside a quote, and a quote broken over two lines.
        assertEquals(List.of(), check("Intro.\n\n\u201cShe told the meeting \u2018we must protect the vulnerable\u2019 and"
                + " nobody asked us,\u201d said Jo.\n"));
        assertEquals(List.of(), check("Intro.\n\nThe paper kept calling us \u2018service\nusers\u2019 all the way through.\n"));
        assertEquals(List.of(), check("Intro.\n\nThe paper kept calling us 'the\nelderly' all the way through.\n"));
    }

    /** An apostrophe is the same character as a closing quote; it must neither open nor close one. */
    @Test
    void apostrophesNeitherOpenNorCloseAQuote() {
        // If the apostrophe in people’s opened a quote, the phrase after it would be taken for a quotation and missed.
        assertEquals(List.of("the elderly"), phrases("People\u2019s lives don\u2019t fit a \u201990s model built for the elderly."));
        assertEquals(List.of("the elderly"), phrases("People's lives don't fit a '90s model built for the elderly."));
        assertEquals(List.of("the vulnerable"), phrases("We heard the users\u2019 views, and the vulnerable were not mentioned."));
        // The quote ends at the second mark: the first is the plural's apostrophe, and the phrase is inside the quote.
        assertEquals(List.of(), phrases("\u2018We value the users\u2019 views on the vulnerable\u2019, the council said."));
        assertEquals(List.of("the vulnerable"), phrases("\u2018We value the users\u2019 views\u2019, the council said of the vulnerable."));
        // A stray opening mark that nothing closes does not hide the rest of the paragraph.
        assertEquals(List.of("service users"), phrases("Rock \u2018n roll, they said to the service users."));
    }

    private static List<String> phrases(String paragraph) {
        return check("Intro.\n\n" + paragraph + "\n").stream()
                .map(p -> p.message().substring(1, p.message().indexOf("\":")).toLowerCase()).toList();
    }

    @Test
    void reportsFileLineAndColumnAndTheSuggestion() {
        Problem problem = check("First line.\n\nWe asked the service users what they want.\n").get(0);
        assertEquals("content/x.md:7:14: warning: \"service users\": it reduces people to their use of services; "
                + "say \"people who draw on social care\" or \"people who draw on support\"; more: https://socialcarefuture.blog/docs/reference/problems/#language",
                problem.toString());
    }

    @Test
    void caseLineBreaksAndPluralsAreHandled() {
        assertEquals(1, check("We spoke to Service\nUsers.\n").size());
        assertEquals(9, check("Text.\n\nMore text.\n\nTheir care\npackages were cut.\n").get(0).line());
        assertEquals(1, check("Too many burdens.\n").size());
        assertEquals(List.of(), check("Overburdened staff.\n"), "whole words only");
    }

    @Test
    void codeAndStraightQuotesAreIgnored() {
        assertEquals(List.of(), check("```\nservice users\n```\n"));
        assertEquals(List.of(), check("Use `service users` as a search term.\n"));
        assertEquals(List.of(), check("They called us \"a burden\" and we said no.\n"));
    }

    @Test
    void aPageCanIgnoreAPhraseWithAReason() {
        Page page = page("The article called us a burden.\n", List.of(new Exemption("burden", "We reply to that article", 3)));
        assertEquals(List.of(), lint.check(page));
    }
}
