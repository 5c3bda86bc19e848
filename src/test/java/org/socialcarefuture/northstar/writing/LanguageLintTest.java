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
                false, List.of(), List.of(), List.of(), false, null, List.of(), ignore, body, 5);
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
        assertEquals(List.of(), check("Intro.\n\n> " + flagged + "\n"), "a block quote is not flagged");
    }

    @Test
    void reportsFileLineAndColumnAndTheSuggestion() {
        Problem problem = check("First line.\n\nWe asked the service users what they want.\n").get(0);
        assertEquals("content/x.md:7:14: warning: \"service users\": it reduces people to their use of services; "
                + "say \"people who draw on social care\" or \"people who draw on support\"", problem.toString());
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
