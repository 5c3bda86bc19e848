package org.socialcarefuture.northstar.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/**
 * Where a build writes the site: a staging folder swapped in at the end (every bake), or the preview's
 * folder updated in place, file by file, once the build has succeeded (only what changed is written).
 */
public interface SiteOutput extends AutoCloseable {

    /** Resolves a site path inside the folder files are written to; refuses anything outside it. */
    Path resolve(String sitePath);

    /** {@code root/sitePath}, or an exception when the path is absolute or climbs out of root. */
    static Path inside(Path root, String sitePath) {
        Path target = root.resolve(sitePath).normalize();
        if (!target.startsWith(root) || sitePath.startsWith("/")) {
            throw new IllegalArgumentException("refusing to write outside the site: " + sitePath);
        }
        return target;
    }

    /** The folder other copiers (JBake's asset copier) write into directly. */
    Path dir();

    void write(String sitePath, byte[] content) throws IOException;

    default void write(String sitePath, String content) throws IOException {
        write(sitePath, content.getBytes(StandardCharsets.UTF_8));
    }

    void copy(Path source, String sitePath) throws IOException;

    /**
     * Puts a file with exactly {@code same}'s bytes at {@code sitePath}: the previous site's copy of an unchanged file.
     * A staging folder links it (no bytes read or written, and deleting the previous site frees nothing it still uses).
     */
    default void same(Path same, String sitePath) throws IOException {
        copy(same, sitePath);
    }

    /**
     * Whether the folder already holds a file at {@code sitePath} that may stay as it is: the preview's folder, updated
     * in place, can; a staging folder starts empty (what it links from the last site it says with {@link #same}).
     */
    default boolean holds(String sitePath) {
        return false;
    }

    /** Files the folder already holds (see {@link #holds}) that stay part of the new site as they are. */
    default void keep(java.util.List<String> sitePaths) {
        if (!sitePaths.isEmpty()) {
            throw new UnsupportedOperationException("this output starts empty: it holds no file to keep");
        }
    }

    /** Every file the new site will hold, by site path. */
    Set<String> files() throws IOException;

    /** Makes the new site the published one; before this, a failed build leaves the old one as it was. */
    void publish() throws IOException;

    @Override
    void close() throws IOException;
}
