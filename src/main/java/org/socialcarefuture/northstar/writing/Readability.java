package org.socialcarefuture.northstar.writing;

import java.util.Comparator;
import java.util.List;

import org.socialcarefuture.northstar.content.Page;

/**
 * How easy a page is to read, for the report: reading ease, average sentence length and the longest
 * sentences (the first ones to shorten).
 */
public record Readability(String file, String type, double readingEase, double averageSentenceWords, List<String> longest) {

    public Readability {
        longest = List.copyOf(longest);
    }

    public static Readability of(Page page) {
        StringBuilder text = new StringBuilder();
        MarkdownText markdown = new MarkdownText(page.body(), page.bodyLine());
        for (MarkdownText.TextBlock block : markdown.blocks(false)) {
            String t = block.text().strip();
            text.append(t).append(t.matches(".*[.!?:]$") ? " " : ". ");
        }
        String all = text.toString();
        List<String> longest = Prose.sentences(all).stream()
                .sorted(Comparator.comparingInt(Prose.Sentence::words).reversed())
                .limit(3).filter(s -> s.words() > 20).map(s -> s.words() + " words: " + s.text()).toList();
        return new Readability(page.source(), page.easyRead() ? "easy read" : page.type().id(), Prose.readingEase(all),
                Prose.averageSentenceLength(all), longest);
    }
}
