package org.socialcarefuture.northstar.a11y;

import java.nio.file.Files;
import java.nio.file.Path;

import org.socialcarefuture.northstar.address.Addresses;

/**
 * Where a page's link to a file of the site is on disk, so the gate can read what the page cannot say (whether a
 * video has sound). The folder is the built site for {@code check}, and content/ for the bake, which copies its
 * files to the same places.
 */
public final class SiteFiles {

    /** No files: every link is to a file the gate cannot read (as when checking one page on its own). */
    public static final SiteFiles NONE = new SiteFiles(null, "/", "");

    private final Path folder;
    private final String root;
    private final String shownAs;

    /**
     * @param folder  the folder the site's addresses point into
     * @param root    the site's base path, e.g. {@code /} or {@code /north-star/}
     * @param shownAs what the gate's page paths start with before the path under the folder ("" for nothing)
     */
    public SiteFiles(Path folder, String root, String shownAs) {
        this.folder = folder == null ? null : folder.toAbsolutePath().normalize();
        this.root = root.endsWith("/") ? root : root + "/";
        this.shownAs = shownAs;
    }

    /**
     * The file {@code href} on the page at {@code pagePath} (under the folder, e.g. {@code blog/x/index.html})
     * points at, or null: an address on another site, outside the folder, or to no file.
     */
    Path find(String pagePath, String href) {
        if (folder == null || href.isEmpty() || href.startsWith("//") || href.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return null;
        }
        if (!shownAs.isEmpty() && pagePath.startsWith(shownAs)) {
            pagePath = pagePath.substring(shownAs.length());
        }
        String path = href.replaceFirst("[?#].*$", "");
        try {
            path = Addresses.decodeOnce(path);
            Path file;
            if (path.startsWith("/")) {
                if (!path.startsWith(root)) {
                    return null;
                }
                file = folder.resolve(path.substring(root.length()));
            } else {
                Path page = folder.resolve(pagePath).getParent();
                file = (page == null ? folder : page).resolve(path);
            }
            file = file.normalize();
            return file.startsWith(folder) && Files.isRegularFile(file) ? file : null;
        } catch (IllegalArgumentException notAPath) { // an InvalidPathException too {
            return null;
        }
    }
}
