package org.socialcarefuture.northstar.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.content.PageType;
import org.socialcarefuture.northstar.easyread.EasyReadLint;
import org.socialcarefuture.northstar.easyread.EasyReadRules;
import org.socialcarefuture.northstar.problem.Problem;

/** Each easy-read rule, once broken (with its line and column) and once respected. */
class EasyReadLintTest {

    static EasyReadLint lint;

    @BeforeAll
    static void rules() throws IOException {
        lint = new EasyReadLint(EasyReadRules.load(null));
    }

    static Page page(String body) {
        return new Page("content/x.easy.md", "x.easy.md", PageType.PAGE, "X", "x", "x/", null, List.of(), List.of(), "", "", "",
                false, List.of(), List.of(), List.of(), true, null, List.of(), List.of(), body, 4, null, null);
    }

    static List<Problem> check(String body, String rule) {
        return lint.check(page(body)).stream().filter(p -> p.rule().equals(rule)).toList();
    }

    static final String GOOD = "![A house](icon:home) We want everyone to have a home.\n";

    @Test
    void longSentences() {
        List<Problem> found = check("![A house](icon:home) We want every person in every town and city to have a safe and warm home of their own choosing.\n", "easy-sentence-length");
        assertEquals(1, found.size());
        assertEquals(4, found.get(0).line());
        assertEquals(23, found.get(0).column());
        assertTrue(found.get(0).message().contains("has 20 words"), found.get(0).message());
        assertEquals(List.of(), check(GOOD, "easy-sentence-length"));
    }

    @Test
    void pointWithoutAPicture() {
        List<Problem> found = check(GOOD + "\nWe want everyone to belong.\n", "easy-picture");
        assertEquals(1, found.size());
        assertEquals(6, found.get(0).line());
        assertEquals(List.of(), check(GOOD + "\n## A heading needs no picture\n", "easy-picture"));
    }

    @Test
    void pictureMarkedAsDecoration() {
        // A picture with no description at all is an error on any page (MarkdownRendererTest); easy read is told once, not twice.
        assertEquals(List.of(), check("![](icon:home) We want a home.\n", "easy-alt"));
        List<Problem> found = check("![decorative](icon:home) We want a home.\n", "easy-alt");
        assertEquals(1, found.size());
        assertEquals(1, found.get(0).column());
        assertEquals(List.of(), check(GOOD, "easy-alt"));
    }

    @Test
    void moreThanOneIdeaPerPoint() {
        assertEquals(1, check("![A house](icon:home) We want a home. We want friends. We want a job.\n", "easy-one-idea").size());
        assertEquals(List.of(), check("![A house](icon:home) We want a home. It is important.\n", "easy-one-idea"));
    }

    @Test
    void jargonWithAPlainerWord() {
        List<Problem> found = check("![A form](icon:question) The council does the commissioning.\n", "easy-jargon");
        assertEquals(1, found.size());
        assertTrue(found.get(0).fix().contains("buying or arranging support"));
        assertEquals(List.of(), check("![A form](icon:question) The council buys support.\n", "easy-jargon"));
    }

    @Test
    void abbreviationsMustBeExplained() {
        List<Problem> found = check("![People](icon:people) We work with TLAP.\n", "easy-abbreviation");
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("\"TLAP\""));
        assertEquals(List.of(), check("![People](icon:people) We work with Think Local Act Personal (TLAP).\n\n"
                + "![People](icon:people) TLAP helps councils.\n", "easy-abbreviation"));
        assertEquals(List.of(), check("![People](icon:people) We live in the UK.\n", "easy-abbreviation"));
    }

    @Test
    void numbersAboveTenAsDigits() {
        assertEquals(1, check("![People](icon:people) Twelve people asked questions.\n", "easy-numbers").size());
        assertEquals(List.of(), check("![People](icon:people) 12 people asked questions. Ten said yes.\n", "easy-numbers"));
    }

    @Test
    void readingEaseOfThePage() {
        List<Problem> found = check("![A form](icon:question) Organisational transformation necessitates comprehensive "
                + "interdepartmental collaboration.\n", "easy-reading-ease");
        assertEquals(1, found.size());
        assertEquals(List.of(), check(GOOD, "easy-reading-ease"));
    }

    @Test
    void findingsAreWarningsUnlessTheSettingsSayErrors() {
        Problem problem = check("![A house](icon:home) Twelve.\n", "easy-numbers").get(0);
        assertTrue(!problem.isError());
        EasyReadRules strict = new EasyReadRules(true, 15, 2, 60, java.util.Map.of(), java.util.Set.of());
        assertTrue(new EasyReadLint(strict).check(page("![A house](icon:home) Twelve.\n")).get(0).isError());
    }
}
