package org.socialcarefuture.northstar.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;

/**
 * Watches folders (and every folder inside them, including new ones) with directory-watcher, which uses the
 * system's own file events everywhere: on macOS the JDK's WatchService only polls, every 2 to 10 seconds, so a
 * volunteer's saved edit would show late; directory-watcher listens to FSEvents there. Calls back once per burst
 * of changes: editors write a file in several steps, and a save of many files should give one rebuild, so changes
 * are gathered until 80 ms pass without another.
 */
final class ContentWatcher implements AutoCloseable {

    static final long QUIET_MILLIS = 80;

    /** Called after each burst of changes with the paths that changed, or null when the watcher lost track (events overflowed). */
    private final java.util.function.Consumer<Set<Path>> onChange;
    private final PrintStream log;
    private final DirectoryWatcher watcher;
    private final ScheduledExecutorService quiet = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "north-star-watcher-burst");
        thread.setDaemon(true);
        return thread;
    });
    private final Object lock = new Object();
    private Burst burst = new Burst();
    private ScheduledFuture<?> flush;

    ContentWatcher(List<Path> roots, java.util.function.Consumer<Set<Path>> onChange, PrintStream log) throws IOException {
        this.onChange = onChange;
        this.log = log;
        List<Path> watched = roots.stream().filter(Files::isDirectory).toList();
        this.watcher = DirectoryWatcher.builder()
                .paths(watched)
                .listener(this::handle)
                // No hashing: it would read every file of a large site when the preview starts, to tell real changes
                // from touches; a touched file costs a quick rebuild instead.
                .fileHashing(false)
                .logger(org.slf4j.helpers.NOPLogger.NOP_LOGGER)
                .build();
    }

    void start() {
        watcher.watchAsync(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "north-star-watcher");
            thread.setDaemon(true);
            return thread;
        })).exceptionally(failure -> {
            log.println("the file watcher stopped: " + failure.getMessage() + " (restart the preview)");
            return null;
        });
    }

    /** What one burst of events changed: every path (editor temporaries too, as a full walk would list them). */
    private static final class Burst {
        final Set<Path> paths = new HashSet<>();
        boolean lostTrack;
        boolean worthABuild;
    }

    private void handle(DirectoryChangeEvent event) {
        synchronized (lock) {
            if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || event.path() == null) { // events were lost
                burst.lostTrack = true;
                burst.worthABuild = true;
            } else {
                burst.paths.add(event.path());
                String file = event.path().getFileName() == null ? "" : event.path().getFileName().toString();
                if (!(file.startsWith(".") || file.endsWith("~") || file.endsWith(".swp"))) {
                    burst.worthABuild = true; // editor temporaries get no build of their own
                }
            }
            if (flush != null) {
                flush.cancel(false);
            }
            flush = quiet.schedule(this::flush, QUIET_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** The burst is over: 80 ms without another event. */
    private void flush() {
        Burst done;
        synchronized (lock) {
            done = burst;
            burst = new Burst();
            flush = null;
        }
        if (done.worthABuild) {
            onChange.accept(done.lostTrack ? null : done.paths);
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // closing anyway
        }
        quiet.shutdownNow();
    }
}
