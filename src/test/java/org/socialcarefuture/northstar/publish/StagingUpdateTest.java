package org.socialcarefuture.northstar.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bake that knows what its last publish left updates the site instead of replacing it: only changed files move in,
 * removed ones go, and a failed or killed bake never leaves the site half old, half new.
 */
class StagingUpdateTest {

    private static Path siteWith(Path dir, Map<String, String> files) throws IOException {
        Path site = dir.resolve("site");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = site.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return site;
    }

    private static Map<String, String> contents(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    private static final Map<String, String> LAST = Map.of("index.html", "home", "blog/a/index.html", "post a",
            "blog/b/index.html", "post b", "old/index.html", "a page since removed");

    @Test
    void anUpdateMovesInWhatChangedKeepsTheRestAndRemovesWhatWent(@TempDir Path dir) throws IOException {
        Path site = siteWith(dir, LAST);
        Object folder = Files.readAttributes(site, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        try (Staging update = Staging.update(site, LAST.keySet())) {
            update.write("index.html", "home, with a new post".getBytes());
            update.same(site.resolve("blog/a/index.html"), "blog/a/index.html");
            update.same(site.resolve("blog/b/index.html"), "blog/b/index.html");
            update.write("blog/c/index.html", "post c".getBytes());
            assertEquals(Set.of("index.html", "blog/a/index.html", "blog/b/index.html", "blog/c/index.html"), update.files());
            assertEquals(LAST, contents(site), "nothing changes before publishing");
            update.publish();
        }
        assertEquals(Map.of("index.html", "home, with a new post", "blog/a/index.html", "post a", "blog/b/index.html", "post b",
                "blog/c/index.html", "post c"), contents(site));
        assertFalse(Files.exists(site.resolve("old")), "the removed page's folder went with it");
        if (folder != null) {
            assertEquals(folder, Files.readAttributes(site, java.nio.file.attribute.BasicFileAttributes.class).fileKey(), "updated, not replaced");
        }
        try (Stream<Path> beside = Files.list(dir)) {
            assertEquals(Set.of("site", ".site.lock"), Set.copyOf(beside.map(p -> p.getFileName().toString()).toList()), "nothing left beside it");
        }
    }

    @Test
    void aFileThatBecomesAFolderIsPublishedByStagingTheWholeSite(@TempDir Path dir) throws IOException {
        Path site = siteWith(dir, Map.of("index.html", "home", "notes", "a file called notes", "blog/a/index.html", "post a"));
        try (Staging update = Staging.update(site, Set.of("index.html", "notes", "blog/a/index.html"))) {
            update.same(site.resolve("index.html"), "index.html");
            update.same(site.resolve("blog/a/index.html"), "blog/a/index.html");
            update.write("notes/index.html", "notes, now a page of their own".getBytes());
            update.publish();
        }
        assertEquals(Map.of("index.html", "home", "blog/a/index.html", "post a", "notes/index.html", "notes, now a page of their own"),
                contents(site));
    }

    @Test
    void aFailedUpdateChangesNothing(@TempDir Path dir) throws IOException {
        Path site = siteWith(dir, LAST);
        try (Staging update = Staging.update(site, LAST.keySet())) {
            update.write("index.html", "half a build".getBytes());
            // no publish: the build found an error
        }
        assertEquals(LAST, contents(site));
    }

    @Test
    void anUpdateKilledWhilePublishingIsFinishedByTheNextBake(@TempDir Path dir) throws IOException {
        Path site = siteWith(dir, LAST);
        // What a bake killed just after writing its journal leaves: its staged files and the journal beside the site.
        Path staged = dir.resolve(".site.staging-123");
        Files.createDirectories(staged.resolve("blog/c"));
        Files.writeString(staged.resolve("index.html"), "home, with a new post");
        Files.writeString(staged.resolve("blog/c/index.html"), "post c");
        Files.writeString(dir.resolve(".site.publishing"), ".site.staging-123\nold/index.html\n");

        try (Staging next = Staging.create(site)) {
            assertEquals(Map.of("index.html", "home, with a new post", "blog/a/index.html", "post a", "blog/b/index.html", "post b",
                    "blog/c/index.html", "post c"), contents(site), "the killed bake's publish was finished first");
        }
        assertFalse(Files.exists(dir.resolve(".site.publishing")));
        assertFalse(Files.exists(staged));
        assertTrue(Files.isDirectory(site));
    }
}
