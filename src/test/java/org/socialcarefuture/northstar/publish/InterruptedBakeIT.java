package org.socialcarefuture.northstar.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.TestSite;

/**
 * A bake killed while it writes (CI cancelled, a laptop closed) leaves the previous site whole, and the next
 * bake tidies what it left. The bake runs as its own process, as CI runs it, and is killed with SIGKILL
 * while its staging folder fills.
 */
class InterruptedBakeIT {

    @TempDir
    Path dir;

    @Test
    void aBakeKilledWhileWritingLeavesThePreviousSiteWholeAndTheNextBakeTidiesUp() throws Exception {
        TestSite site = TestSite.of(dir, "-- content/about.md --\n---\ntitle: About\n---\nThe site as it was.\n");
        site.bake();
        Map<String, String> before = files(site.output());

        // Enough posts that writing takes a few seconds, for the kill to land in the middle of it.
        Files.createDirectories(site.content().resolve("blog"));
        for (int i = 0; i < 1000; i++) {
            Files.writeString(site.content().resolve("blog").resolve("2021-01-01-post-" + i + ".md"),
                    "---\ntitle: Post " + i + "\ndate: 2021-01-01\ntags: [t" + (i % 40) + "]\n---\nWords for post " + i + ".\n");
        }
        Process bake = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.socialcarefuture.northstar.cli.Main", "bake",
                "--content", site.content().toString(), "--theme", Path.of("themes/default").toAbsolutePath().toString(),
                "--output", site.output().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("bake.log").toFile()).start();
        Path staging = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (staging == null && bake.isAlive() && System.nanoTime() < deadline) {
            staging = stagingWithFiles(200);
            Thread.sleep(10);
        }
        assertTrue(staging != null, "the bake never started writing: " + Files.readString(dir.resolve("bake.log")));
        bake.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs
        assertTrue(bake.waitFor(30, TimeUnit.SECONDS));
        assertTrue(bake.exitValue() != 0, "the bake was killed before it finished");

        assertEquals(before, files(site.output()), "the previous site is whole, not a mix of old and new");
        assertTrue(Files.exists(staging), "the killed bake left its half-written staging folder");

        site.bake();
        assertTrue(site.has("blog/2021/01/post-999/index.html"), "the next bake publishes");
        assertEquals(List.of(".site.lock", "content", "site"), siblings(), "and has tidied what the killed bake left");
    }

    @Test
    void theSiteMovedAsideByABakeKilledBetweenItsTwoRenamesIsPutBack() throws Exception {
        TestSite site = TestSite.of(dir, "-- content/about.md --\n---\ntitle: About\n---\nThe site as it was.\n");
        site.bake();
        Map<String, String> before = files(site.output());
        // What publish() leaves if killed after moving the old site aside and before moving the new one in.
        Files.move(site.output(), dir.resolve(".site.old-00000001764446400000"));
        Files.createDirectories(dir.resolve(".site.staging-123/about"));
        Files.writeString(dir.resolve(".site.staging-123/about/index.html"), "half written");

        Files.writeString(site.content().resolve("about.md"), "---\ntitle: About\n---\nThis one does not build [click here](x).\n");
        site.bakeFails();
        assertEquals(before, files(site.output()), "the previous site is back in its place, though this bake failed");
        assertEquals(List.of(".site.lock", "content", "site"), siblings());
    }

    @Test
    void twoBakesNeverWriteTheSameSiteAtOnce() throws Exception {
        TestSite site = TestSite.of(dir, "-- content/about.md --\n---\ntitle: About\n---\nFine.\n");
        try (Staging first = Staging.create(site.output())) {
            IOException refused = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> Staging.create(site.output()));
            assertTrue(refused.getMessage().contains("another bake is writing"), refused.getMessage());
            assertTrue(Files.exists(first.dir()), "and the first bake's work is left alone");
        }
        site.bake();
    }

    private Path stagingWithFiles(int atLeast) throws IOException {
        try (Stream<Path> siblings = Files.list(dir)) {
            for (Path sibling : siblings.filter(p -> p.getFileName().toString().startsWith(".site.staging-")).toList()) {
                try (Stream<Path> files = Files.walk(sibling)) {
                    if (files.limit(atLeast).count() >= atLeast) {
                        return sibling;
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    // the bake is still creating it
                }
            }
        }
        return null;
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> siblings = Files.list(dir)) {
            return siblings.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("bake.log") && !name.equals(".north-star-cache") && !name.equals("a11y-report")).sorted().toList();
        }
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(file))));
            }
        }
        return files;
    }
}
