package org.socialcarefuture.northstar.content;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.socialcarefuture.northstar.address.Addresses;

/**
 * Where a page lives: its slug (from {@code slug:} or the file name), its web address by its kind's rule,
 * and the old addresses ({@code aliases:}) that are to redirect to it.
 */
final class AddressReader {

    private AddressReader() {
    }

    /** The page's slug, or "" after reporting why there is none. */
    static String slug(FrontMatterReader in) {
        String contentPath = in.contentPath();
        FrontMatter fm = in.fm();
        String fileName = contentPath.substring(contentPath.lastIndexOf('/') + 1);
        Optional<String> given = in.text("slug");
        if (given.isEmpty()) {
            String slug = Slugs.fromFileName(fileName);
            if (slug.isEmpty()) {
                in.error(1, "the file name \"" + fileName + "\" gives an empty web address",
                        "rename the file using letters or digits, or add slug: a-short-name");
            }
            return slug;
        }
        String wanted = given.get();
        if (wanted.contains("/") || wanted.contains("\\") || wanted.contains("..")) {
            in.error(fm.lineOf("slug"), "slug \"" + wanted + "\" contains a folder or \"..\"",
                    "a slug is one word or several joined with hyphens, e.g. slug: our-pledge");
            return "";
        }
        String slug = Slugs.of(wanted);
        if (slug.isEmpty()) {
            in.error(fm.lineOf("slug"), "slug \"" + wanted + "\" has no letters or digits", "write e.g. slug: our-pledge");
        }
        return slug;
    }

    /**
     * The page's path from the site root. The kind decides: a dated kind's pages go under year and month, the
     * other kinds with a folder of their own (reports, events) straight under it, and the rest (pages, the
     * vision) where their file is.
     */
    static String url(String contentPath, PageType type, String slug, ZonedDateTime date) {
        if (type.dated()) {
            return type.folder() + "/" + date.getYear() + "/" + String.format("%02d", date.getMonthValue())
                    + "/" + slug + "/";
        }
        if (type.listed()) {
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

    /** The page's old addresses that are understood (each one that is not is reported at the aliases: line). */
    static List<String> aliases(FrontMatterReader in) {
        List<String> aliases = new ArrayList<>();
        for (String alias : in.list("aliases")) {
            checkAlias(in, alias).ifPresent(aliases::add);
        }
        return aliases;
    }

    private static Optional<String> checkAlias(FrontMatterReader in, String alias) {
        int line = in.fm().lineOf("aliases");
        String lower = alias.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//")) {
            in.error(line, "alias \"" + alias + "\" is a full web address; an alias must be an old path on this site",
                    "write only the path, e.g. /2021/01/18/old-post/");
            return Optional.empty();
        }
        if (!alias.startsWith("/")) {
            in.error(line, "alias \"" + alias + "\" does not start with /", "write the old path from the site root, e.g. /2021/01/18/old-post/");
            return Optional.empty();
        }
        if (alias.matches("/\\?p=\\d+")) {
            return Optional.of(alias.substring(1)); // WordPress's /?p=123: redirected by the home page, see SitePages
        }
        if (alias.contains("?") || alias.contains("#")) {
            in.error(line, "alias \"" + alias + "\" has a ? or # part, which static hosting cannot redirect",
                    "give only the path part of the old address (only WordPress's /?p=123 form is understood)");
            return Optional.empty();
        }
        // Decoded once and kept as it was (WordPress's Unicode and percent-encoded slugs too): old links must find it.
        Addresses.OldAddress old = Addresses.oldAddress(alias);
        if (old.path() == null) {
            in.error(line, "alias \"" + alias + "\" " + old.problem(), old.fix());
            return Optional.empty();
        }
        return Optional.of(old.path());
    }
}
