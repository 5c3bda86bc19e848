package org.socialcarefuture.northstar.media;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a captions file against WebVTT's rules, as a browser reads it: the {@code WEBVTT} line first, then
 * cues, each a timing line ({@code 00:01:02.500 --> 00:01:05.000}) and at least one line of text, each ending
 * after it starts and none starting before the one before it. A captions file a browser cannot read leaves
 * a deaf viewer with nothing, so each mistake is reported with its cue and line.
 */
public final class WebVtt {

    /** A mistake in the file: its line, which cue (1, 2, ...; 0 for the header), what is wrong. */
    public record Mistake(int line, int cue, String message) {
    }

    private static final Pattern TIMING = Pattern.compile(
            "^((?:\\d{2,}:)?[0-5]\\d:[0-5]\\d\\.\\d{3})[ \\t]+-->[ \\t]+((?:\\d{2,}:)?[0-5]\\d:[0-5]\\d\\.\\d{3})(?:[ \\t]+.*)?$");

    private WebVtt() {
    }

    public static List<Mistake> check(String text) {
        List<Mistake> mistakes = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        String first = lines.length == 0 ? "" : lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[0];
        if (!(first.equals("WEBVTT") || first.startsWith("WEBVTT ") || first.startsWith("WEBVTT\t"))) {
            mistakes.add(new Mistake(1, 0, "the file does not start with the line WEBVTT, so browsers ignore it"));
            return mistakes;
        }
        int i = 1;
        while (i < lines.length && !lines[i].isBlank()) {
            i++; // the header's other lines
        }
        int cue = 0;
        long previousStart = -1;
        while (i < lines.length) {
            while (i < lines.length && lines[i].isBlank()) {
                i++;
            }
            if (i >= lines.length) {
                break;
            }
            int blockStart = i;
            if (lines[i].startsWith("NOTE") || lines[i].startsWith("STYLE") || lines[i].startsWith("REGION")) {
                while (i < lines.length && !lines[i].isBlank()) {
                    i++;
                }
                continue;
            }
            cue++;
            if (!lines[i].contains("-->") && i + 1 < lines.length) {
                i++; // the cue's identifier
            }
            Matcher timing = TIMING.matcher(lines[i].strip());
            if (!timing.matches()) {
                mistakes.add(new Mistake(i + 1, cue, "cue " + cue + " has no timing line like 00:01:02.500 --> 00:01:05.000 (found \""
                        + lines[i].strip() + "\")"));
                while (i < lines.length && !lines[i].isBlank()) {
                    i++;
                }
                continue;
            }
            int timingLine = i + 1;
            if (tooManyHours(timing.group(1)) || tooManyHours(timing.group(2))) {
                // Any number of hour digits matches WebVTT's pattern; past 9 of them no player counts that far.
                mistakes.add(new Mistake(timingLine, cue, "cue " + cue + " has a time with more hours than any recording ("
                        + lines[i].strip() + "); write hours:minutes:seconds.milliseconds, like 01:02:03.500"));
                while (i < lines.length && !lines[i].isBlank()) {
                    i++;
                }
                continue;
            }
            long start = millis(timing.group(1));
            long end = millis(timing.group(2));
            if (end <= start) {
                mistakes.add(new Mistake(timingLine, cue, "cue " + cue + " ends (" + timing.group(2) + ") before it starts (" + timing.group(1) + ")"));
            }
            if (start < previousStart) {
                mistakes.add(new Mistake(timingLine, cue, "cue " + cue + " starts (" + timing.group(1) + ") before the cue before it"));
            }
            previousStart = Math.max(previousStart, start);
            i++;
            int words = 0;
            while (i < lines.length && !lines[i].isBlank()) {
                words++;
                i++;
            }
            if (words == 0) {
                mistakes.add(new Mistake(timingLine, cue, "cue " + cue + " is empty: a timing line with no words under it"));
            }
            if (i == blockStart) {
                i++;
            }
        }
        if (cue == 0) {
            mistakes.add(new Mistake(1, 0, "the file has no cues: nothing would be shown"));
        }
        return mistakes;
    }

    private static boolean tooManyHours(String time) {
        return time.indexOf(':') > 9 && time.chars().filter(c -> c == ':').count() == 2;
    }

    private static long millis(String time) {
        String[] parts = time.split("[:.]");
        long ms = Long.parseLong(parts[parts.length - 1]);
        long seconds = Long.parseLong(parts[parts.length - 2]);
        long minutes = Long.parseLong(parts[parts.length - 3]);
        long hours = parts.length == 4 ? Long.parseLong(parts[0]) : 0;
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;
    }
}
