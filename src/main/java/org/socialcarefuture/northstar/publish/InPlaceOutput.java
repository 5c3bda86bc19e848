package org.socialcarefuture.northstar.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The preview's output: files are held in memory while the site is built and checked, then only the
 * ones whose bytes changed are written, and files no longer in the site are removed. A failed build
 * writes nothing, so the last good pages stay up; an edit to one post rewrites a handful of files,
 * not the whole site.
 */
public final class InPlaceOutput implements SiteOutput {

    /** Files larger than this are written without reading the old one back to compare. */
    private static final int COMPARED_UP_TO = 1 << 20;

    private final Path root;
    private final Map<String, byte[]> pending = new ConcurrentHashMap<>();
    private final Map<String, Path> copies = new ConcurrentHashMap<>();
    private final Set<String> kept = ConcurrentHashMap.newKeySet();

    /** The files the last publish left, when known: then removed pages are found without walking the folder. */
    private final Set<String> previous;

    public InPlaceOutput(Path output) throws IOException {
        this(output, null);
    }

    /** An output that knows which files its last publish left ({@code previous}; null to look at the folder). */
    public InPlaceOutput(Path output, Set<String> previous) throws IOException {
        this.root = output.toAbsolutePath().normalize();
        this.previous = previous;
        Files.createDirectories(root);
    }

    @Override
    public Path resolve(String sitePath) {
        return SiteOutput.inside(root, sitePath);
    }

    @Override
    public Path dir() {
        return root;
    }

    @Override
    public void write(String sitePath, byte[] content) {
        resolve(sitePath);
        pending.put(sitePath, content);
        files = null;
    }

    @Override
    public void copy(Path source, String sitePath) {
        resolve(sitePath);
        copies.put(sitePath, source);
        files = null;
    }

    /** Files other copiers write straight into {@link #dir()} (the theme's assets): part of the site, never removed. */
    public void keep(List<String> sitePaths) {
        kept.addAll(sitePaths);
        files = null;
    }

    /** Made once all files are in (the link check and the publish both ask), since a large site has many. */
    private volatile Set<String> files;

    @Override
    public synchronized Set<String> files() {
        if (files == null) {
            Set<String> all = new HashSet<>((pending.size() + copies.size() + kept.size()) * 4 / 3 + 16);
            all.addAll(pending.keySet());
            all.addAll(copies.keySet());
            all.addAll(kept);
            files = java.util.Collections.unmodifiableSet(all);
        }
        return files;
    }

    @Override
    public void publish() throws IOException {
        for (Map.Entry<String, byte[]> file : pending.entrySet()) {
            Path target = resolve(file.getKey());
            // A file of another size has changed: only a file of the same size is read back to compare, and
            // only a small one (a large site's search index is megabytes, and was only made because a page changed).
            if (!Files.isRegularFile(target) || Files.size(target) != file.getValue().length
                    || file.getValue().length > COMPARED_UP_TO || !Arrays.equals(Files.readAllBytes(target), file.getValue())) {
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        }
        for (Map.Entry<String, Path> file : copies.entrySet()) {
            Path target = resolve(file.getKey());
            if (!Files.isRegularFile(target) || Files.mismatch(target, file.getValue()) != -1) {
                Files.createDirectories(target.getParent());
                Files.copy(file.getValue(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Set<String> site = files();
        if (previous != null) {
            for (String file : previous) {
                if (!site.contains(file)) {
                    Files.deleteIfExists(resolve(file)); // a page that was removed or renamed
                }
            }
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                if (!site.contains(root.relativize(path).toString().replace('\\', '/'))) {
                    Files.delete(path); // a page that was removed or renamed
                }
            }
        }
    }

    @Override
    public void close() {
        pending.clear();
        copies.clear();
    }
}
