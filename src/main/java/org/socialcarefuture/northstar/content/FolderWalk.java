package org.socialcarefuture.northstar.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.socialcarefuture.northstar.content.ContentLoader.Changes;
import org.socialcarefuture.northstar.content.ContentLoader.Listed;
import org.socialcarefuture.northstar.problem.Problems;

/**
 * Which files content/ holds: the walk of the whole folder, or (in the watched preview) the last listing
 * with the paths a watcher saw change looked at again; then the files sorted into pages to read and
 * other files to copy. It reads no file's text: that is {@link SourceReader}'s.
 */
final class FolderWalk {

    /** The listed files split: Markdown files to make pages of, in listing order, and the content paths of the rest. */
    record Sorted(List<Listed> markdown, List<String> assets) {
        Sorted {
            markdown = List.copyOf(markdown);
            assets = List.copyOf(assets);
        }
    }

    private final Path contentDir;
    private final String displayPrefix;
    private final UnaryOperator<String> display;

    /**
     * @param display how a content path is named in messages (the loader's {@link ContentLoader#display})
     */
    FolderWalk(Path contentDir, String displayPrefix, UnaryOperator<String> display) {
        this.contentDir = contentDir;
        this.displayPrefix = displayPrefix;
        this.display = display;
    }

    /** Editors' swap files and .git folders: never part of the site, whatever a watcher reports. */
    static boolean hidden(String contentPath) {
        return contentPath.startsWith(".") || contentPath.contains("/.");
    }

    /** A file as listed: a link keeps no attributes, as its target's (read later) are the ones that count. */
    static Listed listed(String contentPath, BasicFileAttributes attributes) {
        return new Listed(contentPath, attributes.isSymbolicLink() ? null : attributes);
    }

    /**
     * Lists every file of content/ (hidden ones left out) in name order, or null after reporting that the
     * folder cannot be read. One look at each file (the walk's own) gives its size and time too, so the
     * preview can tell an unchanged file without another.
     */
    List<Listed> walk(Path root, Problems problems) {
        List<Listed> files = new ArrayList<>();
        try {
            // From the folder's real path: content/ may itself be a link to the folder that holds the Markdown.
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(root) && dir.getFileName().toString().startsWith(".")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!file.getFileName().toString().startsWith(".")) {
                        files.add(listed(root.relativize(file).toString().replace('\\', '/'), attributes));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw e;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            problems.error(displayPrefix, 0, "content", "the content folder could not be read: " + e.getMessage(),
                    "check its permissions");
            return null;
        }
        files.sort(Comparator.comparing(Listed::contentPath));
        return files;
    }

    /**
     * The last listing with the changed paths looked at again; null when a folder came, went or changed
     * (then the whole folder is walked, as the watcher does not say what was inside it).
     */
    List<Listed> update(Changes changes) {
        Map<String, Listed> files = new TreeMap<>();
        for (Listed file : changes.since().files()) {
            files.put(file.contentPath(), file);
        }
        for (String contentPath : changes.paths()) {
            if (hidden(contentPath)) {
                continue;
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(contentDir.resolve(contentPath), BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isDirectory()) {
                    return null;
                }
                files.put(contentPath, listed(contentPath, attributes));
            } catch (NoSuchFileException e) {
                if (files.remove(contentPath) == null) {
                    return null; // not a file we knew: perhaps a folder
                }
            } catch (IOException e) {
                return null;
            }
        }
        return new ArrayList<>(files.values());
    }

    /** Sorts the listed files into Markdown and other files, reporting links out of content/ and names that clash. */
    Sorted sort(List<Listed> files, Path root, Problems problems) {
        List<Listed> markdown = new ArrayList<>();
        List<String> assets = new ArrayList<>();
        Map<String, String> byLowerCase = new HashMap<>();
        for (Listed file : files) {
            String contentPath = file.contentPath();
            if (file.attributes() == null) { // a link: what it points at decides
                Path path = contentDir.resolve(contentPath);
                if (Files.isDirectory(path)) {
                    continue;
                }
                if (!insideContent(path, root)) {
                    problems.error(display.apply(contentPath), 0, "content-outside",
                            "this is a link to a file outside the content folder, which would publish that file",
                            "copy the file into content/ instead of linking to it");
                    continue;
                }
            }
            String previous = byLowerCase.putIfAbsent(contentPath.toLowerCase(Locale.ROOT), contentPath);
            if (previous != null) {
                problems.error(display.apply(contentPath), 0, "case-clash",
                        "this name differs only in upper/lower case from " + display.apply(previous)
                                + ", and Windows, macOS and many web hosts treat them as the same file",
                        "rename one of the two files");
                continue;
            }
            if (contentPath.endsWith(".md") && !ContentLoader.isTranscript(contentPath)) {
                markdown.add(file);
            } else { // a transcript is shown on its recording's page, never as a page of its own
                assets.add(contentPath);
            }
        }
        return new Sorted(markdown, assets);
    }

    private static boolean insideContent(Path path, Path root) {
        try {
            return path.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }
}
