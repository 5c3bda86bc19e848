package org.socialcarefuture.northstar.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a folder may receive the site. Publishing replaces the whole output folder (a bake swaps a
 * new one in; the preview removes what the site no longer has), so a mistyped {@code --output} must
 * never point at someone's files: the content, the theme, the folder the command runs in, or any
 * folder North Star did not make.
 */
public final class OutputFolder {

    /** Every site North Star makes has this file at its root: a non-empty folder without it was not made by us. */
    static final String MARK = "site.json";

    private OutputFolder() {
    }

    /**
     * Why {@code output} must not be replaced, or empty when it may.
     *
     * @param kept      folders that must survive, by what a volunteer calls them (the content folder, the
     *                  theme...): the output may not be one of them or hold one of them
     * @param notInside folders the output may not lie inside, as they are read to make the site
     */
    public static Optional<String> refusal(Path output, Map<String, Path> kept, Map<String, Path> notInside) {
        Path target = real(output);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            return Optional.of("the output is a file, not a folder, and publishing would delete it");
        }
        for (Map.Entry<String, Path> folder : kept.entrySet()) {
            if (real(folder.getValue()).equals(target)) {
                return Optional.of("the output folder is " + folder.getKey() + " (" + target + "), which publishing would delete");
            }
        }
        for (Map.Entry<String, Path> folder : kept.entrySet()) {
            if (real(folder.getValue()).startsWith(target)) {
                return Optional.of("the output folder contains " + folder.getKey() + " (" + real(folder.getValue())
                        + "), which publishing would delete");
            }
        }
        for (Map.Entry<String, Path> folder : notInside.entrySet()) {
            if (target.startsWith(real(folder.getValue()))) {
                return Optional.of("the output folder is inside " + folder.getKey() + " (" + real(folder.getValue())
                        + "), which is read to make the site");
            }
        }
        if (Files.isDirectory(target) && !Files.exists(target.resolve(MARK)) && !isEmpty(target)) {
            return Optional.of("the output folder already holds files North Star did not make, and publishing would delete them");
        }
        return Optional.empty();
    }

    /** The path as the disk has it (links followed) when it exists, else as written, made absolute. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Step 0 of a bake: an error when {@code output} is a folder holding someone's files (the content, the theme, the
     * settings, the folder they work in), so that nothing is ever published over them.
     */
    public static void refuse(Path output, Path content, Path theme, Path config, org.socialcarefuture.northstar.problem.Problems problems) {
        Map<String, Path> read = new java.util.LinkedHashMap<>();
        read.put("the content folder", content);
        read.put("the theme", theme);
        Map<String, Path> kept = new java.util.LinkedHashMap<>(read);
        kept.put("the settings folder", config);
        kept.put("the folder you are working in", Path.of(""));
        refusal(output, kept, read).ifPresent(why -> problems.error(org.socialcarefuture.northstar.problem.Display.path(output), 0,
                "output", why, "choose a new or empty folder for the site, e.g. target/site (--output on the command line, "
                        + "outputDirectory in the Maven plugin)"));
    }
}
