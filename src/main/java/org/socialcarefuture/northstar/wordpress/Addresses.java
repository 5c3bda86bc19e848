package org.socialcarefuture.northstar.wordpress;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socialcarefuture.northstar.content.PageType;
import org.socialcarefuture.northstar.content.Slugs;

/**
 * Where each imported post goes and which of its old addresses can redirect to it, decided for the
 * whole export at once, so the bake never meets two files at one address, an alias equal to its own
 * page, an alias on a page the site makes itself, or an alias it cannot read.
 */
final class Addresses {

    /**
     * The first parts of addresses the site makes itself (render/SitePages plans them: the section lists, tags/,
     * authors/, archive/, search/, feeds/, the pledges list, the Mastodon share page) and content/images/.
     * A WordPress page with one of these names is given another.
     */
    static final Set<String> RESERVED = reserved();

    private static Set<String> reserved() {
        Set<String> names = new HashSet<>(Set.of("tags", "authors", "archive", "search", "feeds", "pledges", "share", "images", "index",
                "404", "robots", "site", "search-index", "podcast", "wp"));
        for (PageType type : PageType.values()) {
            if (type.folder() != null) {
                names.add(type.folder());
            }
        }
        return Set.copyOf(names);
    }

    /** One item's place: its file under content/, its new address, and the old addresses that redirect to it. */
    record Place(String file, String url, List<String> aliases) {
    }

    private final Map<String, String> folders;
    private final List<String> notes;
    private final Set<String> files = new HashSet<>();
    private final Map<String, String> claimed = new HashMap<>();

    /**
     * @param folders category (any case) to folder under content/
     * @param notes   where to say what was changed or left out, for the import's report
     */
    Addresses(Map<String, String> folders, List<String> notes) {
        this.folders = folders;
        this.notes = notes;
    }

    /** Places every item: first all the new addresses (they win), then the old ones that are still free. */
    Map<WpItem, Place> place(List<WpItem> items, java.util.function.Function<WpItem, LocalDateTime> dates) {
        Map<WpItem, String> fileOf = new java.util.LinkedHashMap<>();
        Map<WpItem, String> urlOf = new HashMap<>();
        for (WpItem item : items) {
            String file = file(item, dates.apply(item));
            fileOf.put(item, file);
            String url = url(file, dates.apply(item));
            urlOf.put(item, url);
            claimed.put(url, file);
        }
        Map<WpItem, Place> places = new java.util.LinkedHashMap<>();
        for (WpItem item : items) {
            String file = fileOf.get(item);
            List<String> aliases = new ArrayList<>();
            String old = oldPath(item, file);
            if (old != null) {
                String target = old.substring(1);
                String owner = claimed.get(target);
                if (owner != null && !owner.equals(file)) {
                    notes.add(file + ": the old address " + old + " is now " + describe(owner) + "; it does not redirect here");
                } else if (owner == null && generated(target)) {
                    if (notes.stream().noneMatch(note -> note.startsWith(file + ": the WordPress page"))) notes.add(file + ": the old address " + old + " is one the site makes itself (" + target
                            + "), so it shows that page; this one is now at /" + urlOf.get(item));
                } else if (owner == null) {
                    claimed.put(target, file);
                    aliases.add(old);
                } // owner is this file: the address did not change, no alias needed
            }
            if (item.id().matches("\\d+")) { // WordPress's ids are numbers; anything else is no /?p= address (found by fuzzing)
                aliases.add("/?p=" + item.id());
            }
            places.put(item, new Place(file, urlOf.get(item), aliases));
        }
        return places;
    }

    private static String describe(String owner) {
        return "the address of " + owner;
    }

    /** Whether the site makes this address itself (a list, a topic or author page, search, feeds). */
    private static boolean generated(String path) {
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        return RESERVED.contains(first) && !first.equals("images") && (path.equals(first + "/") || Set.of("tags", "authors", "archive", "feeds",
                "search", "share", "pledges", "wp").contains(first));
    }

