package org.socialcarefuture.northstar.easyread;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.writing.MarkdownText;
import org.socialcarefuture.northstar.writing.Prose;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;

/**
 * Checks an easy-read page against UK easy-read guidance, point by point, with the file, line and
 * column of each finding: short sentences, one idea per point, a picture with every point and a
 * description with every picture, no jargon, short forms explained, numbers as digits, and an easy
 * reading score for the page.
 */
public final class EasyReadLint {

    private static final Pattern ABBREVIATION = Pattern.compile("\\b[A-Z]{2,6}s?\\b");
    private static final Pattern NUMBER_WORD = Pattern.compile("(?i)\\b(eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
            + "|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands"
            + "|million|millions|billion|billions)\\b");

    private final EasyReadRules rules;

    public EasyReadLint(EasyReadRules rules) {
        this.rules = rules;
    }

    public List<Problem> check(Page page) {
        return check(page, new MarkdownText(page.body(), page.bodyLine()));
    }

    public List<Problem> check(Page page, MarkdownText markdown) {
        List<Problem> problems = new ArrayList<>();
        List<MarkdownText.TextBlock> blocks = markdown.blocks();
        StringBuilder all = new StringBuilder();
        for (MarkdownText.TextBlock block : blocks) {
            all.append(block.text()).append(block.text().strip().matches(".*[.!?]$") ? " " : ". ");
        }
        String pageText = all.toString();
        Set<String> expanded = expandedAbbreviations(pageText);
        Set<String> reported = new HashSet<>();

        for (MarkdownText.TextBlock block : blocks) {
            int line = markdown.line(block.node().getStartOffset());
            boolean heading = block.node() instanceof Heading;
            if (!heading && !block.startsWithImage()) {
                report(problems, page, line, 0, "easy-picture", "this point has no picture at its start",
                        "start the paragraph with a picture, e.g. ![A house](icon:home) and then the words");
            }
            for (Image image : block.images()) {
                // A picture with no description at all is an error on every page (the renderer says so); in easy read
                // every picture should carry the point, so even one marked as decoration is worth a word.
                if (org.socialcarefuture.northstar.markdown.MarkdownRenderer.decorative(image.getText().toString())) {
                    report(problems, page, markdown.line(image.getStartOffset()), markdown.column(image.getStartOffset()),
                            "easy-alt", "a picture is marked as decoration; in easy read each picture should help explain its point",
                            "describe it in the brackets: ![A house with a red door](...)");
                }
            }
            List<Prose.Sentence> sentences = Prose.sentences(block.text());
            if (!heading && sentences.size() > rules.maxSentencesPerPoint()) {
                report(problems, page, line, 0, "easy-one-idea", "this point has " + sentences.size()
                        + " sentences; easy read keeps one idea to a point (at most " + rules.maxSentencesPerPoint() + ")",
                        "split it into separate points, each with its own picture");
            }
            for (Prose.Sentence sentence : sentences) {
                int words = sentence.words();
                if (words > rules.maxSentenceWords()) {
                    int offset = at(block, sentence.offset());
                    report(problems, page, markdown.line(offset), markdown.column(offset), "easy-sentence-length",
                            "a sentence has " + words + " words (easy read: " + rules.maxSentenceWords() + " or fewer): \""
                                    + shorten(sentence.text()) + "\"", "split it into two short sentences");
                }
            }
            String lower = block.text().toLowerCase(Locale.UK);
            for (Map.Entry<String, String> jargon : rules.jargon().entrySet()) {
                Matcher matcher = Pattern.compile("\\b" + Pattern.quote(jargon.getKey()) + "\\b").matcher(lower);
                while (matcher.find()) {
                    int offset = at(block, matcher.start());
                    report(problems, page, markdown.line(offset), markdown.column(offset), "easy-jargon",
                            "\"" + block.text().substring(matcher.start(), matcher.end()) + "\" is jargon",
                            jargon.getValue().isBlank() ? "use an everyday word" : "say \"" + jargon.getValue() + "\"");
                }
            }
            Matcher abbreviation = ABBREVIATION.matcher(block.text());
            while (abbreviation.find()) {
                String word = abbreviation.group().replaceFirst("s$", "");
                if (word.length() < 2 || rules.knownAbbreviations().contains(word) || expanded.contains(word) || !reported.add(word)) {
                    continue;
                }
                int offset = at(block, abbreviation.start());
                report(problems, page, markdown.line(offset), markdown.column(offset), "easy-abbreviation",
                        "\"" + word + "\" is a short form that is not explained", "write it out, or explain it once: Full Name (" + word + ")");
            }
            Matcher number = NUMBER_WORD.matcher(block.text());
            while (number.find()) {
                int offset = at(block, number.start());
                report(problems, page, markdown.line(offset), markdown.column(offset), "easy-numbers",
                        "\"" + number.group() + "\" is a number written as a word", "write numbers as digits, e.g. 12 or 500");
            }
        }
        double ease = Prose.readingEase(pageText);
        if (!blocks.isEmpty() && ease < rules.minReadingEase()) {
            report(problems, page, page.bodyLine(), 0, "easy-reading-ease", String.format(Locale.UK,
                    "the page's reading ease is %.0f (Flesch); easy read needs %.0f or more", ease, rules.minReadingEase()),
                    "use shorter sentences and shorter, everyday words");
        }
        return problems;
    }

    /** Short forms explained somewhere on the page, as "Full Name (ABC)". */
    private static Set<String> expandedAbbreviations(String text) {
        Set<String> expanded = new HashSet<>();
        Matcher matcher = Pattern.compile("\\(([A-Z]{2,6})\\)").matcher(text);
        while (matcher.find()) {
            expanded.add(matcher.group(1));
        }
        return expanded;
    }

    private static int at(MarkdownText.TextBlock block, int textIndex) {
        int[] offsets = block.offsets();
        if (offsets.length == 0) {
            return block.node().getStartOffset();
        }
        return offsets[Math.min(Math.max(0, textIndex), offsets.length - 1)];
    }

    private void report(List<Problem> problems, Page page, int line, int column, String rule, String message, String fix) {
        problems.add(new Problem(page.source(), line, column, rules.errors() ? Problem.Severity.ERROR : Problem.Severity.WARNING,
                rule, "[easy read] " + message, fix));
    }

    private static String shorten(String text) {
        return text.length() > 70 ? text.substring(0, 67) + "..." : text;
    }
}
