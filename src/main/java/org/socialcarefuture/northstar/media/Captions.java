package org.socialcarefuture.northstar.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.socialcarefuture.northstar.problem.Display;
import org.socialcarefuture.northstar.problem.Problems;

/** A recording's captions file, checked as a browser would read it (WCAG 2.2 1.2.2), and its size in words. */
public final class Captions {

    private Captions() {
    }

    /** Each mistake in the WebVTT file at {@code file} as an error at its cue's line. */
    public static void check(Path file, Problems found) {
        try {
            for (WebVtt.Mistake mistake : WebVtt.check(Files.readString(file))) {
                found.error(Display.path(file), mistake.line(), "captions", "[WCAG 1.2.2] " + mistake.message() + ", so a browser cannot show"
                        + " these captions", "mend the cue's timing line (start --> end, the end after the start) and give it words");
            }
        } catch (IOException e) {
            found.error(Display.path(file), 0, "captions", "the captions could not be read as text: " + e.getMessage(),
                    "save them as a UTF-8 WebVTT file");
        }
    }

    /** A recording's file size as its player shows it. */
    public static String size(Path file) {
        try {
            return MediaMarkup.size(Files.size(file));
        } catch (IOException e) {
            return "size unknown";
        }
    }
}
