package org.socialcarefuture.northstar.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (and every folder inside them, including new ones) with the JDK's WatchService,
 * and calls back once per burst of changes: editors write a file in several steps, and a save of
 * many files should give one rebuild, so changes are gathered until 80 ms pass without another.
 */
final class ContentWatcher implements AutoCloseable {

    static final long QUIET_MILLIS = 80;

    private final List<Path> roots;
    /** Called after each burst of changes with the paths that changed, or null when the watcher lost track (events overflowed). */
    private final java.util.function.Consumer<java.util.Set<Path>> onChange;
    private final PrintStream log;
    private final WatchService service;
    private final Thread thread;

    ContentWatcher(List<Path> roots, java.util.function.Consumer<java.util.Set<Path>> onChange, PrintStream log) throws IOException {
        this.roots = roots;
        this.onChange = onChange;
        this.log = log;
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            registerTree(root);
        }
        this.thread = new Thread(this::run, "north-star-watcher");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                Burst burst = new Burst();
                handle(key, burst);
                // Gather the rest of the burst.
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    handle(more, burst);
                }
                if (burst.worthABuild) {
                    onChange.accept(burst.lostTrack ? null : burst.paths);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What one burst of events changed: every path (editor temporaries too, as a full walk would list them). */
    private static final class Burst {
        final java.util.Set<Path> paths = new java.util.HashSet<>();
        boolean lostTrack;
        boolean worthABuild;
    }

    private void handle(WatchKey key, Burst burst) {
        Path folder = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) { // OVERFLOW: events were lost
                burst.lostTrack = true;
                burst.worthABuild = true;
                continue;
            }
            Path changedPath = folder.resolve(name);
            burst.paths.add(changedPath);
            String file = name.getFileName().toString();
            if (file.startsWith(".") || file.endsWith("~") || file.endsWith(".swp")) {
                continue; // editor temporaries: no build of their own
            }
            burst.worthABuild = true;
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changedPath)) {
                try {
                    registerTree(changedPath);
                } catch (IOException e) {
                    log.println("could not watch " + changedPath + ": " + e.getMessage());
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
        thread.interrupt();
    }
}
