package org.socialcarefuture.northstar.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.socialcarefuture.northstar.address.Addresses;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.problem.Problems;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Step 1 of the build: walks content/, reads every Markdown file against CONTENT-FORMAT.md and
 * lists the other files (images, PDFs) to copy. Every problem is collected, none stops the walk.
 */
public final class ContentLoader {

    /** Every key CONTENT-FORMAT.md defines, plus {@code slug} and the per-page checker opt-out. */
    public static final Set<String> KNOWN_KEYS = knownKeys();

    private static Set<String> knownKeys() {
        Set<String> keys = new java.util.HashSet<>(Set.of("title", "date", "author", "authors", "tags", "summary",
                "image", "image_alt", "status", "aliases", "to", "signatories", "type", "slug", "a11y_ignore", "language_ignore", "pdf"));
        keys.addAll(EventReader.KEYS);
        keys.addAll(List.of("video", "audio", "transcript", "captions"));
        return Set.copyOf(keys);
    }

    private static final Set<String> SIGNATORY_KEYS = Set.of("name", "role", "organisation");

    /** What content/ holds: pages in path order, and the other files by their path under content/. */
    /**
     * What a load found. {@code held}: pages whose front matter has errors (already reported), which cannot
     * be placed in the site, but whose bodies the build still checks, so every problem shows in one run.
     */
    public record Loaded(List<Page> pages, List<String> assets, List<Page> held) {
        public Loaded {
            pages = List.copyOf(pages);
            assets = List.copyOf(assets);
            held = List.copyOf(held);
        }
    }

    /** The pages this load could not place (see {@link Loaded#held}). */
    private final List<Page> held = java.util.Collections.synchronizedList(new ArrayList<>());

    private record Parsed(String contentPath, String source, MarkdownFile file) {
    }

    private final Path contentDir;
    private final String displayPrefix;
    private final Map<String, KnownFile> earlier;
    /** Filled one file at a time (pages are made in order, after the files are read on every core). */
    private Map<String, KnownFile> made = new HashMap<>();
    /** The last build's list of files and what a file watcher saw change since; null to walk the folder. */
    private final Changes changes;
    private Listing listing;

    /**
     * @param contentDir    the content folder
     * @param displayPrefix how that folder is named in messages (e.g. {@code content})
     */
    public ContentLoader(Path contentDir, String displayPrefix) {
        this(contentDir, displayPrefix, null);
    }

    /**
     * The preview's loader: files unchanged since {@code earlier} was made are not read again, and what it
     * makes is kept for the next one. A bake's loader ({@code earlier} null) keeps nothing, so the
     * Markdown bodies can be let go once rendered.
     */
    public ContentLoader(Path contentDir, String displayPrefix, Map<String, KnownFile> earlier) {
        this(contentDir, displayPrefix, earlier, null);
    }

    /**
     * The watched preview's loader: {@code changes} lists the files a file watcher saw change since the last
     * good build listed the folder, so only those are looked at again (null: walk the folder).
     */
    public ContentLoader(Path contentDir, String displayPrefix, Map<String, KnownFile> earlier, Changes changes) {
        this.contentDir = contentDir;
        this.displayPrefix = displayPrefix;
        this.earlier = earlier;
        this.changes = changes;
    }

    /**
     * Every file of content/ as one build listed it (hidden ones left out), in name order, and what that
     * build's loader made of them.
     */
    public record Listing(List<Listed> files, Loaded loaded, List<Problem> said) {
        public Listing {
            files = List.copyOf(files);
            said = List.copyOf(said);
        }
    }

    /** A listing and the content paths (relative to content/) changed since it was made. */
    public record Changes(Listing since, Set<String> paths) {
        public Changes {
            paths = Set.copyOf(paths);
        }
    }

    /** The files this loader listed, for the next build to start from. */
    public Listing listing() {
        return listing;
    }

    /** The pages this load made or reused, by content path, for the next build's loader. */
    public Map<String, KnownFile> known() {
        // A layered map is this class's own and is not changed once the load is done; it stays itself so the
        // next load can lay its changes over the same base.
        return made instanceof KnownFiles ? made : java.util.Collections.unmodifiableMap(made);
    }

    public Loaded load(Problems reported) {
        // What this load says is also kept with its listing: the next watched load repeats it for the files it does not read.
        Problems problems = new Problems();
        try {
            return loadInto(problems);
        } finally {
            reported.addAll(problems.sorted());
        }
    }

