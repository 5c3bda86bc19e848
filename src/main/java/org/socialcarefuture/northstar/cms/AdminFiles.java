package org.socialcarefuture.northstar.cms;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Entities;

/**
 * The files of {@code /admin/}: our own page around the editor, the two small scripts that start it, and the
 * editor itself (Decap CMS, pinned in package.json and copied from node_modules into the jar by the build).
 * Public pages never load any of it. The page carries its own Content-Security-Policy, wider than the site's
 * only where the editor needs it: inline styles (its components style themselves), pictures from the editor's
 * memory ({@code blob:}, {@code data:}) and GitHub's avatars, and requests to GitHub's API.
 */
public final class AdminFiles {

    /** The folder of the site the editor is published in. */
    public static final String FOLDER = "admin/";
    /** Where the jar keeps the editor (see pom.xml). */
    static final String BUNDLED = "north-star/cms/";

    /**
     * The editor's policy. Its own code only; GitHub's API for remote editing; the preview itself for local editing.
     * {@code 'unsafe-eval'} only because Decap checks its configuration with ajv, which compiles code from a string
     * (upstream: https://github.com/decaporg/decap-cms/issues/2138); no public page allows it.
     */
    public static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob: https://avatars.githubusercontent.com; media-src 'self' blob:; "
            + "connect-src 'self' blob: data: https://api.github.com; frame-src 'self' blob:; worker-src 'self' blob:; font-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'";

    private static volatile Map<String, byte[]> bundle;

    private AdminFiles() {
    }

    /** The editor's files by their name in admin/ (decap-cms.js and the parts it loads), or none when the jar was built without them. */
    public static Map<String, byte[]> editor() {
        Map<String, byte[]> files = bundle;
        if (files == null) {
            Map<String, byte[]> found = new LinkedHashMap<>();
            if (AdminFiles.class.getClassLoader().getResource(BUNDLED + "dist/decap-cms.js") != null) {
                org.socialcarefuture.northstar.starter.BundledFiles.read(BUNDLED, "dist/decap-cms.js").forEach((path, bytes) -> {
                    if (path.startsWith("dist/")) {
                        found.put(path.substring("dist/".length()), bytes);
                    }
                });
            }
            bundle = files = Map.copyOf(found);
        }
        return files;
    }

    private static volatile java.nio.file.Path unpacked;

