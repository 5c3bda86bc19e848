package org.socialcarefuture.northstar.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.config.BuildOptions;
import org.socialcarefuture.northstar.config.SiteConfig;

/** The preview as a volunteer uses it: open a page, edit, see it reload; break it, see why; fix it. */
class PreviewServerTest {

    @TempDir
    Path dir;
    TestSite site;
    PreviewServer server;
    int port;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws IOException {
        site = TestSite.of(dir, """
                -- content/about.md --
                ---
                title: About us
                ---
                First version.
                -- content/blog/2021-02-01-draft.md --
                ---
                title: Half written
                date: 2021-02-01
                status: draft
                ---
                Draft.
                -- config/README.txt --
                The writing checks' settings go here.
                """);
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        BuildOptions options = new BuildOptions(site.content(), Path.of("themes/default").toAbsolutePath(), dir.resolve("preview"),
                org.socialcarefuture.northstar.TestSite.CONFIG.withBaseUrl("http://127.0.0.1:" + port + "/").withSocialCards(false), true, Clock.systemUTC());
        server = new PreviewServer(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        server.start(port);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesPagesWithTheLiveReloadScriptAndShowsDrafts() throws Exception {
        HttpResponse<String> about = get("/about/");
        assertEquals(200, about.statusCode());
        assertTrue(about.body().contains("First version."));
        assertTrue(about.body().contains("<script src=\"/__north-star/live.js\"></script></body>"));
        assertFalse(Files.readString(dir.resolve("preview/about/index.html")).contains("live.js"), "never written to disk");
        HttpResponse<String> draft = get("/blog/2021/02/draft/");
        assertTrue(draft.body().contains("Draft preview"), "drafts are shown with a banner");
        assertEquals(404, get("/no/such/page/").statusCode());
    }

    @Test
    void refusesPathsOutsideTheSite() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write("GET /../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertTrue(status.contains(" 403 ") || status.contains(" 400 ") || status.contains(" 404 "), status);
        }
        assertNull(server.resolve("/%2e%2e/%2e%2e/etc/passwd"));
        assertNull(server.resolve("/..%2f..%2fetc/passwd"));
        assertNull(server.resolve("/foo%00bar/"));
    }

    @Test
    void findsAnOldUnicodeAddressWhereTheBakeWroteIt() {
        Path site = server.resolve("/").normalize();
        assertEquals(site.resolve("2019/05/社会"), server.resolve("/2019/05/%E7%A4%BE%E4%BC%9A"));
        assertEquals(site.resolve("2019/05/café"), server.resolve("/2019/05/cafe%CC%81"), "decomposed in the request, NFC on disk");
    }

    @Test
    void aSecondPreviewOnTheSamePortSaysSoBeforeBuildingAnything() throws Exception {
        BuildOptions second = new BuildOptions(dir.resolve("content"), Path.of("themes/default").toAbsolutePath(),
                dir.resolve("preview-2"), org.socialcarefuture.northstar.TestSite.CONFIG.withSocialCards(false), true, Clock.systemUTC());
        PreviewServer other = new PreviewServer(second, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertThrows(java.net.BindException.class, () -> other.start(port));
            assertFalse(Files.exists(dir.resolve("preview-2")), "no build was made for a preview that cannot be served");
        } finally {
            other.close();
        }
        assertEquals(200, get("/about/").statusCode(), "the first preview is still there");
    }

    @Test
    void aPageDeletedFromThePreviewFolderIsWrittenAgainWhenAskedFor() throws Exception {
        Files.delete(dir.resolve("preview/about/index.html"));

        assertEquals(404, get("/about/").statusCode(), "at first");
        HttpResponse<String> about = get("/about/");
        for (int tries = 0; about.statusCode() != 200 && tries < 100; tries++) {
            Thread.sleep(100); // the rebuild it asked for runs beside the request
            about = get("/about/");
        }
        assertEquals(200, about.statusCode(), "written again by the rebuild the missing file asked for");
        assertTrue(about.body().contains("First version."));
        assertEquals(404, get("/no/such/page/").statusCode(), "a page that was never made is still not found");
    }

    @Test
    void onlyListensOnLoopback() {
        // Nothing on the network can reach a volunteer's drafts.
        assertTrue(server.address().getAddress().isLoopbackAddress(), server.address().toString());
    }

    @Test
    void anEditReloadsOpenPagesAndABrokenEditShowsTheProblemUntilFixed() throws Exception {
        BlockingQueue<String> events = reloadEvents();

        Path about = site.content().resolve("about.md");
        Files.writeString(about, "---\ntitle: About us\n---\nSecond version.\n");
        assertTrue(waitFor(events, "data: reload"), "the open page is told to reload");
        assertTrue(get("/about/").body().contains("Second version."));

        Files.writeString(about, "---\ntitle: About us\ndate: 2021-02-31\n---\nBroken.\n");
        assertTrue(waitFor(events, "data: reload"));
        String page = get("/about/").body();
        assertTrue(page.contains("id=\"north-star-overlay\" role=\"alert\""), "the problem is shown over the page");
        assertTrue(page.contains("about.md:3</code>") && page.contains("not a real date"), page);
        assertTrue(page.contains("<a href=\"https://socialcarefuture.blog/docs/reference/problems/#front-matter\">More about front-matter</a>"),
                "each problem links to its explanation: " + page);
        assertTrue(page.contains("Second version."), "the last good page stays up");

        Files.writeString(about, "---\ntitle: About us\n---\nThird version, for service users.\n");
        assertTrue(waitFor(events, "data: reload"));
        page = get("/about/").body();
        assertFalse(page.contains("north-star-overlay"), "the next good edit clears the overlay");
        assertTrue(page.contains("Third version"));
        assertTrue(page.contains("<details id=\"north-star-warnings\"") && page.contains("&quot;service users&quot;: it reduces people"),
                "language warnings wait at the foot of the page");
    }

    /** Every problem of an edit is over the page at once, not one per save. */
    @Test
    void theOverlayListsEveryProblemOfAnEditAtOnce() throws Exception {
        BlockingQueue<String> events = reloadEvents();
        Files.writeString(site.content().resolve("about.md"), "---\ntitle: About us\n---\n"
                + org.socialcarefuture.northstar.EveryProblemInOneRunTest.THREE_PROBLEMS_BODY);
        assertTrue(waitFor(events, "data: reload"));
        String page = get("/about/").body();
        assertTrue(page.contains("id=\"north-star-overlay\" role=\"alert\""), page);
        for (String expected : List.of("about.md:6</code>", "dancing.jpg", "about.md:8</code>", "click here", "about.md:10</code>",
                "fits no network")) {
            assertTrue(page.contains(expected), expected + " in " + page);
        }
    }

    @Test
    void anEditToTheLanguageSettingsIsPickedUp() throws Exception {
        BlockingQueue<String> events = reloadEvents();
        assertFalse(get("/about/").body().contains("north-star-warnings"), "no warnings at first");

        Files.writeString(site.root().resolve("config/language.yml"), """
                phrases:
                  - phrase: first version
                    reason: we say first draft
                    instead: [first draft]
                """);

        assertTrue(waitFor(events, "data: reload"), "the open page is told to reload");
        String page = get("/about/").body();
        assertTrue(page.contains("<details id=\"north-star-warnings\"") && page.contains("we say first draft"), page);
    }

    /** The events an open page listens to, as the preview's reload script does. */
    private BlockingQueue<String> reloadEvents() throws InterruptedException {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PreviewServer.EVENTS)).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body().forEach(events::add));
        assertEquals("retry: 1000", events.poll(10, TimeUnit.SECONDS));
        return events;
    }

    private static boolean waitFor(BlockingQueue<String> events, String wanted) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            String event = events.poll(500, TimeUnit.MILLISECONDS);
            if (wanted.equals(event)) {
                return true;
            }
        }
        return false;
    }
}
