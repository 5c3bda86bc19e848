package org.socialcarefuture.northstar.language;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.socialcarefuture.northstar.content.Exemption;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.writing.MarkdownText;
import org.socialcarefuture.northstar.writing.Quotations;

/**
 * Finds the words the movement avoids, in the movement's own words only: code, block quotes and
 * text in quotation marks (single or double, curly or straight: see {@link Quotations}) are skipped,
 * because the movement often quotes what it criticises.
 */
public final class LanguageLint {

    private final LanguageRules rules;

    public LanguageLint(LanguageRules rules) {
        this.rules = rules;
    }

    public List<Problem> check(Page page) {
        return check(page, new MarkdownText(page.body(), page.bodyLine()));
    }

    public List<Problem> check(Page page, MarkdownText markdown) {
        List<Problem> problems = new ArrayList<>();
        List<LanguageRules.Phrase> onPage = phrasesOnPage(markdown);
        if (onPage.isEmpty()) {
            return problems; // most pages: one look at the whole text, and done
        }
        for (MarkdownText.TextBlock block : markdown.blocks()) {
            if (block.quoted()) {
                continue; // the movement quotes what it criticises
            }
            boolean[] quoted = Quotations.inside(block.text());
            String lower = squashed(block.text());
            for (LanguageRules.Phrase phrase : onPage) {
                if (!lower.contains(phrase.keyWord()) || ignored(page, phrase.phrase())) {
                    continue; // most text holds none of the phrases: skip the (case-insensitive, so slow) regex
                }
                Matcher matcher = phrase.pattern().matcher(block.text());
                while (matcher.find()) {
                    if (quoted[matcher.start()]) {
                        continue;
                    }
                    int offset = block.offsets()[matcher.start()];
                    String found = block.text().substring(matcher.start(), matcher.end()).replaceAll("\\s+", " ");
                    String fix = phrase.instead().isEmpty() ? "choose words that do not define people by their needs"
                            : "say " + String.join(" or ", phrase.instead().stream().map(s -> "\"" + s + "\"").toList());
                    problems.add(new Problem(page.source(), markdown.line(offset), markdown.column(offset),
                            rules.errors() ? Problem.Severity.ERROR : Problem.Severity.WARNING, "language",
                            "\"" + found + "\": " + phrase.reason(), fix));
                }
            }
        }
        return problems;
    }

    private static boolean ignored(Page page, String phrase) {
        for (Exemption exemption : page.languageIgnore()) {
            if (exemption.what().equalsIgnoreCase(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** The phrases whose words appear somewhere in the page's own (unquoted) blocks. */
    private List<LanguageRules.Phrase> phrasesOnPage(MarkdownText markdown) {
        StringBuilder page = new StringBuilder();
        for (MarkdownText.TextBlock block : markdown.blocks()) {
            if (!block.quoted()) {
                page.append(squashed(block.text())).append('\n');
            }
        }
        String text = page.toString();
        List<LanguageRules.Phrase> found = new ArrayList<>();
        for (LanguageRules.Phrase phrase : rules.phrases()) {
            if (text.contains(phrase.keyWord())) {
                found.add(phrase);
            }
        }
        return found;
    }

    /** The text in lower case with each run of white space as one space, as the phrases are written. */
    private static String squashed(String text) {
        char[] out = new char[text.length()]; // an array, not a StringBuilder: this runs over every word of every page
        int length = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space) {
                    out[length++] = ' ';
                    space = false;
                }
                out[length++] = Character.toLowerCase(c);
            }
        }
        return new String(out, 0, length);
    }
}
