package org.socialcarefuture.northstar.picture;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.socialcarefuture.northstar.address.Addresses;
import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.problem.Display;
import org.socialcarefuture.northstar.problem.Problems;

/**
 * The site's pictures before any page is made: what each picture of content/ is, the header's logo and the tab's
 * icon as the templates show them, and the pages' lead pictures checked.
 */
public final class SitePictures {

    /** A page's lead picture as its front matter names it ({@code image}), with the page's file and path under content/. */
    public record Lead(String source, String image, String contentPath) {

        /** The picture's path under content/ (for a local picture). */
        public String path() {
            if (image.startsWith("/")) {
                return image.substring(1);
            }
            int slash = contentPath.lastIndexOf('/');
            String folder = slash < 0 ? "" : contentPath.substring(0, slash + 1);
            return Addresses.normalise(folder + image); // as render/Views#contentRelative: as text, any characters, no exception
        }
    }

    private SitePictures() {
    }

    /** What each file of content/ that is a picture is, read from its header, on every core. */
    public static Map<String, PictureInfo> inspect(Path content, List<String> assets, Problems problems) {
        Map<String, PictureInfo> infos = new ConcurrentHashMap<>();
        assets.parallelStream().forEach(asset -> {
            try {
                PictureInfo info = Pictures.inspect(content.resolve(asset), asset);
                if (info != null) {
                    infos.put(asset, info);
                }
            } catch (IOException e) {
                problems.error(Display.path(content.resolve(asset)), 0, "read", "the file could not be read: " + e.getMessage(),
                        "check that it exists and can be read");
            }
        });
        return infos;
    }

    /** The templates' {@code logo} and {@code favicon} (see {@link #logo}, {@link #favicon}). */
    public static Map<String, Object> logoAndFavicon(SiteConfig site, Path content, List<String> assets, Map<String, PictureInfo> infos,
                                                     Problems problems) {
        return new java.util.LinkedHashMap<>(Map.of("logo", logo(site, content, assets, infos, problems), "favicon",
                favicon(site, content, assets, problems)));
    }

    /**
     * The header's logo from site.yml, as the templates show it: its address, what it says, and a width and
     * height (2rem tall, in its own proportions) so the header does not jump as it loads. Empty for none; a
     * logo that is not in content/ is an error at its line of site.yml.
     */
    private static Map<String, Object> logo(SiteConfig site, Path content, List<String> assets, Map<String, PictureInfo> pictureInfos,
                                            Problems problems) {
        SiteConfig.Logo logo = site.logo();
        if (logo == null) {
            return Map.of();
        }
        String file = logo.file().replaceFirst("^/+", "");
        if (!assets.contains(file)) {
            problems.error(site.source(), site.line("logo.file"), "settings",
                    "the logo " + file + " is not in " + Display.path(content),
                    "put the picture in " + Display.path(content) + " (e.g. " + Display.path(content) + "/images/logo.svg), or correct the path");
            return Map.of();
        }
        double ratio = 1;
        PictureInfo info = pictureInfos.get(file);
        if (info != null && info.width() > 0 && info.height() > 0) {
            ratio = (double) info.width() / info.height();
        } else if (file.toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            ratio = SvgSanitizer.aspectRatio(content.resolve(file));
        }
        int height = 32;
        return Map.of("url", site.root() + file, "alt", logo.alt(), "width", (int) Math.round(height * ratio), "height", height);
    }

    /** The browser tab's icon: site.yml's favicon (a file of content/), else the theme's favicon.svg. */
    private static Map<String, Object> favicon(SiteConfig site, Path content, List<String> assets, Problems problems) {
        String file = site.favicon().replaceFirst("^/+", "");
        if (file.isEmpty() || !assets.contains(file)) {
            if (!file.isEmpty()) {
                problems.error(site.source(), site.line("favicon"), "settings",
                        "the favicon " + file + " is not in " + Display.path(content),
                        "put the picture in " + Display.path(content) + ", or correct the path");
            }
            return Map.of("url", site.root() + "favicon.svg", "type", "image/svg+xml");
        }
        String lower = file.toLowerCase(java.util.Locale.ROOT);
        return Map.of("url", site.root() + file, "type",
                lower.endsWith(".svg") ? "image/svg+xml" : lower.endsWith(".png") ? "image/png" : "image/x-icon");
    }

    /** Each page's lead picture is in content/ and a picture the site can show. */
    public static void checkLeads(List<Lead> leads, Set<String> files, Map<String, PictureInfo> pictures, Problems problems) {
        for (Lead lead : leads) {
            String image = lead.image();
            if (image.isEmpty() || image.startsWith("http://") || image.startsWith("https://")) {
                continue;
            }
            String path = lead.path();
            if (path.startsWith("..") || !files.contains(path)) {
                problems.error(lead.source(), 0, "missing-image", "the lead image \"" + image + "\" is not in the content folder",
                        "put the picture next to this file (or in content/images/) and check its name");
            } else if (pictures.containsKey(path) && !pictures.get(path).ok()) {
                problems.error(lead.source(), 0, "bad-picture", "the lead image: " + pictures.get(path).problem(), pictures.get(path).fix());
            }
        }
    }
}
