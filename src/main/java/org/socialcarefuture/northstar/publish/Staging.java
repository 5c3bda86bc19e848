package org.socialcarefuture.northstar.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Step 8: the new site is written into a fresh folder beside the output and only swapped in when
 * the whole build succeeded. A failed or interrupted build leaves the previous site as it was.
 *
 * <p>When the bake knows exactly which files its last publish left (the bake's cache records them), it can
 * {@linkplain #update update} the site instead: only the files that changed are staged, and publishing moves them
 * in and removes what the site no longer has, by a journal written first. A failed bake still changes nothing; a
 * bake killed while publishing leaves the journal, and the next bake finishes that publish before anything else
 * (so the site is never left half old, half new). On a large site this saves writing, and then deleting, tens of
 * thousands of unchanged files on every bake.
 */
public final class Staging implements SiteOutput {

    private final Path output;
    private final Path dir;
    /** For an update: every file the last publish left; null for a whole new site swapped in. */
    private final java.util.Set<String> lastSite;
    /** For an update: the files that stay as they are in the output folder. */
    private final java.util.Set<String> kept = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Held from start to end, so two bakes never write to the same site at once (nor clean up each other's work). */
    private final java.nio.channels.FileChannel lockChannel;
    private boolean published;

    private Staging(Path output, Path dir, java.nio.channels.FileChannel lockChannel, java.util.Set<String> lastSite) {
        this.output = output;
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lastSite = lastSite;
    }

    /**
     * Creates the staging folder next to the output, on the same disk so the swap is a rename. First it takes
     * the output's lock and tidies what a bake that was killed may have left: its staging folder, and, should it
     * have died between the two renames of {@link #publish}, the previous site, which is put back.
     */
    public static Staging create(Path output) throws IOException {
        return open(output, null);
    }

    /**
     * A staging folder for updating the site in {@code output}, which the last publish left with exactly
     * {@code lastSite} (see the class comment); a new one when that folder is not there.
     */
    public static Staging update(Path output, java.util.Set<String> lastSite) throws IOException {
        return open(output, Files.isDirectory(output) ? java.util.Set.copyOf(lastSite) : null);
    }

    private static Staging open(Path output, java.util.Set<String> lastSite) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        String name = absolute.getFileName().toString();
        java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(parent.resolve("." + name + ".lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another bake is writing " + absolute + " now; wait for it to finish, or bake into another folder");
        }
        try {
            recover(absolute);
            Path dir = Files.createTempDirectory(parent, "." + name + ".staging-");
            return new Staging(absolute, dir, channel, lastSite);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** What a killed bake left beside the output: the site it was moving aside goes back; half-written folders go. */
    private static void recover(Path output) throws IOException {
        finishUpdate(output); // first: the folder it moves files from is one of the staging folders tidied below
        String name = output.getFileName().toString();
        java.util.List<Path> old = new java.util.ArrayList<>();
        java.util.List<Path> staged = new java.util.ArrayList<>();
        try (var siblings = Files.list(output.getParent())) {
            for (Path sibling : siblings.toList()) {
                String file = sibling.getFileName().toString();
                if (file.startsWith("." + name + ".old-")) {
                    old.add(sibling);
                } else if (file.startsWith("." + name + ".staging-")) {
                    staged.add(sibling);
                }
            }
        }
        if (!Files.exists(output) && !old.isEmpty()) {
            old.sort(null);
            move(old.remove(old.size() - 1), output); // killed between the renames: the previous site was aside
        }
        for (Path leftover : old) {
            deleteTree(leftover);
        }
        for (Path leftover : staged) {
            deleteTree(leftover);
        }
    }

    @Override
    public Path dir() {
        return dir;
    }


    /** Resolves a site path inside the staging folder; refuses anything that would land outside it. */
    public Path resolve(String sitePath) {
        return SiteOutput.inside(dir, sitePath);
    }

    @Override
    public void write(String sitePath, byte[] content) throws IOException {
        Path target = resolve(sitePath);
        folderFor(target);
        Files.write(target, content);
    }

    public void copy(Path source, String sitePath) throws IOException {
        if (lastSite != null && lastSite.contains(sitePath) && copiedSince(source, SiteOutput.inside(output, sitePath))) {
            kept.add(sitePath);
            return;
        }
        Path target = resolve(sitePath);
        folderFor(target);
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void same(Path same, String sitePath) throws IOException {
        same(same, sitePath, false);
    }

    private void same(Path same, String sitePath, boolean staged) throws IOException {
        if (!staged && lastSite != null && same.equals(SiteOutput.inside(output, sitePath)) && lastSite.contains(sitePath)) {
            kept.add(sitePath); // the site already has it, and it stays
            return;
        }
        Path target = resolve(sitePath);
        folderFor(target);
        try {
            Files.createLink(target, same);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(same, target, StandardCopyOption.REPLACE_EXISTING); // another disk, or a system without links
        }
    }

    /** Folders made so far: a site's files share a few thousand, and asking the system again for each file costs. */
    private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private void folderFor(Path file) throws IOException {
        Path folder = file.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    /**
     * The site's copy of a file copied in by the last publish, when it is that file: the same size, and made after
     * the source last changed (a site with hundreds of photos has thousands of picture sizes, not worth reading back).
     */
    private static boolean copiedSince(Path source, Path copy) throws IOException {
        try {
            BasicFileAttributes made = Files.readAttributes(copy, BasicFileAttributes.class);
            BasicFileAttributes from = Files.readAttributes(source, BasicFileAttributes.class);
            return made.isRegularFile() && made.size() == from.size() && made.lastModifiedTime().compareTo(from.lastModifiedTime()) >= 0;
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
    }

    @Override
    public java.util.Set<String> files() throws IOException {
        java.util.Set<String> files = staged();
        files.addAll(kept);
        return files;
    }

    private java.util.Set<String> staged() throws IOException {
        try (var walk = Files.walk(dir)) {
            java.util.Set<String> files = new java.util.HashSet<>();
            walk.filter(Files::isRegularFile).forEach(p -> files.add(dir.relativize(p).toString().replace('\\', '/')));
            return files;
        }
    }

    /** The journal of an update being published, beside the output: the staging folder, then each file to remove. */
    private static Path journal(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".publishing");
    }

    /**
     * Publishes an update: the journal first (written whole), then every staged file moved in, then the files the
     * site no longer has removed, then the journal. Killed at any point after the journal, the next bake finishes it.
     */
    private void publishUpdate(java.util.Set<String> now) throws IOException {
        StringBuilder text = new StringBuilder(dir.getFileName().toString()).append('\n');
        for (String file : lastSite) {
            if (!now.contains(file)) {
                text.append(file).append('\n');
            }
        }
        Path journal = journal(output);
        Path making = journal.resolveSibling(journal.getFileName() + ".making");
        Files.writeString(making, text);
        move(making, journal);
        published = true; // from here the journal's publish is finished, now or by the next bake
        finishUpdate(output);
    }

    /**
     * Whether an update's files can all be put in place: not when a page would go where the site has a folder, or a
     * folder where it keeps a page (then the whole site is staged and swapped in, which either works or says why).
     */
    private boolean hasRoom(java.util.Set<String> now) throws IOException {
        java.util.Set<String> folders = new java.util.HashSet<>();
        for (String file : now) {
            for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                folders.add(file.substring(0, slash));
            }
        }
        for (String file : now) {
            if (folders.contains(file)) {
                return false; // a file and a folder of the same name
            }
        }
        java.util.Set<Path> looked = new java.util.HashSet<>();
        for (String file : staged()) {
            Path target = SiteOutput.inside(output, file);
            if (Files.isDirectory(target)) {
                return false;
            }
            for (Path folder = target.getParent(); !folder.equals(output) && looked.add(folder); folder = folder.getParent()) {
                String name = output.relativize(folder).toString().replace('\\', '/');
                if (Files.isRegularFile(folder) && (now.contains(name) || !lastSite.contains(name))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Finishes the publish a journal describes (see publishUpdate); each step can be done again safely. */
    private static void finishUpdate(Path output) throws IOException {
        Path journal = journal(output);
        if (!Files.isRegularFile(journal)) {
            return;
        }
        java.util.List<String> lines = Files.readAllLines(journal);
        Path staged = lines.isEmpty() ? null : output.resolveSibling(lines.get(0));
        for (String gone : lines.subList(Math.min(1, lines.size()), lines.size())) {
            // First the files that go: a page that became a folder (or a folder that became a page) then has room.
            Path file = SiteOutput.inside(output, gone);
            Files.deleteIfExists(file);
            for (Path folder = file.getParent(); folder != null && !folder.equals(output); folder = folder.getParent()) {
                try (var left = Files.list(folder)) {
                    if (left.findAny().isPresent()) {
                        break;
                    }
                } catch (java.nio.file.NoSuchFileException e) {
                    continue;
                }
                Files.deleteIfExists(folder);
            }
        }
        if (staged != null && staged.getFileName().toString().startsWith("." + output.getFileName() + ".staging-")
                && Files.isDirectory(staged)) {
            java.util.List<Path> files;
            try (var walk = Files.walk(staged)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path file : files) {
                Path target = SiteOutput.inside(output, staged.relativize(file).toString().replace('\\', '/'));
                Files.createDirectories(target.getParent());
                try {
                    Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            deleteTree(staged);
        }
        Files.delete(journal);
    }

    /** Swaps the staged site in: old site aside, new site in place, old site deleted (or, for an update, see publishUpdate). */
    public void publish() throws IOException {
        if (lastSite != null) {
            java.util.Set<String> now = files();
            if (hasRoom(now)) {
                publishUpdate(now);
                return;
            }
            // Files where folders were, or the other way round: the whole site is staged, the kept files linked in.
            for (String file : kept) {
                same(SiteOutput.inside(output, file), file, true);
            }
        }
        Path old = null;
        if (Files.exists(output)) {
            // A name that sorts by time, so recover() can tell the newest.
            old = output.resolveSibling("." + output.getFileName() + ".old-" + String.format("%020d", System.currentTimeMillis()));
            move(output, old);
        }
        try {
            move(dir, output);
        } catch (IOException e) {
            if (old != null) {
                move(old, output); // put the previous site back
            }
            throw e;
        }
        published = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (!published && Files.exists(dir)) {
                deleteTree(dir);
            }
        } finally {
            lockChannel.close(); // releases the lock
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException exc) throws IOException {
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
