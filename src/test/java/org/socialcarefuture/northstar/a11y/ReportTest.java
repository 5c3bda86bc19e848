package org.socialcarefuture.northstar.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.writing.Readability;

/** The report's readability part: what a maintainer reads first, and every page's figures for a spreadsheet. */
class ReportTest {

    @TempDir
    Path dir;

    private static Readability page(int i, double ease) {
        return new Readability("content/blog/post-" + i + ".md", i % 3 == 0 ? "newsletter" : "post", ease, 12.5 + i % 7,
                ease < 40 ? List.of("31 words: a very long sentence from post " + i) : List.of());
    }

    @Test
    void listsTheHardestPagesFirstAndEveryPageInTheCsv() throws IOException {
        List<Report.ReadabilityRow> rows = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            rows.add(Report.row(page(i, 100 - i))); // post-70 is the hardest (30), post-1 the easiest (99)
        }
        rows.add(Report.row(new Readability("content/letters/\"quoted\", with comma.md", "letter", 55, 20, List.of())));
        Path report = dir.resolve("a11y-report/index.html");

        Report.write(report, List.of(), List.of(), rows.size(), rows);

        Document html = Jsoup.parse(report.toFile());
        var hardest = html.select("#readability-table").first().parent().select("tbody tr");
        assertEquals(Report.HARDEST_PAGES, hardest.size());
        assertEquals("content/blog/post-70.md", hardest.get(0).child(0).text(), "hardest first");
        assertEquals("30", hardest.get(0).child(2).text());
        assertTrue(hardest.get(0).child(4).text().contains("a very long sentence from post 70"));
        assertTrue(html.text().contains("The 50 pages hardest to read, hardest first"), html.text());

        var byType = html.select("table:has(caption:contains(Reading ease by page type)) tbody tr");
        assertEquals(List.of("letter 1 55 1", "newsletter 23 64 10", "post 47 65 20"), byType.eachText());

        List<String> csv = Files.readAllLines(report.resolveSibling("readability.csv"));
        assertEquals("file,type,reading_ease,average_sentence_words", csv.get(0));
        assertEquals(rows.size() + 1, csv.size(), "every page");
        assertEquals("content/blog/post-1.md,post,99,13.5", csv.get(1));
        assertTrue(csv.contains("\"content/letters/\"\"quoted\"\", with comma.md\",letter,55,20.0"), csv.toString());
        assertEquals("readability.csv", html.select("#readability ~ p a").attr("href"));
    }

    @Test
    void aSmallSiteListsEveryPage() throws IOException {
        List<Report.ReadabilityRow> rows = List.of(Report.row(page(1, 70)), Report.row(page(2, 45)));
        Path report = dir.resolve("report/index.html");

        Report.write(report, List.of(), List.of(), 2, rows);

        Document html = Jsoup.parse(report.toFile());
        assertEquals(List.of("content/blog/post-2.md", "content/blog/post-1.md"),
                html.select("#readability-table").first().parent().select("tbody tr td:first-child").eachText());
        assertTrue(html.text().contains("Every page, hardest to read first"), html.text());
    }
}
