package org.socialcarefuture.northstar.content;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.socialcarefuture.northstar.problem.Problems;

/**
 * One file's front matter as its readers see it: values read with each mistake reported at its line and
 * the fix, and whether any error was found. Every concern's reader (the page's own keys, media, the kinds'
 * keys) shares one, so an error in any of them keeps the page out of the site while the others are still
 * checked, and every problem shows in one run.
 */
final class FrontMatterReader implements EventReader.Reporter {
    private final String source;
    private final String contentPath;
    private final FrontMatter fm;
    private final Problems problems;
    private boolean failed;

    FrontMatterReader(String source, String contentPath, FrontMatter fm, Problems problems) {
        this.source = source;
        this.contentPath = contentPath;
        this.fm = fm;
        this.problems = problems;
    }

    /** The file as shown to volunteers, e.g. {@code content/blog/2021-03-01-pledge.md}. */
    String source() {
        return source;
    }

    /** The file's path under content/. */
    String contentPath() {
        return contentPath;
    }

    FrontMatter fm() {
        return fm;
    }

    /** Where problems that are not about one value (placeholders, unknown keys) go. */
    Problems problems() {
        return problems;
    }

    /** Whether an error was reported: then the page cannot be placed in the site. */
    boolean failed() {
        return failed;
    }

    /** The page cannot be placed, for a reason already reported (e.g. an event without a readable start). */
    void fail() {
        failed = true;
    }

    Optional<String> text(String key) {
        try {
            return fm.text(key);
        } catch (FrontMatter.ValueException e) {
            error(e.line(), e.getMessage(), fixFor(key));
            return Optional.empty();
        }
    }

    List<String> list(String key) {
        try {
            return fm.list(key);
        } catch (FrontMatter.ValueException e) {
            error(e.line(), e.getMessage(), "write " + key + ": [first, second] or one - item per line");
            return List.of();
        }
    }

    private static String fixFor(String key) {
        return switch (key) {
            case "date" -> "write date: YYYY-MM-DD";
            case "title" -> "write title: followed by the title as plain text";
            default -> "write " + key + ": followed by plain text, or remove the line";
        };
    }

    @Override
    public void error(int line, String message, String fix) {
        failed = true;
        problems.error(source, line, "front-matter", message, fix);
    }

    @Override
    public void warning(int line, String message, String fix) {
        problems.warning(source, line, "front-matter", message, fix);
    }

    /** {@code  (did you mean "authors"?)} when a close known word exists, else "". */
    static String closest(String word, Collection<String> known) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known.stream().sorted().toList()) {
            int d = distance.apply(word.toLowerCase(Locale.ROOT), candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, word.length() / 3) ? " (did you mean \"" + best + "\"?)" : "";
    }
}
