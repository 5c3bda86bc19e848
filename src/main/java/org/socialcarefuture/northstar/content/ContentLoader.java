package org.socialcarefuture.northstar.content;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.problem.Problems;

/**
 * Step 1 of the build: walks content/, reads every Markdown file against CONTENT-FORMAT.md and
 * lists the other files (images, PDFs) to copy. Every problem is collected, none stops the walk.
 *
 * <p>This class is the order of the work; each part is its own class: {@link FolderWalk} lists the files,
 * {@link SourceReader} reads one, {@link PageReader} makes its page (with {@link AddressReader},
 * {@link ExemptionReader}, {@link MediaReader} and the kinds' readers below), {@link PageMaker} keeps the
 * preview's memo of files ({@link KnownFiles}) and {@link PreviewPatch} is the watched preview's short cut.
 */
public final class ContentLoader {

    /**
     * The readers of the kinds of page that have keys of their own. A new kind of page is a {@link PageType}
     * constant and, when it has keys of its own, its reader added here (see docs/maintainers).
     */
    static final List<KindReader> KIND_READERS = List.of(new EventReader(), new LetterReader());

    /** Every key CONTENT-FORMAT.md defines, plus {@code slug} and the per-page checker opt-out. */
    public static final Set<String> KNOWN_KEYS = knownKeys();

    private static Set<String> knownKeys() {
        Set<String> keys = new HashSet<>(PageReader.KEYS);
        KIND_READERS.forEach(kind -> keys.addAll(kind.keys()));
        keys.addAll(MediaReader.KEYS);
        return Set.copyOf(keys);
    }

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

    /**
     * A page as an earlier build made it from a file of this size and modification time (with the main
     * page an easy-read page was built against), and what was said about it: the preview reuses it while
     * the file is unchanged.
     */
    public record KnownFile(long size, FileTime modified, Page page, Page main, List<Problem> problems) {
        public KnownFile {
            problems = List.copyOf(problems);
        }
    }

    /** A file found by the walk, with its size and time as the walk saw them (null for a link, whose target's count). */
    public record Listed(String contentPath, BasicFileAttributes attributes) {
    }

    private final Path contentDir;
    private final String displayPrefix;
    /** The last build's list of files and what a file watcher saw change since; null to walk the folder. */
    private final Changes changes;
    private final FolderWalk walk;
    private final PageMaker maker;
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
        this.changes = changes;
        this.walk = new FolderWalk(contentDir, displayPrefix, this::display);
        this.maker = new PageMaker(contentDir, this::display, earlier);
    }

    /** The files this loader listed, for the next build to start from. */
    public Listing listing() {
        return listing;
    }

    /** The pages this load made or reused, by content path, for the next build's loader. */
    public Map<String, KnownFile> known() {
        return maker.known();
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
        Path root;
        try {
            root = contentDir.toRealPath();
        } catch (IOException e) {
            problems.error(displayPrefix, 0, "content", "the content folder does not exist",
                    "create it, or point the build at the folder that holds your Markdown (--content on the command line, "
                            + "contentDirectory in the Maven plugin)");
            return new Loaded(List.of(), List.of(), List.of());
        }
        if (changes != null && maker.hasEarlier()) {
            Listing patched = new PreviewPatch(contentDir, this::display, maker).apply(changes, problems);
            if (patched != null) {
                listing = patched;
                return patched.loaded();
            }
        }
        List<Listed> listed = changes == null ? null : walk.update(changes);
        if (listed == null) {
            listed = walk.walk(root, problems);
        }
        if (listed == null) {
            return new Loaded(List.of(), List.of(), List.of());
        }
        FolderWalk.Sorted sorted = walk.sort(listed, root, problems);

        // Files are read and their front matter parsed on every core (or, in the preview, taken from the last
        // build when their size and modification time are unchanged); the order stays that of the folder walk.
        Map<String, PageMaker.FileResult> files = new LinkedHashMap<>();
        for (PageMaker.FileResult file : sorted.markdown().parallelStream().map(maker::readOrReuse).toList()) {
            problems.addAll(file.readProblems().sorted());
            if (file.reused() != null || file.parsed() != null) {
                files.put(file.contentPath(), file);
            }
        }
        // Main pages first: an easy-read version is made against its main page, and takes what it does not say from it.
        Map<String, Page> mains = new HashMap<>();
        List<Page> pages = new ArrayList<>();
        for (PageMaker.FileResult file : files.values()) {
            if (!isEasyRead(file.contentPath())) {
                maker.build(file, null, problems).ifPresent(page -> {
                    mains.put(file.contentPath(), page);
                    pages.add(page);
                });
            }
        }
        for (PageMaker.FileResult file : files.values()) {
            if (isEasyRead(file.contentPath())) {
                String mainPath = mainPathOf(file.contentPath());
                Page main = mains.get(mainPath);
                if (main == null && files.containsKey(mainPath)) {
                    continue; // the main page has its own errors, already reported
                }
                maker.build(file, main, problems).ifPresent(pages::add);
            }
        }
        pages.sort(Comparator.comparing(Page::contentPath));
        Loaded loaded = new Loaded(pages, sorted.assets(), maker.sortedHeld());
        listing = new Listing(listed, loaded, problems.sorted());
        return loaded;
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
}
