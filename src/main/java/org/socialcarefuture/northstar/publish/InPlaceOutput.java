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
 * The preview's output: files are held while the site is built and checked, then only the ones whose
 * bytes changed are written, and files no longer in the site are removed. A failed build writes
 * nothing, so the last good pages stay up; an edit to one post rewrites a handful of files, not the
 * whole site. Files are held in memory up to {@link #HELD_UP_TO} bytes; beyond that (a large site's
 * first build, 180 MB at 10,000 posts) they wait in a hidden folder beside the output and are moved in.
 */
public final class InPlaceOutput implements SiteOutput {

    /** Files larger than this are written without reading the old one back to compare. */
    private static final int COMPARED_UP_TO = 1 << 20;

    /** How many bytes of pending files are held in memory; the rest wait on disk (see the class comment). */
    static final long HELD_UP_TO = 32L << 20;

    private final long heldUpTo;

    private final Path root;
    private final Map<String, byte[]> pending = new ConcurrentHashMap<>();
    private final Map<String, Path> copies = new ConcurrentHashMap<>();
    private final Set<String> kept = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicLong held = new java.util.concurrent.atomic.AtomicLong();
    /** Pending files written to {@link #waiting} because memory's share was full, by site path. */
    private final Map<String, Path> waitingFiles = new ConcurrentHashMap<>();
    /** The hidden folder beside the output where pending files wait; made when first needed. */
    private final Path waiting;

    /** The files the last publish left, when known: then removed pages are found without walking the folder. */
    private final Set<String> previous;

    public InPlaceOutput(Path output) throws IOException {
        this(output, null);
    }

    /** An output that knows which files its last publish left ({@code previous}; null to look at the folder). */
    public InPlaceOutput(Path output, Set<String> previous) throws IOException {
        this(output, previous, HELD_UP_TO);
    }

    /** With another share of memory for pending files (tests). */
    InPlaceOutput(Path output, Set<String> previous, long heldUpTo) throws IOException {
        this.heldUpTo = heldUpTo;
        this.root = output.toAbsolutePath().normalize();
        this.previous = previous;
        this.waiting = root.resolveSibling("." + root.getFileName() + ".pending");
        Files.createDirectories(root);
        deleteWaiting(); // left by a preview that was stopped mid-build
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
    public void write(String sitePath, byte[] content) throws IOException {
        resolve(sitePath);
        files = null;
        if (held.addAndGet(content.length) <= heldUpTo) {
            pending.put(sitePath, content);
            return;
        }
        held.addAndGet(-content.length);
        Path file = SiteOutput.inside(waiting, sitePath);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        waitingFiles.put(sitePath, file);
    }

    @Override
    public void copy(Path source, String sitePath) {
        resolve(sitePath);
        copies.put(sitePath, source);
        files = null;
    }

    @Override
    public boolean holds(String sitePath) {
        return Files.isRegularFile(resolve(sitePath));
    }

    /** Files other copiers write straight into {@link #dir()} (the theme's assets): part of the site, never removed. */
    @Override
    public void keep(List<String> sitePaths) {
        kept.addAll(sitePaths);
        files = null;
    }

    /** Made once all files are in (the link check and the publish both ask), since a large site has many. */
    private volatile Set<String> files;

    @Override
    public synchronized Set<String> files() {
        if (files == null) {
            Set<String> all = new HashSet<>((pending.size() + waitingFiles.size() + copies.size() + kept.size()) * 4 / 3 + 16);
            all.addAll(pending.keySet());
            all.addAll(waitingFiles.keySet());
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
        for (Map.Entry<String, Path> file : waitingFiles.entrySet()) {
            Path target = resolve(file.getKey());
            if (!Files.isRegularFile(target) || Files.mismatch(target, file.getValue()) != -1) {
                Files.createDirectories(target.getParent());
                Files.move(file.getValue(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        deleteWaiting();
        for (Map.Entry<String, Path> file : copies.entrySet()) {
            Path target = resolve(file.getKey());
            // A copy of the same size made after its source last changed is that source (a site with hundreds of
            // photos has thousands of picture sizes: reading each back on every edit would cost more than the edit).
            if (!Files.isRegularFile(target) || !copiedSince(file.getValue(), target) && Files.mismatch(target, file.getValue()) != -1) {
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

    private static boolean copiedSince(Path source, Path target) throws IOException {
        var from = Files.readAttributes(source, java.nio.file.attribute.BasicFileAttributes.class);
        var to = Files.readAttributes(target, java.nio.file.attribute.BasicFileAttributes.class);
        return from.size() == to.size() && to.lastModifiedTime().compareTo(from.lastModifiedTime()) > 0;
    }

    @Override
    public void close() throws IOException {
        pending.clear();
        copies.clear();
        waitingFiles.clear();
        deleteWaiting(); // a failed build: what waited is never moved in
    }

    private void deleteWaiting() throws IOException {
        if (!Files.exists(waiting)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(waiting)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
