package org.socialcarefuture.northstar.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.socialcarefuture.northstar.content.ContentLoader.KnownFile;
import org.socialcarefuture.northstar.content.ContentLoader.Listed;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.problem.Problems;

/**
 * Makes one load's pages from its files, with the preview's memo: a file whose size and modification time
 * are those an earlier build saw is not read again, its page and what was said of it are taken from
 * {@code earlier}; every page made is kept for the next build. A bake's maker ({@code earlier} null) keeps
 * nothing, so the Markdown bodies can be let go once rendered.
 */
final class PageMaker {

    /**
     * One file, looked at: the page an earlier build made of it ({@code reused}) when unchanged, else the file
     * read ({@code parsed}, null when it could not be, and {@code readProblems} says why).
     */
    record FileResult(String contentPath, long size, FileTime modified, KnownFile reused, SourceReader.Parsed parsed,
                      Problems readProblems) {
    }

    private final Path contentDir;
    private final SourceReader reader;
    private final Map<String, KnownFile> earlier;
    /** Filled one file at a time (pages are made in order, after the files are read on every core). */
    private Map<String, KnownFile> made = new HashMap<>();
    /** The pages this load could not place (see {@link ContentLoader.Loaded#held}). */
    private final List<Page> held = Collections.synchronizedList(new ArrayList<>());

    PageMaker(Path contentDir, UnaryOperator<String> display, Map<String, KnownFile> earlier) {
        this.contentDir = contentDir;
        this.reader = new SourceReader(contentDir, display);
        this.earlier = earlier;
    }

    /** What the earlier build made of this file, or null (always null for a bake). */
    KnownFile earlier(String contentPath) {
        return earlier == null ? null : earlier.get(contentPath);
    }

    /** Whether an earlier build's files were given: then the load may reuse them, and keeps what it makes. */
    boolean hasEarlier() {
        return earlier != null;
    }

    /**
     * For a load that makes only a few pages again: what it makes is laid over the earlier build's files
     * instead of starting afresh, so the pages it does not look at stay known.
     */
    void layerOverEarlier() {
        made = new KnownFiles(earlier);
    }

    /** A page the load had, now gone (its file no longer makes one). */
    void forget(String contentPath) {
        made.remove(contentPath);
    }

    /** An earlier load's page that still cannot be placed, and whose file was not read again. */
    void hold(Page page) {
        held.add(page);
    }

    /** The pages this load made or reused, by content path. */
    Map<String, KnownFile> known() {
        // A layered map is this class's own and is not changed once the load is done; it stays itself so the
        // next load can lay its changes over the same base.
        return made instanceof KnownFiles ? made : Collections.unmodifiableMap(made);
    }

    List<Page> sortedHeld() {
        List<Page> sorted = new ArrayList<>(held);
        sorted.sort(Comparator.comparing(Page::contentPath));
        return sorted;
    }

    /** Looks at one file: safe on every core at once, as it changes nothing of this maker's. */
    FileResult readOrReuse(Listed listed) {
        String contentPath = listed.contentPath();
        Problems found = new Problems();
        Path path = contentDir.resolve(contentPath);
        long size = -1;
        FileTime modified = null;
        try {
            var attributes = listed.attributes() != null ? listed.attributes() : Files.readAttributes(path, BasicFileAttributes.class);
            size = attributes.size();
            modified = attributes.lastModifiedTime();
            KnownFile known = earlier(contentPath);
            if (known != null && known.size() == size && known.modified().equals(modified)) {
                return new FileResult(contentPath, size, modified, known, null, found);
            }
        } catch (IOException e) {
            // read() below reports it with the file's name
        }
        return new FileResult(contentPath, size, modified, null, reader.read(contentPath, found).orElse(null), found);
    }

    /**
     * The page a looked-at file makes ({@code main}: for an easy-read file, the page it is a version of), or
     * empty when it makes none; what was said of it goes to {@code problems}. One file at a time, in order.
     */
    Optional<Page> build(FileResult file, Page main, Problems problems) {
        KnownFile known = file.reused();
        if (known != null && known.main() == main) { // unchanged, and (for easy read) so is the page it belongs to
            problems.addAll(known.problems());
            keep(file.contentPath(), known);
            return Optional.of(known.page());
        }
        SourceReader.Parsed parsed = file.parsed() != null ? file.parsed() : reader.read(file.contentPath(), problems).orElse(null);
        if (parsed == null) {
            return Optional.empty();
        }
        Problems found = new Problems();
        FrontMatterReader in = new FrontMatterReader(parsed.source(), parsed.contentPath(), parsed.file().frontMatter(), found);
        PageReader.Read read = new PageReader(in, ContentLoader.KIND_READERS, contentDir).read(main, parsed.file());
        if (!read.placed()) {
            held.add(read.page());
        }
        List<Problem> said = found.sorted();
        problems.addAll(said);
        Optional<Page> page = read.placed() ? Optional.of(read.page()) : Optional.empty();
        if (page.isPresent() && file.modified() != null) {
            keep(file.contentPath(), new KnownFile(file.size(), file.modified(), page.get(), main, said));
        }
        return page;
    }

    private void keep(String contentPath, KnownFile file) {
        if (earlier != null) {
            made.put(contentPath, file);
        }
    }
}