    private Loaded loadInto(Problems problems) {
        List<Listed> markdown = new ArrayList<>();
        List<String> assets = new ArrayList<>();
        Path root;
        try {
            root = contentDir.toRealPath();
        } catch (IOException e) {
            problems.error(displayPrefix, 0, "content", "the content folder does not exist",
                    "create it, or point the build at the folder that holds your Markdown (--content on the command line, "
                            + "contentDirectory in the Maven plugin)");
            return new Loaded(List.of(), List.of(), List.of());
        }
        if (changes != null && earlier != null) {
            Loaded patched = patch(changes, problems);
            if (patched != null) {
                return patched;
            }
        }
        List<Listed> listed = changes == null ? null : update(changes);
        if (listed == null) {
            listed = walk(root, problems);
        }
        if (listed == null) {
            return new Loaded(List.of(), List.of(), List.of());
        }
        sort(listed, root, problems, markdown, assets);

        // Files are read and their front matter parsed on every core (or, in the preview, taken from the last
        // build when their size and modification time are unchanged); the order stays that of the folder walk.
        Map<String, FileResult> files = new LinkedHashMap<>();
        for (FileResult file : markdown.parallelStream().map(this::readOrReuse).toList()) {
            problems.addAll(file.readProblems().sorted());
            if (file.reused() != null || file.parsed() != null) {
                files.put(file.contentPath(), file);
            }
        }
        Map<String, Page> mains = new HashMap<>();
        List<Page> pages = new ArrayList<>();
        for (FileResult file : files.values()) {
            if (!isEasyRead(file.contentPath())) {
                build(file, null, problems).ifPresent(page -> {
                    mains.put(file.contentPath(), page);
                    pages.add(page);
                });
            }
        }
        for (FileResult file : files.values()) {
            if (isEasyRead(file.contentPath())) {
                String mainPath = mainPathOf(file.contentPath());
                Page main = mains.get(mainPath);
                if (main == null && files.containsKey(mainPath)) {
                    continue; // the main page has its own errors, already reported
                }
                build(file, main, problems).ifPresent(pages::add);
            }
        }
        pages.sort(Comparator.comparing(Page::contentPath));
        Loaded loaded = new Loaded(pages, assets, sortedHeld());
        listing = new Listing(listed, loaded, problems.sorted());
        return loaded;
    }

