package org.socialcarefuture.northstar.content;

import java.util.ArrayList;
import java.util.List;

import org.socialcarefuture.northstar.problem.Problem;

/**
 * The words {@code new} writes into a new file for the volunteer to replace ("Your Name", a summary hint,
 * "Write here..."). They live here, in one place, so the file {@code new} writes and the check that stops
 * them being published can never drift apart. A draft may keep them; a page that would be published may not.
 */
public final class Placeholders {

    public static final String AUTHOR = "Your Name";
    public static final String ROLE = "Your role";
    public static final String ORGANISATION = "Your organisation";
    public static final String ADDRESSEE = "Who the letter is to";
    public static final String SUMMARY = "One or two sentences for lists and link previews.";
    public static final String REPORT_SUMMARY = "What the report is about, in one or two sentences.";
    public static final String PAGE_SUMMARY = "What this page is for.";
    public static final String EASY_READ_TITLE = "Easy read: the title in plain words";
    public static final String EVENT_SUMMARY = "What the event is about, in one or two sentences.";
    public static final String EVENT_LOCATION = "The place, its address and postcode";
    public static final String BODY = "Write here. Use ## for section headings.";
    public static final String EASY_READ_POINT = "Write one short idea here.";
    public static final String EASY_READ_PICTURE_POINT = "Start each point with a picture.";

    /** Front matter values that are wholly a placeholder. */
    private static final List<String> VALUES = List.of(AUTHOR, ROLE, ORGANISATION, ADDRESSEE, SUMMARY, REPORT_SUMMARY,
            PAGE_SUMMARY, EASY_READ_TITLE, EVENT_SUMMARY, EVENT_LOCATION);
    /** Sentences in the body. */
    private static final List<String> SENTENCES = List.of(BODY, EASY_READ_POINT, EASY_READ_PICTURE_POINT);

    private Placeholders() {
    }

    /** Each placeholder left in the front matter or the body of a page that is not a draft, at its line. */
    public static List<Problem> check(String source, FrontMatter frontMatter, String body, int bodyLine) {
        List<Problem> problems = new ArrayList<>();
        frontMatter.scalars((key, line, value) -> {
            if (VALUES.contains(value)) {
                problems.add(Problem.error(source, line, "placeholder", "\"" + value + "\" (under " + key
                                + ") is the example new wrote, still waiting for your words",
                        "replace it with your own, or add status: draft until the page is ready"));
            }
        });
        LineIndex lines = null;
        for (String sentence : SENTENCES) {
            for (int at = body.indexOf(sentence); at >= 0; at = body.indexOf(sentence, at + 1)) {
                lines = lines == null ? LineIndex.of(body) : lines;
                problems.add(new Problem(source, bodyLine + lines.line(at), lines.column(at), Problem.Severity.ERROR, "placeholder",
                        "\"" + sentence + "\" is the example new wrote, still waiting for your words",
                        "replace it with your own, or add status: draft until the page is ready"));
            }
        }
        return problems;
    }
}
