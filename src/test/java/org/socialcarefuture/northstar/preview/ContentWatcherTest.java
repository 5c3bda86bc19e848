package org.socialcarefuture.northstar.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's watcher on this system's own file events (directory-watcher: FSEvents on macOS, where the JDK only
 * polls). The site workflow runs this on macOS and Windows runners too. The waits are upper bounds for an event to
 * arrive at all (a poller would miss them on macOS), not timings: speed is measured in bench/.
 */
class ContentWatcherTest {

    @TempDir
    Path temp;

    /** The folder as the system names it (on macOS the temporary folder is behind a symbolic link, and events carry the real path). */
    private Path dir;

    private final LinkedBlockingQueue<Object> bursts = new LinkedBlockingQueue<>();

    private ContentWatcher watch() throws Exception {
        if (dir == null) {
            dir = temp.toRealPath();
        }
        ContentWatcher watcher = new ContentWatcher(List.of(dir), paths -> bursts.add(paths == null ? "lost track" : paths),
                new PrintStream(java.io.OutputStream.nullOutputStream()));
        watcher.start();
        Thread.sleep(300); // let the system's watch settle (FSEvents starts its stream asynchronously)
        return watcher;
    }

    @SuppressWarnings("unchecked")
    private Set<Path> nextBurst() throws InterruptedException {
        Object burst = bursts.poll(2, TimeUnit.SECONDS);
        assertNotNull(burst, "a change was seen within 2 s (the JDK's polling watcher on macOS can take 10)");
        assertTrue(burst instanceof Set, String.valueOf(burst));
        return ((Set<Path>) burst).stream().map(path -> path.toAbsolutePath().normalize()).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aSavedEditIsSeenAndASaveOfSeveralFilesIsOneBurst() throws Exception {
        dir = temp.toRealPath();
        Path post = Files.writeString(dir.resolve("post.md"), "---\ntitle: A\n---\nOne.\n");
        try (ContentWatcher watcher = watch()) {
            Files.writeString(post, "---\ntitle: A\n---\nTwo.\n");
            Files.writeString(dir.resolve("other.md"), "---\ntitle: B\n---\nThree.\n");
            Set<Path> burst = nextBurst();
            assertTrue(burst.contains(post.toAbsolutePath().normalize()) && burst.contains(dir.resolve("other.md").toAbsolutePath().normalize()),
                    burst.toString());
            Thread.sleep(2 * ContentWatcher.QUIET_MILLIS);
            bursts.removeIf(more -> more instanceof Set<?> set && set.stream().allMatch(p -> burst.contains(((Path) p).toAbsolutePath().normalize())));
            assertNull(bursts.poll(500, TimeUnit.MILLISECONDS), "one rebuild for the save, not one per file");
        }
    }

    @Test
    void aFileInAFolderMadeAfterTheWatchStartedIsSeen() throws Exception {
        try (ContentWatcher watcher = watch()) {
            Path folder = Files.createDirectories(dir.resolve("blog/2026"));
            nextBurst();
            Thread.sleep(300); // the new folder is being watched now
            Path post = Files.writeString(folder.resolve("new.md"), "---\ntitle: New\n---\nWords.\n");
            Set<Path> seen = nextBurst();
            while (!seen.contains(post.toAbsolutePath().normalize())) {
                seen = nextBurst();
            }
            assertTrue(seen.contains(post.toAbsolutePath().normalize()));
        }
    }

    @Test
    void anEditorsTemporaryFileAloneBuildsNothing() throws Exception {
        try (ContentWatcher watcher = watch()) {
            Files.writeString(dir.resolve(".post.md.swp"), "x");
            Files.writeString(dir.resolve("post.md~"), "x");
            assertNull(bursts.poll(1, TimeUnit.SECONDS), "no rebuild for a temporary file");
            Files.writeString(dir.resolve("post.md"), "---\ntitle: A\n---\nOne.\n");
            assertEquals(true, nextBurst().contains(dir.resolve("post.md").toAbsolutePath().normalize()));
        }
    }
}