    /**
     * The watched preview's load when only Markdown files it knew were edited: the last load's pages with
     * the edited ones made again, and everything else (the listing, the other pages and what was said about
     * them) as it was. Null when the folder must be looked at as a whole: a file came or went, a changed file
     * is not Markdown, is a link, or is a page with an easy-read version (that version is made against it).
     */
    private Loaded patch(Changes changes, Problems problems) {
        Loaded last = changes.since().loaded();
        if (last == null || changes.paths().isEmpty()) {
            return null;
        }
        List<Listed> files = new ArrayList<>(changes.since().files());
        List<Page> pages = new ArrayList<>(last.pages());
        Map<String, Listed> edited = new java.util.TreeMap<>();
        for (String contentPath : changes.paths()) {
            if (hidden(contentPath)) {
                continue; // an editor's swap file, a .git folder: never part of the site
            }
            int listedAt = indexOf(files, contentPath, Listed::contentPath);
            if (!contentPath.endsWith(".md") || listedAt < 0 || files.get(listedAt).attributes() == null
                    || indexOf(pages, contentPath, Page::contentPath) < 0) {
                return null;
            }
            String partner = isEasyRead(contentPath) ? mainPathOf(contentPath) : easyPathOf(contentPath);
            if (!isEasyRead(contentPath) && indexOf(files, partner, Listed::contentPath) >= 0) {
                return null;
            }
            if (isEasyRead(contentPath) && (changes.paths().contains(partner)
                    || (indexOf(files, partner, Listed::contentPath) >= 0 && earlier.get(partner) == null))) {
                return null;
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(contentDir.resolve(contentPath), BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                if (!attributes.isRegularFile()) {
                    return null;
                }
                Listed now = listed(contentPath, attributes);
                files.set(listedAt, now);
                edited.put(contentPath, now);
            } catch (IOException e) {
                return null; // gone, or cannot be read: the whole folder is looked at, and that says which
            }
        }
        made = new KnownFiles(earlier);
        java.util.Set<String> editedSources = new java.util.HashSet<>();
        edited.keySet().forEach(contentPath -> editedSources.add(display(contentPath)));
        for (Problem problem : changes.since().said()) {
            if (!editedSources.contains(problem.file())) {
                problems.add(problem); // what was said of the files not read again
            }
        }
        for (Listed file : edited.values()) {
            FileResult result = readOrReuse(file);
            problems.addAll(result.readProblems().sorted());
            String contentPath = file.contentPath();
            KnownFile main = isEasyRead(contentPath) ? earlier.get(mainPathOf(contentPath)) : null;
            Optional<Page> page = result.reused() != null || result.parsed() != null
                    ? build(result, main == null ? null : main.page(), problems) : Optional.empty();
            int at = indexOf(pages, contentPath, Page::contentPath);
            if (page.isPresent()) {
                pages.set(at, page.get());
            } else {
                pages.remove(at);
                made.remove(contentPath);
            }
        }
        for (Page unchanged : last.held()) {
            if (!edited.containsKey(unchanged.contentPath())) {
                held.add(unchanged);
            }
        }
        Loaded loaded = new Loaded(pages, last.assets(), sortedHeld());
        listing = new Listing(files, loaded, problems.sorted());
        return loaded;
    }

    /**
     * The last load's files with this one's few changes laid over them: a watched preview's edit changes a
     * file or two of thousands, and copying the rest each time would cost more than the edit.
     */
    private static final class KnownFiles extends java.util.AbstractMap<String, KnownFile> {
        private final Map<String, KnownFile> base;
        private final Map<String, KnownFile> changed = new HashMap<>();
        private final java.util.Set<String> removed = new java.util.HashSet<>();

        KnownFiles(Map<String, KnownFile> last) {
            if (last instanceof KnownFiles layered && layered.changed.size() + layered.removed.size() < 1_000) {
                base = layered.base; // one layer deep, however many builds: the changes so far move up
                changed.putAll(layered.changed);
                removed.addAll(layered.removed);
            } else {
                base = last instanceof KnownFiles layered ? Map.copyOf(layered) : last;
            }
        }

        @Override
        public KnownFile get(Object key) {
            KnownFile file = changed.get(key);
            return file != null ? file : removed.contains(key) ? null : base.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public KnownFile put(String key, KnownFile value) {
            removed.remove(key);
            KnownFile before = get(key);
            changed.put(key, value);
            return before;
        }

        @Override
        public KnownFile remove(Object key) {
            KnownFile before = get(key);
            changed.remove(key);
            removed.add((String) key);
            return before;
        }

        @Override
        public java.util.Set<Entry<String, KnownFile>> entrySet() {
            Map<String, KnownFile> all = new HashMap<>(base);
            all.keySet().removeAll(removed);
            all.putAll(changed);
            return java.util.Collections.unmodifiableMap(all).entrySet();
        }
    }

    private static boolean hidden(String contentPath) {
        return contentPath.startsWith(".") || contentPath.contains("/.");
    }

    /** Where the item with this content path is in a list sorted by content path, or a negative number. */
    private static <T> int indexOf(List<T> sorted, String contentPath, java.util.function.Function<T, String> pathOf) {
        int low = 0;
        int high = sorted.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = pathOf.apply(sorted.get(middle)).compareTo(contentPath);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /**
     * A page as an earlier build made it from a file of this size and modification time (with the main
     * page an easy-read page was built against), and what was said about it: the preview reuses it while
     * the file is unchanged.
     */
    public record KnownFile(long size, java.nio.file.attribute.FileTime modified, Page page, Page main, List<Problem> problems) {
        public KnownFile {
            problems = List.copyOf(problems);
        }
    }

    private record FileResult(String contentPath, long size, java.nio.file.attribute.FileTime modified, KnownFile reused,
                              Parsed parsed, Problems readProblems) {
    }

    /** A file found by the walk, with its size and time as the walk saw them (null for a link, whose target's count). */
    public record Listed(String contentPath, BasicFileAttributes attributes) {
    }

    private FileResult readOrReuse(Listed listed) {
        String contentPath = listed.contentPath();
        Problems found = new Problems();
        Path path = contentDir.resolve(contentPath);
        long size = -1;
        java.nio.file.attribute.FileTime modified = null;
        try {
            var attributes = listed.attributes() != null ? listed.attributes() : Files.readAttributes(path, BasicFileAttributes.class);
            size = attributes.size();
            modified = attributes.lastModifiedTime();
            KnownFile known = earlier == null ? null : earlier.get(contentPath);
            if (known != null && known.size() == size && known.modified().equals(modified)) {
                return new FileResult(contentPath, size, modified, known, null, found);
            }
        } catch (IOException e) {
            // read() below reports it with the file's name
        }
        return new FileResult(contentPath, size, modified, null, read(contentPath, found).orElse(null), found);
    }

    private Optional<Page> build(FileResult file, Page main, Problems problems) {
        KnownFile known = file.reused();
        if (known != null && known.main() == main) { // unchanged, and (for easy read) so is the page it belongs to
            problems.addAll(known.problems());
            known(file.contentPath(), known);
            return Optional.of(known.page());
        }
        Parsed parsed = file.parsed() != null ? file.parsed() : read(file.contentPath(), problems).orElse(null);
        if (parsed == null) {
            return Optional.empty();
        }
        Problems found = new Problems();
        PageBuilder builder = new PageBuilder(parsed.source(), parsed.contentPath(), parsed.file().frontMatter(), found);
        Optional<Page> page = builder.build(main, parsed.file());
        if (page.isEmpty() && builder.held != null) {
            held.add(builder.held);
        }
        List<Problem> said = found.sorted();
        problems.addAll(said);
        if (page.isPresent() && file.modified() != null) {
            known(file.contentPath(), new KnownFile(file.size(), file.modified(), page.get(), main, said));
        }
        return page;
    }

    private List<Page> sortedHeld() {
        List<Page> sorted = new ArrayList<>(held);
        sorted.sort(Comparator.comparing(Page::contentPath));
        return sorted;
    }

    private void known(String contentPath, KnownFile file) {
        if (earlier != null) {
            made.put(contentPath, file);
        }
    }

    public String display(String contentPath) {
        return displayPrefix.isEmpty() ? contentPath : displayPrefix + "/" + contentPath;
    }

    /** {@code talk.transcript.md}: a recording's transcript (see MediaDetails). */
    public static boolean isTranscript(String contentPath) {
        return contentPath.endsWith(".transcript.md");
    }

    static boolean isEasyRead(String contentPath) {
        return contentPath.endsWith(".easy.md");
    }

    static String mainPathOf(String easyPath) {
        return easyPath.substring(0, easyPath.length() - ".easy.md".length()) + ".md";
    }

    static String easyPathOf(String mainPath) {
        return mainPath.substring(0, mainPath.length() - ".md".length()) + ".easy.md";
    }

    /**
     * Lists every file of content/ (hidden ones left out) in name order, or null after reporting that the
     * folder cannot be read. One look at each file (the walk's own) gives its size and time too, so the
     * preview can tell an unchanged file without another.
     */
    private List<Listed> walk(Path root, Problems problems) {
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

    private static Listed listed(String contentPath, BasicFileAttributes attributes) {
        return new Listed(contentPath, attributes.isSymbolicLink() ? null : attributes);
    }

    /**
     * The last listing with the changed paths looked at again; null when a folder came, went or changed
     * (then the whole folder is walked, as the watcher does not say what was inside it).
     */
    private List<Listed> update(Changes changes) {
        Map<String, Listed> files = new java.util.TreeMap<>();
        for (Listed file : changes.since().files()) {
            files.put(file.contentPath(), file);
        }
        for (String contentPath : changes.paths()) {
            if (hidden(contentPath)) {
                continue;
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(contentDir.resolve(contentPath), BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                if (attributes.isDirectory()) {
                    return null;
                }
                files.put(contentPath, listed(contentPath, attributes));
            } catch (java.nio.file.NoSuchFileException e) {
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
    private void sort(List<Listed> files, Path root, Problems problems, List<Listed> markdown, List<String> assets) {
        Map<String, String> byLowerCase = new HashMap<>();
        for (Listed file : files) {
            String contentPath = file.contentPath();
            if (file.attributes() == null) { // a link: what it points at decides
                Path path = contentDir.resolve(contentPath);
                if (Files.isDirectory(path)) {
                    continue;
                }
                if (!insideContent(path, root)) {
                    problems.error(display(contentPath), 0, "content-outside",
                            "this is a link to a file outside the content folder, which would publish that file",
                            "copy the file into content/ instead of linking to it");
                    continue;
                }
            }
            String previous = byLowerCase.putIfAbsent(contentPath.toLowerCase(Locale.ROOT), contentPath);
            if (previous != null) {
                problems.error(display(contentPath), 0, "case-clash",
                        "this name differs only in upper/lower case from " + display(previous)
                                + ", and Windows, macOS and many web hosts treat them as the same file",
                        "rename one of the two files");
                continue;
            }
            if (contentPath.endsWith(".md") && !isTranscript(contentPath)) {
                markdown.add(file);
            } else { // a transcript is shown on its recording's page, never as a page of its own
                assets.add(contentPath);
            }
        }
    }

    private static boolean insideContent(Path path, Path root) {
        try {
            return path.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    private Optional<Parsed> read(String contentPath, Problems problems) {
        String source = display(contentPath);
        Path path = contentDir.resolve(contentPath);
        try {
            long size = Files.size(path);
            if (size > SourceText.MAX_BYTES) {
                problems.error(source, 0, "file-size", "the file is " + (size / (1024 * 1024))
                                + " MB, larger than the " + (SourceText.MAX_BYTES / (1024 * 1024)) + " MB a page may be",
                        "split it into several pages, or move large data out of the Markdown");
                return Optional.empty();
            }
            SourceText.Cleaned cleaned = SourceText.withoutForbiddenCharacters(SourceText.decode(Files.readAllBytes(path)));
            if (cleaned.removed() > 0) {
                LineIndex lines = LineIndex.of(cleaned.text());
                int at = Math.min(cleaned.first(), cleaned.text().length());
                problems.add(new Problem(source, lines.line(at) + 1, lines.column(at), Problem.Severity.WARNING, "invisible-character",
                        "the file has " + (cleaned.removed() == 1 ? "an invisible control character" : cleaned.removed()
                                + " invisible control characters") + String.format(" (U+%04X here)", cleaned.firstCodePoint())
                                + ", which no web page or feed may carry, so the site leaves " + (cleaned.removed() == 1 ? "it" : "them") + " out",
                        "nothing to do; to quiet this, delete " + (cleaned.removed() == 1 ? "it" : "them")
                                + " (they usually come with text copied from another program)"));
            }
            return Optional.of(new Parsed(contentPath, source, MarkdownFile.parse(cleaned.text())));
        } catch (SourceText.NotUtf8Exception e) {
            problems.error(source, e.line(), "encoding", e.getMessage(),
                    "save the file as UTF-8 (in most editors: Save as... > Encoding > UTF-8)");
        } catch (MarkdownFile.FormatException e) {
            problems.error(source, e.line(), "front-matter", e.getMessage(), e.fix());
        } catch (IOException e) {
            problems.error(source, 0, "read", "the file could not be read: " + e.getMessage(),
                    "check that it exists and can be read");
        }
        return Optional.empty();
    }

    /** Turns one file's front matter into a {@link Page}, reporting each bad value with its line. */
    private final class PageBuilder {
        private final String source;
        private final String contentPath;
        private final FrontMatter fm;
        private final Problems problems;
        private boolean failed;
        /** When the front matter has errors: the page as far as it could be made, for its body to be checked. */
        private Page held;

        PageBuilder(String source, String contentPath, FrontMatter fm, Problems problems) {
            this.source = source;
            this.contentPath = contentPath;
            this.fm = fm;
            this.problems = problems;
        }

        Optional<Page> build(Page main, MarkdownFile file) {
            warnUnknownKeys();
            boolean easyRead = isEasyRead(contentPath);
            String title = text("title").orElse("");
            if (title.isBlank() && !fm.has("title")) {
                error(1, "the page has no title",
                        "add a line title: Your title inside the front matter" + (easyRead ? " (easy-read files need their own title)" : ""));
            } else if (title.isBlank() && !failed) {
                error(fm.lineOf("title"), "the title is empty", "write the title after title:");
            }

            PageType type = main != null ? main.type() : PageType.forFolder(firstFolder());
            Optional<String> typeText = text("type");
            if (typeText.isPresent()) {
                Optional<PageType> chosen = PageType.fromId(typeText.get());
                if (chosen.isEmpty()) {
                    error(fm.lineOf("type"), "type \"" + typeText.get() + "\" is not a page type" + closest(typeText.get(),
                            java.util.Arrays.stream(PageType.values()).map(PageType::id).toList()),
                            "use one of " + PageType.ids());
                } else {
                    type = chosen.get();
                }
            }

            ZonedDateTime date = main != null ? main.date() : null;
            Optional<String> dateText = text("date");
            if (dateText.isPresent()) {
                try {
                    date = Dates.parse(dateText.get());
                } catch (IllegalArgumentException e) {
                    error(fm.lineOf("date"), e.getMessage(), "write YYYY-MM-DD, e.g. date: 2021-03-15, or 2021-03-15T14:30");
                }
            } else if (type.dated() && date == null && !fm.has("date")) {
                error(1, "a " + type.id() + " needs a date", "add a line date: YYYY-MM-DD inside the front matter");
            }

            if (fm.has("author") && fm.has("authors")) {
                error(fm.lineOf("authors"), "both author and authors are given", "keep one: author: Name, or authors: [Name, Name]");
            }
            List<String> authors = list(fm.has("authors") ? "authors" : "author");
            warnOfCommaList(fm.has("authors") ? "authors" : "author", authors);
            if (authors.isEmpty() && main != null) {
                authors = main.authors();
            }
            List<String> tags = list("tags");
            warnOfCommaList("tags", tags);
            for (String tag : tags) {
                if (Slugs.of(tag).isEmpty()) {
                    error(fm.lineOf("tags"), "tag \"" + tag + "\" has no letters or digits", "use words for tags, e.g. tags: [pledge, inquiry]");
                }
            }
            if (tags.isEmpty() && main != null) {
                tags = main.tags();
            }
            String summary = text("summary").orElse(main != null ? main.summary() : "");
            String image = text("image").orElse(main != null && !fm.has("image") ? main.image() : "");
            String imageAlt = text("image_alt").orElse(main != null && !fm.has("image") ? main.imageAlt() : "");
            if (!image.isEmpty() && imageAlt.isBlank()) {
                error(fm.lineOf("image"), "the image has no text alternative (image_alt)",
                        "add image_alt: a short description of what the picture shows, for people who cannot see it");
            }

            boolean draft = main != null && main.draft();
            Optional<String> status = text("status");
            String eventStatus = "";
            if (status.isPresent()) {
                String word = status.get().toLowerCase(Locale.ROOT);
                switch (word) {
                    case "published" -> { }
                    case "draft" -> draft = true;
                    case "cancelled", "postponed" -> {
                        if (type == PageType.EVENT) {
                            eventStatus = word; // published, and shown clearly as called off or moved
                        } else {
                            error(fm.lineOf("status"), "status \"" + status.get() + "\" is only for events",
                                    "write status: published or status: draft");
                        }
                    }
                    default -> error(fm.lineOf("status"), "status \"" + status.get() + "\" is not known", "write status: published or"
                            + " status: draft" + (type == PageType.EVENT ? " (for an event: status: cancelled or status: postponed)" : ""));
                }
            }

            EventDetails event = null;
            if (type == PageType.EVENT && main == null) {
                event = EventReader.read(fm, new EventReader.Reporter() {
                    @Override
                    public void error(int line, String message, String fix) {
                        PageBuilder.this.error(line, message, fix);
                    }

                    @Override
                    public void warning(int line, String message, String fix) {
                        PageBuilder.this.warning(line, message, fix);
                    }
                });
                if (event == null) {
                    failed = true;
                } else if (!eventStatus.isEmpty()) {
                    event = new EventDetails(event.start(), event.end(), event.location(), event.online(), event.joining(),
                            event.booking(), event.cost(), event.organiser(), event.access(), event.accessNotes(), eventStatus);
                }
            } else if (main != null) {
                event = main.event(); // an easy-read version of an event is about the same event
            } else {
                for (String key : EventReader.KEYS) {
                    if (fm.has(key)) {
                        warning(fm.lineOf(key), "\"" + key + "\" is only read for events", "move the file to events/, or add type: event");
                        break;
                    }
                }
            }

            List<String> aliases = new ArrayList<>();
            for (String alias : list("aliases")) {
                checkAlias(alias).ifPresent(aliases::add);
            }

            List<String> to = list("to");
            List<Signatory> signatories = signatories();
            if (type != PageType.LETTER && (fm.has("to") || fm.has("signatories"))) {
                warning(fm.lineOf(fm.has("to") ? "to" : "signatories"),
                        "\"to\" and \"signatories\" are only shown on letters", "add type: letter, or move the file to letters/");
            }
            List<Exemption> a11yIgnore = exemptions("a11y_ignore", "rule", org.socialcarefuture.northstar.a11y.Rules.ids());
            List<Exemption> languageIgnore = exemptions("language_ignore", "phrase", null);

            MediaDetails media = main == null ? media() : null;
            Boolean pdf = pdf();

            if (!draft) { // an error, but the page is whole: it goes on through every other check
                problems.addAll(Placeholders.check(source, fm, file.body(), file.bodyLine()));
            }

            String slug = slug();
            if (type.dated() && date == null) {
                failed = true;
            }
            if (failed || slug.isEmpty()) {
                held = new Page(source, contentPath, type, title.strip(), slug, "", date, authors, tags, summary, image, imageAlt,
                        draft, aliases, to, signatories, easyRead, main != null ? main.contentPath() : null, a11yIgnore,
                        languageIgnore, file.body(), file.bodyLine(), event, media);
                return Optional.empty();
            }
            String url = main != null ? main.url() + "easy-read/" : urlFor(type, slug, date);
            return Optional.of(new Page(source, contentPath, type, title.strip(), slug, url, date, authors, tags, summary,
                    image, imageAlt, draft, aliases, to, signatories, easyRead,
                    main != null ? main.contentPath() : null, a11yIgnore, languageIgnore, file.body(), file.bodyLine(), event, media, pdf));
        }

        /** {@code pdf: true} or {@code pdf: false}: whether this page has a PDF whatever site.yml says of its kind; null when not said. */
        private Boolean pdf() {
            if (!fm.has("pdf")) {
                return null;
            }
            // YAML reads pdf: false as a yes/no value, which fm.text refuses (for titles it is a mistake; here it is the point)
            String value = fm.node("pdf").filter(node -> node instanceof org.yaml.snakeyaml.nodes.ScalarNode)
                    .map(node -> ((org.yaml.snakeyaml.nodes.ScalarNode) node).getValue()).orElse("").strip().toLowerCase(Locale.ROOT);
            return switch (value) {
                case "true", "yes" -> Boolean.TRUE;
                case "false", "no" -> Boolean.FALSE;
                default -> {
                    error(fm.lineOf("pdf"), "pdf \"" + value + "\" is not true or false",
                            "write pdf: false for no PDF of this page, or pdf: true for one");
                    yield null;
                }
            };
        }

        /** The page's recording (video: or audio:, its transcript: and captions:), or null without one. */
        private MediaDetails media() {
            String video = text("video").orElse("");
            String audio = text("audio").orElse("");
            String transcript = text("transcript").orElse("");
            String captions = text("captions").orElse("");
            if (video.isEmpty() && audio.isEmpty()) {
                if (!transcript.isEmpty() || !captions.isEmpty()) {
                    warning(fm.lineOf(transcript.isEmpty() ? "captions" : "transcript"), "there is no video: or audio: for this to go with",
                            "add the recording's video: or audio: line, or remove this one");
                }
                return null;
            }
            if (!video.isEmpty() && !audio.isEmpty()) {
                error(fm.lineOf("audio"), "a page has one recording: this one has both video: and audio:",
                        "keep one, and give the other a page of its own");
            }
            String lower = video.toLowerCase(Locale.ROOT);
            if (!video.isEmpty() && (lower.startsWith("http://") || lower.startsWith("https://"))) {
                if (org.socialcarefuture.northstar.media.VideoLink.parse(video).isEmpty()) {
                    error(fm.lineOf("video"), "\"" + video + "\" is not a YouTube or Vimeo video's address",
                            "copy the address of the video's own page, e.g. https://www.youtube.com/watch?v=..., or put the video file in"
                                    + " content/ and give its name");
                }
                if (!captions.isEmpty()) {
                    warning(fm.lineOf("captions"), "YouTube and Vimeo show their own captions; captions: is for a video file of ours",
                            "add the captions on YouTube or Vimeo, and remove this line");
                }
            } else if (!video.isEmpty() && !lower.matches(".*\\.(mp4|m4v|webm|ogv)$")) {
                error(fm.lineOf("video"), "\"" + video + "\" is not a video file browsers play (MP4 or WebM) or a YouTube or Vimeo address",
                        "export the video as MP4, or give the address of its YouTube or Vimeo page");
            }
            if (!audio.isEmpty() && !audio.toLowerCase(Locale.ROOT).matches(".*\\.(mp3|m4a|aac|ogg|oga|opus|wav)$")) {
                error(fm.lineOf("audio"), "\"" + audio + "\" is not an audio file browsers play", "export the recording as MP3");
            }
            if (!transcript.isEmpty() && !transcript.endsWith(".transcript.md")) {
                String base = transcript.replaceFirst("\\.md$", "");
                error(fm.lineOf("transcript"), "a transcript's file name ends .transcript.md (then it is shown with its recording, not"
                        + " published as a page of its own)", "rename " + transcript + " to " + base + ".transcript.md, and this line");
            }
            if (!captions.isEmpty() && !captions.toLowerCase(Locale.ROOT).endsWith(".vtt")) {
                error(fm.lineOf("captions"), "captions must be a WebVTT file (.vtt), the one kind every browser reads",
                        "export the captions as WebVTT; most captioning tools and YouTube Studio can");
            }
            long audioBytes = 0;
            if (!audio.isEmpty()) {
                String folder = contentPath.contains("/") ? contentPath.substring(0, contentPath.lastIndexOf('/') + 1) : "";
                try {
                    audioBytes = Files.size(contentDir.resolve(folder + audio).normalize());
                } catch (IOException | RuntimeException e) {
                    audioBytes = 0; // not there: the build says so at the audio: line
                }
            }
            return new MediaDetails(video, audio, transcript, captions, fm.has("video") ? fm.lineOf("video") : 0,
                    fm.has("audio") ? fm.lineOf("audio") : 0, fm.has("transcript") ? fm.lineOf("transcript") : 0,
                    fm.has("captions") ? fm.lineOf("captions") : 0, audioBytes);
        }

        private String slug() {
            String fileName = contentPath.substring(contentPath.lastIndexOf('/') + 1);
            Optional<String> given = text("slug");
            if (given.isEmpty()) {
                String slug = Slugs.fromFileName(fileName);
                if (slug.isEmpty()) {
                    error(1, "the file name \"" + fileName + "\" gives an empty web address",
                            "rename the file using letters or digits, or add slug: a-short-name");
                }
                return slug;
            }
            String wanted = given.get();
            if (wanted.contains("/") || wanted.contains("\\") || wanted.contains("..")) {
                error(fm.lineOf("slug"), "slug \"" + wanted + "\" contains a folder or \"..\"",
                        "a slug is one word or several joined with hyphens, e.g. slug: our-pledge");
                return "";
            }
            String slug = Slugs.of(wanted);
            if (slug.isEmpty()) {
                error(fm.lineOf("slug"), "slug \"" + wanted + "\" has no letters or digits", "write e.g. slug: our-pledge");
            }
            return slug;
        }

        private String firstFolder() {
            int slash = contentPath.indexOf('/');
            return slash < 0 ? "" : contentPath.substring(0, slash);
        }

        private String urlFor(PageType type, String slug, ZonedDateTime date) {
            if (type.dated()) {
                return type.folder() + "/" + date.getYear() + "/" + String.format("%02d", date.getMonthValue())
                        + "/" + slug + "/";
            }
            if (type == PageType.REPORT || type == PageType.EVENT) {
                return type.folder() + "/" + slug + "/";
            }
            StringBuilder url = new StringBuilder();
            String[] segments = contentPath.split("/");
            for (int i = 0; i < segments.length - 1; i++) {
                String folder = Slugs.of(segments[i]);
                if (!folder.isEmpty()) {
                    url.append(folder).append('/');
                }
            }
            if (!slug.equals("index")) {
                url.append(slug).append('/');
            }
            return url.toString();
        }

        private Optional<String> checkAlias(String alias) {
            int line = fm.lineOf("aliases");
            String lower = alias.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//")) {
                error(line, "alias \"" + alias + "\" is a full web address; an alias must be an old path on this site",
                        "write only the path, e.g. /2021/01/18/old-post/");
                return Optional.empty();
            }
            if (!alias.startsWith("/")) {
                error(line, "alias \"" + alias + "\" does not start with /", "write the old path from the site root, e.g. /2021/01/18/old-post/");
                return Optional.empty();
            }
            if (alias.matches("/\\?p=\\d+")) {
                return Optional.of(alias.substring(1)); // WordPress's /?p=123: redirected by the home page, see SitePages
            }
            if (alias.contains("?") || alias.contains("#")) {
                error(line, "alias \"" + alias + "\" has a ? or # part, which static hosting cannot redirect",
                        "give only the path part of the old address (only WordPress's /?p=123 form is understood)");
                return Optional.empty();
            }
            // Decoded once and kept as it was (WordPress's Unicode and percent-encoded slugs too): old links must find it.
            Addresses.OldAddress old = Addresses.oldAddress(alias);
            if (old.path() == null) {
                error(line, "alias \"" + alias + "\" " + old.problem(), old.fix());
                return Optional.empty();
            }
            return Optional.of(old.path());
        }

        private List<Signatory> signatories() {
            Optional<Node> node = fm.node("signatories");
            if (node.isEmpty()) {
                return List.of();
            }
            String fix = "write each as - name: Full Name, with optional role: and organisation: lines under it";
            if (!(node.get() instanceof SequenceNode sequence)) {
                error(fm.lineOf("signatories"), "signatories must be a list", fix);
                return List.of();
            }
            List<Signatory> result = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (!(item instanceof MappingNode mapping)) {
                    error(fm.lineOf(item), "a signatory must have name:, and may have role: and organisation:", fix);
                    continue;
                }
                Map<String, String> fields = new HashMap<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
                    if (!SIGNATORY_KEYS.contains(key)) {
                        error(fm.lineOf(tuple.getKeyNode()), "a signatory has an unknown key \"" + key + "\""
                                + closest(key, SIGNATORY_KEYS), "use name, role and organisation");
                        continue;
                    }
                    try {
                        fields.put(key, fm.scalarText(key, tuple.getValueNode()));
                    } catch (FrontMatter.ValueException e) {
                        error(e.line(), e.getMessage(), "write plain text");
                    }
                }
                if (fields.getOrDefault("name", "").isBlank()) {
                    error(fm.lineOf(item), "a signatory has no name", fix);
                    continue;
                }
                result.add(new Signatory(fields.get("name"), fields.getOrDefault("role", ""),
                        fields.getOrDefault("organisation", "")));
            }
            return result;
        }

        /**
         * a11y_ignore (a list of {rule, reason}) and language_ignore (a list of {phrase, reason}): a reason is
         * required so every exception can be reviewed in the report.
         */
        private List<Exemption> exemptions(String key, String whatKey, java.util.Set<String> allowed) {
            Optional<Node> node = fm.node(key);
            if (node.isEmpty()) {
                return List.of();
            }
            String fix = "write each as - " + whatKey + ": ..., with reason: why this page is an exception";
            if (!(node.get() instanceof SequenceNode sequence)) {
                error(fm.lineOf(key), key + " must be a list", fix);
                return List.of();
            }
            List<Exemption> result = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                Map<String, String> fields = new HashMap<>();
                if (item instanceof MappingNode mapping) {
                    for (NodeTuple tuple : mapping.getValue()) {
                        String name = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
                        try {
                            fields.put(name, fm.scalarText(name, tuple.getValueNode()));
                        } catch (FrontMatter.ValueException e) {
                            error(e.line(), e.getMessage(), fix);
                        }
                    }
                }
                String what = fields.getOrDefault(whatKey, "");
                if (what.isBlank() || fields.getOrDefault("reason", "").isBlank()) {
                    error(fm.lineOf(item), "each " + key + " entry needs a " + whatKey + " and a reason", fix);
                    continue;
                }
                if (allowed != null && !allowed.contains(what)) {
                    error(fm.lineOf(item), "\"" + what + "\" is not an accessibility rule" + closest(what, allowed),
                            "use one of " + String.join(", ", allowed));
                    continue;
                }
                result.add(new Exemption(what, fields.get("reason"), fm.lineOf(item)));
            }
            return result;
        }

        private void warnUnknownKeys() {
            for (String key : fm.keys()) {
                if (!KNOWN_KEYS.contains(key)) {
                    problems.warning(source, fm.lineOf(key), "front-matter-key", "unknown front matter key \"" + key + "\""
                            + closest(key, KNOWN_KEYS), "check the spelling, or remove it (it is ignored)");
                }
            }
        }

        /**
         * {@code tags: care, home} is one tag, "care, home", to YAML; the writer almost always meant two.
         * Only a warning: a comma can belong in a name. The fix shows the writer's own words as a list.
         */
        private void warnOfCommaList(String key, List<String> values) {
            if (values.size() == 1 && values.get(0).contains(",")
                    && fm.node(key).orElse(null) instanceof org.yaml.snakeyaml.nodes.ScalarNode) {
                List<String> parts = java.util.Arrays.stream(values.get(0).split(",")).map(String::strip)
                        .filter(part -> !part.isEmpty()).toList();
                problems.warning(source, fm.lineOf(key), "front-matter-list", "\"" + values.get(0) + "\" is one "
                        + (key.equals("tags") ? "tag" : "name") + ", commas and all",
                        "for more than one, put them in square brackets: " + (key.equals("tags") ? "tags" : "authors")
                                + ": [" + String.join(", ", parts) + "]");
            }
        }

        private Optional<String> text(String key) {
            try {
                return fm.text(key);
            } catch (FrontMatter.ValueException e) {
                error(e.line(), e.getMessage(), fixFor(key));
                return Optional.empty();
            }
        }

        private List<String> list(String key) {
            try {
                return fm.list(key);
            } catch (FrontMatter.ValueException e) {
                error(e.line(), e.getMessage(), "write " + key + ": [first, second] or one - item per line");
                return List.of();
            }
        }

        private String fixFor(String key) {
            return switch (key) {
                case "date" -> "write date: YYYY-MM-DD";
                case "title" -> "write title: followed by the title as plain text";
                default -> "write " + key + ": followed by plain text, or remove the line";
            };
        }

        private void error(int line, String message, String fix) {
            failed = true;
            problems.error(source, line, "front-matter", message, fix);
        }

        private void warning(int line, String message, String fix) {
            problems.warning(source, line, "front-matter", message, fix);
        }
    }

    /** ", did you mean "authors"?" when a close known word exists, else "". */
    static String closest(String word, java.util.Collection<String> known) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known.stream().sorted().toList()) {
            int d = distance.apply(word.toLowerCase(Locale.ROOT), candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, word.length() / 3) ? " (did you mean \"" + best + "\"?)" : "";
    }
}
