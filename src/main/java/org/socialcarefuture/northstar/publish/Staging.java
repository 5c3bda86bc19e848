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
 */
public final class Staging implements SiteOutput {

    private final Path output;
    private final Path dir;
    private boolean published;

    private Staging(Path output, Path dir) {
        this.output = output;
        this.dir = dir;
    }

    /** Creates the staging folder next to the output, on the same disk so the swap is a rename. */
    public static Staging create(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path dir = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".staging-");
        return new Staging(absolute, dir);
    }

    @Override
    public Path dir() {
        return dir;
    }

    @Override
    public java.util.Set<String> files() throws IOException {
        try (var walk = Files.walk(dir)) {
            java.util.Set<String> files = new java.util.HashSet<>();
            walk.filter(Files::isRegularFile).forEach(p -> files.add(dir.relativize(p).toString().replace('\\', '/')));
            return files;
        }
    }

    /** Resolves a site path inside the staging folder; refuses anything that would land outside it. */
    public Path resolve(String sitePath) {
        return SiteOutput.inside(dir, sitePath);
    }

    @Override
    public void write(String sitePath, byte[] content) throws IOException {
        Path target = resolve(sitePath);
        Files.createDirectories(target.getParent());
        Files.write(target, content);
    }

    public void copy(Path source, String sitePath) throws IOException {
        Path target = resolve(sitePath);
        Files.createDirectories(target.getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Swaps the staged site in: old site aside, new site in place, old site deleted. */
    public void publish() throws IOException {
        Path old = null;
        if (Files.exists(output)) {
            old = output.resolveSibling("." + output.getFileName() + ".old-" + System.nanoTime());
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
        if (!published && Files.exists(dir)) {
            deleteTree(dir);
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
