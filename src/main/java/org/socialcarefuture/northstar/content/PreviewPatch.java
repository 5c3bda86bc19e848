package org.socialcarefuture.northstar.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.socialcarefuture.northstar.content.ContentLoader.Changes;
import org.socialcarefuture.northstar.content.ContentLoader.KnownFile;
import org.socialcarefuture.northstar.content.ContentLoader.Listed;
import org.socialcarefuture.northstar.content.ContentLoader.Listing;
import org.socialcarefuture.northstar.content.ContentLoader.Loaded;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.problem.Problems;

/**
 * The watched preview's load when only Markdown files it knew were edited: the last load's pages with
 * the edited ones made again, and everything else (the listing, the other pages and what was said about
 * them) as it was. It declines (and the folder is looked at as a whole) when a file came or went, a
 * changed file is not Markdown, is a link, or is a page with an easy-read version (that version is made
 * against it).
 */
final class PreviewPatch {

    private final Path contentDir;
    private final UnaryOperator<String> display;
    private final PageMaker maker;

    PreviewPatch(Path contentDir, UnaryOperator<String> display, PageMaker maker) {
        this.contentDir = contentDir;
        this.display = display;
        this.maker = maker;
    }

    /** The patched load and its listing, or null when the folder must be looked at as a whole. */
    Listing apply(Changes changes, Problems problems) {
        Loaded last = changes.since().loaded();
        if (last == null || changes.paths().isEmpty()) {
            return null;
        }
        List<Listed> files = new ArrayList<>(changes.since().files());
        List<Page> pages = new ArrayList<>(last.pages());
        Map<String, Listed> edited = new TreeMap<>();
        for (String contentPath : changes.paths()) {
            if (FolderWalk.hidden(contentPath)) {
                continue; // an editor's swap file, a .git folder: never part of the site
            }
            int listedAt = indexOf(files, contentPath, Listed::contentPath);
            if (!contentPath.endsWith(".md") || listedAt < 0 || files.get(listedAt).attributes() == null
                    || indexOf(pages, contentPath, Page::contentPath) < 0) {
                return null;
            }
            boolean easyRead = ContentLoader.isEasyRead(contentPath);
            String partner = easyRead ? ContentLoader.mainPathOf(contentPath) : ContentLoader.easyPathOf(contentPath);
            if (!easyRead && indexOf(files, partner, Listed::contentPath) >= 0) {
                return null;
            }
            if (easyRead && (changes.paths().contains(partner)
                    || (indexOf(files, partner, Listed::contentPath) >= 0 && maker.earlier(partner) == null))) {
                return null;
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(contentDir.resolve(contentPath), BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (!attributes.isRegularFile()) {
                    return null;
                }
                Listed now = FolderWalk.listed(contentPath, attributes);
                files.set(listedAt, now);
                edited.put(contentPath, now);
            } catch (IOException e) {
                return null; // gone, or cannot be read: the whole folder is looked at, and that says which
            }
        }
        maker.layerOverEarlier();
        Set<String> editedSources = new HashSet<>();
        edited.keySet().forEach(contentPath -> editedSources.add(display.apply(contentPath)));
        for (Problem problem : changes.since().said()) {
            if (!editedSources.contains(problem.file())) {
                problems.add(problem); // what was said of the files not read again
            }
        }
        for (Listed file : edited.values()) {
            PageMaker.FileResult result = maker.readOrReuse(file);
            problems.addAll(result.readProblems().sorted());
            String contentPath = file.contentPath();
            KnownFile main = ContentLoader.isEasyRead(contentPath) ? maker.earlier(ContentLoader.mainPathOf(contentPath)) : null;
            Optional<Page> page = result.reused() != null || result.parsed() != null
                    ? maker.build(result, main == null ? null : main.page(), problems) : Optional.empty();
            int at = indexOf(pages, contentPath, Page::contentPath);
            if (page.isPresent()) {
                pages.set(at, page.get());
            } else {
                pages.remove(at);
                maker.forget(contentPath);
            }
        }
        for (Page unchanged : last.held()) {
            if (!edited.containsKey(unchanged.contentPath())) {
                maker.hold(unchanged);
            }
        }
        Loaded loaded = new Loaded(pages, last.assets(), maker.sortedHeld());
        return new Listing(files, loaded, problems.sorted());
    }

    /** Where the item with this content path is in a list sorted by content path, or a negative number. */
    private static <T> int indexOf(List<T> sorted, String contentPath, Function<T, String> pathOf) {
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
}
