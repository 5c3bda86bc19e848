package org.socialcarefuture.northstar.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;


/**
 * The theme a site is baked with: North Star's own default theme, which travels inside the jar and the
 * Maven plugin, with each file of the site's theme folder in place of the bundled file of the same name
 * (Hugo's lookup order). A group with no theme folder gets the default theme; a group that wants its own
 * header puts one {@code templates/layout.ftl} in its folder and keeps everything else.
 *
 * <p>The two are laid over each other in a work folder ({@link #folder()}), so every later step reads one
 * ordinary theme folder; {@link #display} names the file a volunteer can open, for problems.
 *
 * @param folder the merged theme: templates/, assets/, fonts/
 * @param own    the site's theme folder (it may not exist)
 */
public record ThemeFiles(Path folder, Path own) {

    /** Where the default theme is inside the jar (copied there from themes/default by the build). */
    static final String BUNDLED = org.socialcarefuture.northstar.starter.BundledTheme.FOLDER;

    /** How a problem names a file of the bundled theme: not a file the group has, but where to find it. */
    public static final String BUNDLED_DISPLAY = "[north-star default theme]";


    /**
     * Lays the site's theme folder {@code own} over the bundled theme in {@code work}. Files already
     * there with the same bytes are left alone (so their dates stay), and files neither theme has any
     * more are removed.
     */
    public static ThemeFiles resolve(Path own, Path work) throws IOException {
        Map<String, byte[]> files = new TreeMap<>(bundled());
        if (Files.isDirectory(own)) {
            try (Stream<Path> walk = Files.walk(own)) {
                for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    files.put(own.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
        }
        Files.createDirectories(work);
        Set<String> wanted = new HashSet<>(files.keySet());
        try (Stream<Path> walk = Files.walk(work)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                if (!wanted.contains(work.relativize(file).toString().replace('\\', '/'))) {
                    Files.delete(file);
                }
            }
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = work.resolve(file.getKey());
            if (Files.isRegularFile(target) && Files.size(target) == file.getValue().length
                    && Arrays.equals(Files.readAllBytes(target), file.getValue())) {
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        return new ThemeFiles(work, own);
    }

    /** Whether the site's own theme folder has this file (e.g. "templates/layout.ftl"). */
    public boolean overridden(String relative) {
        return Files.isRegularFile(own.resolve(relative));
    }

    /** The file a problem names: the site's own copy, or the bundled theme's file. */
    public String display(String relative) {
        return overridden(relative) ? org.socialcarefuture.northstar.problem.Display.path(own.resolve(relative)) : BUNDLED_DISPLAY + "/" + relative;
    }

    /** The bundled theme's file names, e.g. "templates/layout.ftl", "assets/css/site.css". */
    public static Set<String> bundledNames() {
        return Collections.unmodifiableSet(bundled().keySet());
    }

    /** One file of the bundled theme, e.g. to copy out for editing; null when there is none. */
    public static byte[] bundledFile(String relative) {
        byte[] bytes = bundled().get(relative);
        return bytes == null ? null : bytes.clone();
    }

    /** The bundled theme, read once: from the jar, or from target/classes when run from the build. */
    private static Map<String, byte[]> bundled() {
        return org.socialcarefuture.northstar.starter.BundledTheme.files();
    }
}
