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
    private final Runnable onChange;
    private final PrintStream log;
    private final WatchService service;
    private final Thread thread;

    ContentWatcher(List<Path> roots, Runnable onChange, PrintStream log) throws IOException {
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
                boolean changed = handle(key);
                // Gather the rest of the burst.
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    changed |= handle(more);
                }
                if (changed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean handle(WatchKey key) {
        boolean changed = false;
        Path folder = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path name) {
                String file = name.getFileName().toString();
                if (file.startsWith(".") || file.endsWith("~") || file.endsWith(".swp")) {
                    continue; // editor temporaries
                }
                Path changedPath = folder.resolve(name);
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(changedPath)) {
                    try {
                        registerTree(changedPath);
                    } catch (IOException e) {
                        log.println("could not watch " + changedPath + ": " + e.getMessage());
                    }
                }
            }
            changed = true;
        }
        key.reset();
        return changed;
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