    /** The file: posts in their category's folder with their date, pages at the top; never one already given. */
    private String file(WpItem item, LocalDateTime date) {
        // WordPress keeps a Greek or Welsh slug %-escaped; read it, and when nothing but digits is left, try the title.
        String slug = Slugs.of(org.socialcarefuture.northstar.address.Addresses.decodeOnce(item.slug()));
        if (!slug.matches(".*[a-z].*")) {
            String fromTitle = Slugs.of(item.title());
            slug = fromTitle.matches(".*[a-z].*") ? fromTitle : ("post-" + Slugs.of(item.id())).replaceFirst("-$", ""); // the id may say anything
        }
        String folder = null;
        String prefix = "";
        if (item.type().equals("post")) {
            folder = "blog";
            for (String category : item.categories()) {
                if (folders.containsKey(category)) {
                    folder = folders.get(category);
                    break;
                }
            }
            prefix = date.toLocalDate() + "-";
        } else if (RESERVED.contains(slug)) {
            String free = free(slug + "-page", null, "");
            notes.add(free + ": the WordPress page \"" + item.title() + "\" had the address /" + slug + "/, which the site uses for its own "
                    + slug + " page; it is now at /" + Slugs.fromFileName(free) + "/");
            return free;
        }
        return free(slug, folder, prefix);
    }

    private String free(String slug, String folder, String prefix) {
        String base = (folder == null ? "" : folder + "/") + prefix;
        String candidate = base + slug + ".md";
        for (int n = 2; files.contains(candidate) || (folder == null && RESERVED.contains(Slugs.fromFileName(candidate))); n++) {
            candidate = base + slug + "-" + n + ".md";
        }
        files.add(candidate);
        return candidate;
    }

    /** The address ContentLoader gives the file (see its urlFor): dated sections by year and month, the rest by folder. */
    static String url(String file, LocalDateTime date) {
        String slug = Slugs.fromFileName(file.substring(file.lastIndexOf('/') + 1));
        int slash = file.indexOf('/');
        if (slash < 0) {
            return slug + "/";
        }
        String folder = file.substring(0, slash);
        if (PageType.forFolder(folder).dated()) {
            return folder + "/" + date.getYear() + "/" + String.format("%02d", date.getMonthValue()) + "/" + slug + "/";
        }
        return Slugs.of(folder) + "/" + slug + "/";
    }

    /**
     * The old permalink's path as the site can redirect it: percent-escapes read (a Greek address is a folder of Greek
     * letters on the server), doubled slashes made single (WordPress wrote {@code //greek/...} for a child page), and a
     * trailing slash. Null, with a note, when it cannot be an alias.
     */
    private String oldPath(WpItem item, String file) {
        String link = item.link().strip();
        if (link.isEmpty()) {
            return null;
        }
        String raw;
        String query;
        try {
            URI uri = URI.create(link.replace(" ", "%20"));
            raw = uri.getRawPath();
            query = uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            notes.add(file + ": the old address " + link + " is not a web address, so nothing redirects from it");
            return null;
        }
        if (raw == null || raw.isEmpty() || raw.equals("/")) {
            if (query != null && !query.matches("p=\\d+")) {
                notes.add(file + ": the old address " + link + " has only a ? part, which static hosting cannot redirect;"
                        + " /?p=" + item.id() + " still does");
            }
            return null;
        }
        if (!raw.startsWith("/")) {
            // A link WordPress wrote oddly ("httpsA//host/", found by fuzzing) has no path from the site's root.
            notes.add(file + ": the old address " + link + " is not a web address, so nothing redirects from it");
            return null;
        }
        String repairedRaw = raw.replaceAll("/{2,}", "/");
        if (!repairedRaw.equals(raw)) {
            notes.add(file + ": the old address " + link + " had a doubled / and was repaired to "
                    + org.socialcarefuture.northstar.address.Addresses.decodeOnce(repairedRaw));
        }
        // The bake's own reading of an alias, so what the import writes is what the bake accepts (found by fuzzing:
        // . and .. parts, control characters, parts too long for a file name).
        var old = org.socialcarefuture.northstar.address.Addresses.oldAddress(repairedRaw);
        if (old.path() == null) {
            notes.add(file + ": the old address " + link + " " + old.problem() + ", so nothing redirects from it");
            return null;
        }
        return "/" + old.path();
    }
}
