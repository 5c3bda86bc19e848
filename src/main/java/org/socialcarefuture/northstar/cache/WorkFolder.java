package org.socialcarefuture.northstar.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the steps that keep work between bakes (cards, pictures, PDFs) keep it: the cache folder; with --no-cache, a
 * temporary folder made when first needed and deleted when the bake ends, so nothing made is kept for the next.
 */
public final class WorkFolder implements AutoCloseable {

    private final Path cache;
    private Path scratch;

    /** @param cache the cache folder, or null for --no-cache */
    public WorkFolder(Path cache) {
        this.cache = cache;
    }

    public synchronized Path path() {
        if (cache != null) {
            return cache;
        }
        if (scratch == null) {
            try {
                scratch = Files.createTempDirectory("north-star-no-cache-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return scratch;
    }

    /** With --no-cache, nothing made in this bake is kept for the next. */
    @Override
    public synchronized void close() {
        if (scratch != null) {
            try (var walk = Files.walk(scratch)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder: the system clears it
            }
        }
    }
}
