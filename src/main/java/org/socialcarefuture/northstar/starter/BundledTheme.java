package org.socialcarefuture.northstar.starter;

import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * The default theme as it travels inside the jar, read once. Here, beside the other bundled files, so that
 * both the theme (render/ThemeFiles) and the {@code new} command (NewSite) read it without importing each other.
 */
public final class BundledTheme {

    /** Where the default theme lies in the jar. */
    public static final String FOLDER = "north-star/theme/";

    private static volatile Map<String, byte[]> bundled;

    private BundledTheme() {
    }

    /** The bundled theme's file names, e.g. "templates/layout.ftl", "assets/css/site.css". */
    public static Set<String> names() {
        return Collections.unmodifiableSet(files().keySet());
    }

    /** One file of the bundled theme, e.g. to copy out for editing; null when there is none. */
    public static byte[] file(String relative) {
        byte[] bytes = files().get(relative);
        return bytes == null ? null : bytes.clone();
    }

    /** Every file of the bundled theme by its path in the theme (not copied: callers must not change them). */
    public static Map<String, byte[]> files() {
        Map<String, byte[]> files = bundled;
        if (files == null) {
            synchronized (BundledTheme.class) {
                if (bundled == null) {
                    bundled = BundledFiles.read(FOLDER, "templates/layout.ftl");
                }
                files = bundled;
            }
        }
        return files;
    }
}
