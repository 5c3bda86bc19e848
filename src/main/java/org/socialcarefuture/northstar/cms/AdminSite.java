package org.socialcarefuture.northstar.cms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.socialcarefuture.northstar.format.ContentFormat;
import org.socialcarefuture.northstar.publish.SiteOutput;

/**
 * Puts {@code /admin/} into a baked site: the page, the editor's configuration made from the content format, the
 * scripts that start the editor and the editor itself. None of it is a page of the site, so none of it is in the
 * sitemap, the search index or a feed, and no public page links to it or loads it.
 */
public final class AdminSite {

    private AdminSite() {
    }

    /** The site paths it writes, each with its bytes. */
    public static Map<String, byte[]> files(Path content, String siteTitle, String siteRoot, String siteUrl, List<String> tags) {
        Path folder = content.toAbsolutePath().normalize().getFileName();
        CmsSettings settings = CmsSettings.fromEnvironment(folder == null ? "content" : folder.toString(), siteUrl,
                List.copyOf(new TreeSet<>(tags)));
        Map<String, byte[]> editor = AdminFiles.editor();
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put(AdminFiles.FOLDER + "index.html", utf8(AdminFiles.indexHtml(siteTitle, !editor.isEmpty(), settings.hasRepository())));
        files.put(AdminFiles.FOLDER + "config.yml", utf8(CmsConfig.yaml(ContentFormat.standard(), settings)));
        files.put(AdminFiles.FOLDER + "north-star-cms.css", utf8(AdminFiles.STYLE));
        if (!editor.isEmpty()) {
            files.put(AdminFiles.FOLDER + "north-star-start.js", utf8(AdminFiles.BEFORE));
            files.put(AdminFiles.FOLDER + "north-star-cms.js", utf8(AdminFiles.startScript(siteRoot)));
            editor.forEach((name, bytes) -> files.put(AdminFiles.FOLDER + name, bytes));
        }
        return files;
    }

    public static void write(SiteOutput staging, Path content, String siteTitle, String siteRoot, String siteUrl, List<String> tags)
            throws IOException {
        Path editor = AdminFiles.editorFolder();
        for (Map.Entry<String, byte[]> file : files(content, siteTitle, siteRoot, siteUrl, tags).entrySet()) {
            String name = file.getKey().substring(AdminFiles.FOLDER.length());
            if (editor != null && AdminFiles.editor().containsKey(name)) {
                staging.same(editor.resolve(name), file.getKey()); // linked, not written again (see AdminFiles.editorFolder)
            } else {
                staging.write(file.getKey(), file.getValue());
            }
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
