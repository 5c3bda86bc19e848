package org.socialcarefuture.northstar.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jsoup.nodes.Entities;
import org.socialcarefuture.northstar.Build;
import org.socialcarefuture.northstar.config.BuildOptions;
import org.socialcarefuture.northstar.problem.BuildFailedException;
import org.socialcarefuture.northstar.problem.Problem;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The volunteers' preview: bakes with drafts, serves the result on 127.0.0.1 only, rebuilds when
 * content/ or the theme changes, and reloads open pages through server-sent events. A failed
 * rebuild keeps the last good pages and lays the problems over them until the next good edit.
 *
 * <p>The JDK's own HTTP server is enough for one person's browser and adds no dependency; the
 * live-reload script and overlay are added to pages as they are served, never written to disk.
 */
public final class PreviewServer implements AutoCloseable {

    static final String EVENTS = "/__north-star/events";
    static final String SCRIPT = "/__north-star/live.js";
    /** The overlay's look, as a file: the site's Content-Security-Policy allows no inline style, in the preview too. */
    static final String STYLE = "/__north-star/overlay.css";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("xsl", "application/xml; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("yml", "text/yaml; charset=utf-8"), Map.entry("wasm", "application/wasm"), Map.entry("pdf", "application/pdf"), Map.entry("ico", "image/x-icon"));

    private final BuildOptions options;
    private final PrintStream log;
    private final Path root;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "north-star-preview");
        thread.setDaemon(true);
        return thread;
    });
    private HttpServer server;
    private ContentWatcher watcher;
    private volatile List<Problem> failure = List.of();
    private volatile List<Problem> warnings = List.of();
    private volatile long lastBuildMillis;
    private org.socialcarefuture.northstar.render.Theme theme;
    /**
     * The last good build, so an edit re-renders only what it changed; told by the watcher what changed, so a
     * rebuild looks again only at those files of content/.
     */
    private final org.socialcarefuture.northstar.memo.BuildMemo memo = org.socialcarefuture.northstar.memo.BuildMemo.watched();
    private long themeStamp = -1;

    public PreviewServer(BuildOptions options, PrintStream log) {
        this(options, log, false);
    }

    /**
     * @param editing {@code serve --edit}: the preview also answers the browser editor at /admin/ (see cms/LocalBackend),
     *                which writes into content/; off by default, so a plain preview never writes a file
     */
    public PreviewServer(BuildOptions options, PrintStream log, boolean editing) {
        this.options = options;
        this.log = log;
        this.root = options.output().toAbsolutePath().normalize();
        this.editor = editing ? new org.socialcarefuture.northstar.cms.LocalBackend(options.content()) : null;
    }

    /** The editor's local backend, or null when the preview does not edit. */
    private final org.socialcarefuture.northstar.cms.LocalBackend editor;

    /** Bakes once, starts serving on the port (0 picks a free one) and starts watching. */
    public int start(int port) throws IOException {
        // The port first: when it is taken (a preview already running), say so before a whole build.
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        // The watcher starts listening before the first build, so nothing saved during it is missed.
        watcher = new ContentWatcher(watchedFolders(), this::changed, log);
        rebuild();
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
        watcher.start();
        return server.getAddress().getPort();
    }

    /**
     * The folders whose changes rebuild the preview: content/, the theme, and config/ beside content/
     * (the writing checks' settings, read again by every build) when there is one.
     */
    public List<Path> watchedFolders() {
        Path config = options.config();
        List<Path> folders = new java.util.ArrayList<>(List.of(options.content()));
        if (Files.isDirectory(options.theme())) { // with no theme folder of its own, the site has the bundled theme
            folders.add(options.theme());
        }
        if (Files.isDirectory(config)) {
            folders.add(config);
        }
        return List.copyOf(folders);
    }

    /** After a burst of saves: tells the memo which content files changed (null: the watcher lost track), then rebuilds. */
    private void changed(java.util.Set<Path> paths) {
        if (paths == null) {
            memo.contentChanged(null);
        } else {
            Path content = options.content().toAbsolutePath().normalize();
            java.util.Set<String> contentPaths = new java.util.HashSet<>();
            for (Path path : paths) {
                Path absolute = path.toAbsolutePath().normalize();
                if (absolute.startsWith(content) && !absolute.equals(content)) {
                    contentPaths.add(content.relativize(absolute).toString().replace('\\', '/'));
                }
            }
            memo.contentChanged(contentPaths);
        }
        rebuild();
    }

    /** One rebuild at a time is asked for because of deleted files, however many of them are asked for. */
    private final java.util.concurrent.atomic.AtomicBoolean deletedRebuildQueued = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * A file the last build published is asked for and is not there (deleted by hand while the preview
     * ran): the next build writes it again, and the page, which has the reload script, reloads.
     */
    private void rebuildIfDeleted(Path file) {
        java.util.Set<String> published = memo.publishedFiles();
        String sitePath = root.relativize(file).toString().replace('\\', '/');
        if (published != null && published.contains(sitePath) && deletedRebuildQueued.compareAndSet(false, true)) {
            memo.outputMissing();
            threads.execute(() -> {
                deletedRebuildQueued.set(false);
                rebuild();
            });
        }
    }

    /** Rebuilds the site; serialised, so a burst of saves gives one build after another, never two at once. */
    public synchronized void rebuild() {
        long start = System.nanoTime();
        try {
            Build.Result result = new Build(options, theme(), memo).run();
            failure = List.of();
            warnings = result.warnings();
            lastBuildMillis = (System.nanoTime() - start) / 1_000_000;
            log.println("Rebuilt " + result.pages() + " pages in " + lastBuildMillis + " ms (" + result.reused() + ")"
                    + (result.warnings().isEmpty() ? "" : " with " + result.warnings().size() + " warnings"));
            result.warnings().forEach(log::println);
        } catch (BuildFailedException e) {
            failure = e.problems();
            lastBuildMillis = (System.nanoTime() - start) / 1_000_000;
            log.println("The preview could not be rebuilt (the last good pages stay up):");
            e.problems().forEach(log::println);
        } catch (RuntimeException e) {
            failure = List.of(Problem.error("north-star", 0, "internal", "the build crashed: " + e, "please report this"));
            log.println("The build crashed: " + e);
        }
        for (OutputStream listener : listeners) {
            try {
                listener.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
                listener.flush();
            } catch (IOException e) {
                listeners.remove(listener);
            }
        }
    }

    /** The loaded theme, kept while no theme file changed: parsing templates is most of a small rebuild. */
    private org.socialcarefuture.northstar.render.Theme theme() {
        long stamp = Files.isDirectory(options.theme()) ? stamp(options.theme()) : 0;
        if (theme == null || stamp != themeStamp) {
            try {
                theme = org.socialcarefuture.northstar.render.Theme.load(options);
            } catch (IOException | java.io.UncheckedIOException e) {
                return null; // the build tries again, and reports what it could not read
            }
            themeStamp = stamp;
        }
        return theme;
    }

    private static long stamp(Path folder) {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.getLastModifiedTime(p).toMillis() * 31 + p.toString().hashCode();
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return System.nanoTime(); // unreadable: reload the theme to be safe
        }
    }

    /** Where the server listens (always a loopback address). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    public List<Problem> failure() {
        return failure;
    }

    public long lastBuildMillis() {
        return lastBuildMillis;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestURI().getRawPath().equals(org.socialcarefuture.northstar.cms.LocalBackend.PATH)) {
                edit(exchange);
                return;
            }
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Only GET".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals(EVENTS)) {
                events(exchange);
                return;
            }
            if (path.equals(STYLE)) {
                send(exchange, 200, "text/css; charset=utf-8", OVERLAY_STYLE.getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(SCRIPT)) {
                send(exchange, 200, TYPES.get("js"), LIVE_SCRIPT.getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = resolve(path);
            if (file == null) {
                send(exchange, 403, "text/plain; charset=utf-8", "Outside the site".getBytes(StandardCharsets.UTF_8));
                return;
            }
            int status = 200;
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().add("Location", path + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                rebuildIfDeleted(file);
                status = 404;
                file = root.resolve("404.html");
                if (!Files.isRegularFile(file)) {
                    send(exchange, 404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            String name = file.getFileName().toString();
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            byte[] body = Files.readAllBytes(file);
            if (extension.equals("html")) {
                body = decorate(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, status, TYPES.getOrDefault(extension, "application/octet-stream"), body);
        }
    }

    /**
     * A request from the editor at /admin/. Only with {@code --edit}, only a JSON POST (which another site's page cannot
     * send without the browser asking first, and the preview never agrees), only from this preview's own pages and by
     * its loopback name: so no web page the maintainer has open can write into content/.
     */
    private void edit(HttpExchange exchange) throws IOException {
        String json = "application/json; charset=utf-8";
        if (editor == null) {
            send(exchange, 404, json, "{\"error\":\"the preview edits only when started with serve --edit\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String host = String.valueOf(exchange.getRequestHeaders().getFirst("Host"));
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        boolean loopbackName = host.startsWith("127.0.0.1:") || host.startsWith("localhost:") || host.startsWith("[::1]:");
        if (!exchange.getRequestMethod().equals("POST") || !type.startsWith("application/json") || !loopbackName
                || (origin != null && !origin.equals("http://" + host))) {
            send(exchange, 403, json, "{\"error\":\"only the editor at this preview's /admin/ may write\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body = exchange.getRequestBody().readNBytes(64 * 1024 * 1024);
        org.socialcarefuture.northstar.cms.LocalBackend.Reply reply = editor.handle(new String(body, StandardCharsets.UTF_8));
        send(exchange, reply.status(), json, reply.json().getBytes(StandardCharsets.UTF_8));
    }

    /** The file a URL path names inside the site, or null when the path would leave it. */
    Path resolve(String rawPath) {
        String decoded;
        try {
            decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (decoded.contains("\0") || decoded.contains("\\")) {
            return null;
        }
        // The bake writes an old Unicode address (an alias) NFC-normalised; a browser may send it decomposed.
        decoded = java.text.Normalizer.normalize(decoded, java.text.Normalizer.Form.NFC);
        Path file = root.resolve(decoded.replaceFirst("^/+", "")).normalize();
        return file.startsWith(root) ? file : null;
    }

    /** Adds the live-reload script, and the problems of a failed rebuild, to a page as it is served. */
    String decorate(String html) {
        StringBuilder extra = new StringBuilder("<script src=\"" + SCRIPT + "\"></script>");
        List<Problem> problems = failure;
        if (!problems.isEmpty() || !warnings.isEmpty()) {
            extra.append("<link rel=\"stylesheet\" href=\"" + STYLE + "\">");
        }
        if (!problems.isEmpty()) {
            extra.append("<div id=\"north-star-overlay\" role=\"alert\">")
                    .append("<p class=\"north-star-title\">The preview could not be rebuilt</p>")
                    .append("<p>This page is the last good version. Fix these and save; the page will reload.</p><ul>");
            appendItems(extra, problems);
            extra.append("</ul></div>");
        } else if (!warnings.isEmpty()) {
            // Warnings (language, easy read, accessibility) do not stop the build; they wait, folded, at the foot of the page.
            extra.append("<details id=\"north-star-warnings\">")
                    .append("<summary>").append(warnings.size()).append(warnings.size() == 1 ? " warning" : " warnings")
                    .append(" to look at (the page is built)</summary><ul>");
            appendItems(extra, warnings);
            extra.append("</ul></details>");
        }
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + extra : html.substring(0, end) + extra + html.substring(end);
    }

    private static void appendItems(StringBuilder html, List<Problem> problems) {
        for (Problem problem : problems) {
            html.append("<li><code>").append(Entities.escape(problem.location())).append("</code> ")
                    .append(problem.isError() ? "<strong>error</strong>: " : "")
                    .append(Entities.escape(problem.message())).append(". <strong>Fix:</strong> ")
                    .append(Entities.escape(problem.fix() == null ? "" : problem.fix()));
            if (!problem.help().isEmpty()) { // the rule's page in the documentation: why, and a before-and-after example
                html.append(" <a href=\"").append(Entities.escape(problem.help())).append("\">More about ")
                        .append(Entities.escape(problem.rule())).append("</a>");
            }
            html.append("</li>");
        }
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write("retry: 1000\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
        // Hold the connection open until the browser goes away; rebuild() writes the events.
        try {
            while (listeners.contains(out)) {
                Thread.sleep(15_000);
                out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            listeners.remove(out);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        if (server != null) {
            server.stop(0);
        }
        threads.shutdownNow();
    }

    static final String OVERLAY_STYLE = """
            /* North Star preview only: the problems of the last rebuild, over the page. */
            #north-star-overlay { position: fixed; inset: auto 0 0 0; max-height: 70vh; overflow: auto; background: #fff;
              color: #1b1b1b; border-top: 6px solid #a4161a; padding: 1rem 1.5rem; font: 1.05rem/1.5 system-ui, sans-serif;
              z-index: 1000; }
            #north-star-overlay p { margin: 0 0 .5rem; }
            #north-star-overlay .north-star-title { font-weight: bold; font-size: 1.25rem; }
            #north-star-warnings { position: fixed; right: 0; bottom: 0; max-width: 40rem; max-height: 60vh; overflow: auto;
              background: #fff; color: #1b1b1b; border: 3px solid #13315c; padding: .5rem 1rem;
              font: 1rem/1.5 system-ui, sans-serif; z-index: 1000; }
            """;

    static final String LIVE_SCRIPT = """
            // North Star preview only: reload this page when the site has been rebuilt.
            (function () {
              var events = new EventSource("%s");
              events.onmessage = function (event) { if (event.data === "reload") { window.location.reload(); } };
            })();
            """.formatted(EVENTS);
}
