package org.socialcarefuture.northstar.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.socialcarefuture.northstar.Build;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.config.BuildOptions;
import org.socialcarefuture.northstar.problem.BuildFailedException;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.publish.Staging;

/**
 * The small site the whole-bake fuzz targets write into, and what every bake of it must show: no exception
 * beyond the bake's own reported problems, every error at a content file, nothing written outside the output
 * folder (and the build's own folders beside it), and a site again once the bad post is taken out.
 */
final class FuzzSite {

    /** What a bake may write beside its site: the cache, the accessibility report, the lock, the crash log. */
    private static final Set<String> BESIDE_THE_SITE = Set.of("site", ".north-star-cache", "a11y-report", ".site.lock",
            "north-star-crash.log", ".site.publishing", ".site.publishing.making");

    static final String ORDINARY = """
            -- content/blog/2021-01-18-first.md --
            ---
            title: The first post
            date: 2021-01-18
            tags: [pledge]
            author: Ann Example
            ---
            We talk about [the second post](2021-02-18-second.md) and [our work](../about.md).
            -- content/blog/2021-02-18-second.md --
            ---
            title: The second post
            date: 2021-02-18
            tags: [pledge, social care]
            ---
            Some words.
            -- content/about.md --
            ---
            title: About us
            ---
            Who we are.
            """;

    private final Path root;

    private FuzzSite(Path root) {
        this.root = root;
    }

    /** A fresh small site under {@code root} (emptied first). */
    static FuzzSite fresh(Path root) throws IOException {
        Staging.deleteTree(root);
        TestSite.of(root, ORDINARY);
        return new FuzzSite(root);
    }

    Path content() {
        return root.resolve("content");
    }

    Path output() {
        return root.resolve("out/site");
    }

    BuildOptions options() {
        return new BuildOptions(content(), Path.of("themes/default").toAbsolutePath(), output(),
                TestSite.CONFIG.withBaseUrl("https://example.org/").withSocialCards(false), false,
                Clock.fixed(TestSite.TODAY, ZoneOffset.UTC));
    }

    /**
     * Bakes and checks what any bake must show; returns the problems of a failed bake (empty when it published).
     * {@code fuzzed} is the content file the fuzzer wrote: when the bake fails, it is taken out and the rest must bake.
     */
    List<Problem> bakeAndJudge(Path fuzzed) throws IOException {
        Set<String> contentBefore = listing(content());
        List<Problem> problems = bakeOnce();
        assertEquals(contentBefore, listing(content()), "the bake changed the content folder");
        try (Stream<Path> beside = Files.list(root)) {
            assertEquals(Set.of("content", "out"), beside.map(p -> p.getFileName().toString()).collect(Collectors.toSet()),
                    "the bake wrote beside the content and output folders");
        }
        try (Stream<Path> beside = Files.list(root.resolve("out"))) {
            for (Path path : beside.toList()) {
                assertTrue(BESIDE_THE_SITE.contains(path.getFileName().toString()) || path.getFileName().toString().startsWith(".site.old-"),
                        "the bake wrote outside the output folder: " + path);
            }
        }
        if (Files.isDirectory(output())) {
            Path site = output().toRealPath();
            try (Stream<Path> walk = Files.walk(output())) {
                for (Path path : walk.toList()) {
                    assertTrue(path.toRealPath().startsWith(site), "written outside the site: " + path);
                }
            }
        }
        if (!problems.isEmpty() && fuzzed != null) {
            Files.deleteIfExists(fuzzed);
            List<Problem> without = bakeOnce();
            assertTrue(without.isEmpty(), "one post took the site down; without it the bake still fails:\n" + TestSite.lines(without));
        }
        return problems;
    }

    private List<Problem> bakeOnce() {
        try {
            Build.bake(options());
            return List.of();
        } catch (BuildFailedException failed) {
            Path contentFolder = content().toAbsolutePath().normalize();
            for (Problem problem : failed.problems()) {
                assertFalse(problem.rule().equals("internal"), "a fault in North Star: " + problem);
                if (problem.isError()) {
                    Path file = Path.of(problem.file()).toAbsolutePath().normalize();
                    assertTrue(file.startsWith(contentFolder) && Files.isRegularFile(file),
                            "an error that names no content file: " + problem);
                }
                assertFalse(problem.message().contains("disk has space") || problem.fix().contains("disk has space"),
                        "a post's problem blamed on the disk: " + problem);
            }
            assertFalse(failed.problems().stream().noneMatch(Problem::isError), "a failed bake with no error");
            return failed.problems();
        }
    }

    private static Set<String> listing(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.map(p -> folder.relativize(p).toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * Any text as a YAML double-quoted scalar: quotes and backslashes escaped, every character YAML will not take
     * as it is written as an escape, so a NUL or a line break reaches the front-matter reader as the value.
     */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if ((c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
                    || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || c >= 0x10000) {
                out.appendCodePoint(c);
            } else if (c <= 0xFF) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.append(String.format("\\u%04x", c));
            }
        });
        return out.append('"').toString();
    }
}
