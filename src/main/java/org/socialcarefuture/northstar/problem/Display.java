package org.socialcarefuture.northstar.problem;

import java.nio.file.Path;

/**
 * How a problem names a file or folder. A leaf, so that every step can name files the same way without
 * importing the build that runs it.
 */
public final class Display {

    private Display() {
    }

    /** A path as the volunteer would type it: relative to the working folder when inside it. */
    public static String path(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        String shown = absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString() : absolute.toString();
        return shown.replace('\\', '/');
    }
}
