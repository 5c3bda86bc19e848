package org.socialcarefuture.northstar.markdown;

import java.util.Map;
import java.util.Set;

/**
 * What relative links in Markdown can point at: other pages by their file under content/, and
 * files copied as they are. Lets a volunteer link {@code ../about.md} or {@code photo.jpg} and get
 * the published URL, and lets the build say which links point at nothing.
 *
 * @param root         the site's base path, always ending in {@code /} (e.g. {@code /} or {@code /north-star/})
 * @param pageUrls     content path of each page ({@code blog/x.md}) to its URL path ({@code blog/2021/03/x/})
 * @param assets       content paths of every non-Markdown file
 * @param themePictures names of the easy-read pictures bundled with the theme ({@code home}, {@code people}...)
 * @param pictures     each picture file in content/ as the site publishes it (its sizes, or why it cannot be)
 */
public record LinkTable(String root, Map<String, String> pageUrls, Set<String> assets, Set<String> themePictures,
                        Map<String, org.socialcarefuture.northstar.picture.PictureInfo> pictures) {

    public LinkTable {
        pageUrls = Map.copyOf(pageUrls);
        assets = Set.copyOf(assets);
        themePictures = Set.copyOf(themePictures);
        pictures = Map.copyOf(pictures);
    }

    /** A table without pictures' details (pictures then render as plain {@code <img>}). */
    public LinkTable(String root, Map<String, String> pageUrls, Set<String> assets, Set<String> themePictures) {
        this(root, pageUrls, assets, themePictures, Map.of());
    }

    public String href(String sitePath) {
        return root + sitePath;
    }
}