    /**
     * The editor's files unpacked once per run into a folder of their own, so each bake links them into its site
     * (SiteOutput#same) instead of writing 6 MB again; null when the jar has no editor or the folder cannot be made.
     */
    static synchronized java.nio.file.Path editorFolder() {
        if (unpacked == null && !editor().isEmpty()) {
            try {
                java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("north-star-editor-");
                for (Map.Entry<String, byte[]> file : editor().entrySet()) {
                    java.nio.file.Files.write(folder.resolve(file.getKey()), file.getValue());
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try (var files = java.nio.file.Files.list(folder)) {
                        files.forEach(file -> file.toFile().delete());
                    } catch (java.io.IOException e) {
                        // a temporary folder: the system clears it in the end
                    }
                    folder.toFile().delete();
                }));
                unpacked = folder;
            } catch (java.io.IOException e) {
                return null; // each bake writes the files itself
            }
        }
        return unpacked;
    }

    /** The editor's version, from its package.json in the jar ("" when it is not there). */
    public static String editorVersion() {
        try (var in = AdminFiles.class.getClassLoader().getResourceAsStream(BUNDLED + "package.json")) {
            if (in == null) {
                return "";
            }
            var matcher = java.util.regex.Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return matcher.find() ? matcher.group(1) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /**
     * Our page: language, title, a main landmark the editor is drawn in, noindex; a message for a browser without
     * scripts and for a site whose jar has no editor in it.
     */
    public static String indexHtml(String siteTitle, boolean hasEditor, boolean hasRepository) {
        String title = Entities.escape("Editor: " + siteTitle);
        String scripts = hasEditor
                ? "<script src=\"north-star-start.js\"></script>\n<script src=\"decap-cms.js\"></script>\n<script src=\"north-star-cms.js\"></script>\n"
                : "";
        String note = !hasEditor
                ? "<p>The editor is not part of this build: North Star was built without its npm packages. "
                        + "A maintainer runs <code>npm ci --ignore-scripts</code>, then builds again.</p>"
                : hasRepository ? "<p>The editor is loading.</p>"
                : "<p>The editor is loading. Signing in with GitHub is not set up for this site yet: "
                        + "a maintainer follows the setup guide. Local editing works through <code>serve --edit</code>.</p>";
        return """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="%s">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex, nofollow">
                <meta name="referrer" content="same-origin">
                <title>%s</title>
                <link rel="stylesheet" href="north-star-cms.css">
                </head>
                <body>
                <main id="nc-root">
                <h1>%s</h1>
                %s
                <noscript><p>The editor needs JavaScript. You can still write pages as files: see the guide for writers.</p></noscript>
                </main>
                %s</body>
                </html>
                """.formatted(POLICY, title, title, note, scripts);
    }

    /** Runs before the editor's code: the editor waits for {@link #startScript} instead of starting by itself. */
    public static final String BEFORE = """
            // North Star: start the editor ourselves (north-star-cms.js), with the local preview as its backend when there is one.
            window.CMS_MANUAL_INIT = true;
            """;

    /**
     * Starts the editor. On this computer (localhost) the editor first asks the preview, which answers Decap's proxy
     * protocol when run with {@code serve --edit}; on the public site it signs in to GitHub. The preview pane is drawn
     * in the site's own stylesheet; a pledge is a block with its own form.
     */
    public static String startScript(String siteRoot) {
        return """
                // North Star: starts the editor at /admin/ (made by the build; see cms/AdminFiles.java).
                (function () {
                  var local = location.hostname === "localhost" || location.hostname === "127.0.0.1";
                  var config = {};
                  if (local) {
                    config.local_backend = { url: location.origin + "%s" };
                  }
                  CMS.registerPreviewStyle("%scss/site.css");
                  CMS.registerEditorComponent({
                    id: "pledge",
                    label: "Pledge",
                    fields: [
                      { name: "text", label: "The pledge", widget: "text", hint: "What readers copy and share. About 250 characters fits every network with its link." },
                      { name: "id", label: "Short name for its link (optional)", widget: "string", required: false, hint: "e.g. speakers gives the link #pledge-speakers" },
                      { name: "hashtags", label: "Hashtag (optional)", widget: "string", required: false, hint: "without the #, e.g. OurSocialCare" }
                    ],
                    pattern: /^```pledge([^\\n]*)\\n([\\s\\S]*?)\\n```$/,
                    fromBlock: function (match) {
                      var settings = match[1] || "";
                      var id = /\\bid=(\\S+)/.exec(settings);
                      var tags = /\\bhashtags=(\\S+)/.exec(settings);
                      return { text: match[2], id: id ? id[1] : "", hashtags: tags ? tags[1] : "" };
                    },
                    toBlock: function (data) {
                      var settings = (data.id ? " id=" + data.id : "") + (data.hashtags ? " hashtags=" + data.hashtags : "");
                      return "```pledge" + settings + "\\n" + (data.text || "") + "\\n```";
                    },
                    toPreview: function (data) {
                      return "<blockquote><p>" + String(data.text || "").replace(/[&<>]/g, function (c) {
                        return { "&": "&amp;", "<": "&lt;", ">": "&gt;" }[c];
                      }) + "</p></blockquote>";
                    }
                  });
                  CMS.init({ config: config });
                  // Names the editor leaves off its own controls, added as it draws them (upstream: decaporg/decap-cms#1333).
                  new MutationObserver(function () {
                    document.querySelectorAll("iframe#preview-pane:not([title])").forEach(function (frame) {
                      frame.setAttribute("title", "Preview of the page");
                    });
                    document.querySelectorAll("[role=switch]:not([id]):not([aria-label])").forEach(function (toggle) {
                      toggle.setAttribute("aria-label", "Show the text as Markdown");
                    });
                    document.querySelectorAll("[data-slate-editor]:not([aria-label])").forEach(function (editor) {
                      editor.setAttribute("aria-label", "Text");
                    });
                  }).observe(document.documentElement, { childList: true, subtree: true });
                })();
                """.formatted(LocalBackend.PATH, siteRoot);
    }

    /** Only for our page's own words before the editor draws over them. */
    public static final String STYLE = """
            /* North Star: the /admin/ page before the editor has loaded, and without scripts. */
            body { margin: 0; font: 1.1rem/1.5 system-ui, sans-serif; color: #1b1b1b; background: #fff; }
            main > h1, main > p, main > noscript p { margin: 1rem 1.5rem; max-width: 40rem; }
            """;
}
