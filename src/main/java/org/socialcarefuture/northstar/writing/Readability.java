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

    public static Readability of(Page page, List<MarkdownText.TextBlock> blocks) {
        StringBuilder text = new StringBuilder();
        for (MarkdownText.TextBlock block : blocks) {
            if (block.quoted()) {
                continue;
            }
            String t = block.text().strip();
            text.append(t).append(!t.isEmpty() && ".!?:".indexOf(t.charAt(t.length() - 1)) >= 0 ? " " : ". ");
        }
        Prose.Stats stats = Prose.stats(text.toString());
        record Counted(String text, int words) {
        }
        List<Counted> counted = new java.util.ArrayList<>();
        for (int i = 0; i < stats.sentences().size(); i++) {
            if (stats.sentenceWords().get(i) > 20) {
                counted.add(new Counted(stats.sentences().get(i).text(), stats.sentenceWords().get(i)));
            }
        }
        List<String> longest = counted.stream()
                .sorted(Comparator.comparingInt(Counted::words).reversed().thenComparing(Counted::text))
                .limit(3).map(s -> s.words() + " words: " + s.text()).toList();
        return new Readability(page.source(), page.easyRead() ? "easy read" : page.type().id(), stats.readingEase(),
                stats.averageSentenceWords(), longest);
    }
}
