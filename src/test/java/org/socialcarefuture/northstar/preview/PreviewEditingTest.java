package org.socialcarefuture.northstar.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.cms.LocalBackend;
import org.socialcarefuture.northstar.config.BuildOptions;

/** {@code serve --edit}: the preview answers the editor, only the editor, and only when asked to edit. */
class PreviewEditingTest {

    @TempDir
    Path dir;
    PreviewServer server;
    int port;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private void start(boolean editing) throws IOException {
        TestSite site = TestSite.of(dir, """
                -- content/about.md --
                ---
                title: About us
                ---
                First version.
                """);
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        BuildOptions options = new BuildOptions(site.content(), Path.of("themes/default").toAbsolutePath(), dir.resolve("preview"),
                TestSite.CONFIG.withBaseUrl("http://127.0.0.1:" + port + "/").withSocialCards(false), true, Clock.systemUTC());
        server = new PreviewServer(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), editing);
        server.start(port);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> post(String type, String origin, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + LocalBackend.PATH))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", type);
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final String SAVE = "{\"action\":\"persistEntry\",\"params\":{\"entry\":{\"path\":\"content/blog/2026-03-15-new.md\","
            + "\"raw\":\"---\\ntitle: New\\ndate: 2026-03-15\\n---\\nHello from the editor.\\n\"},\"assets\":[]}}";

    @Test
    void withEditASaveIsAFileInContentAndThePreviewRebuilds() throws Exception {
        start(true);
        HttpResponse<String> saved = post("application/json", "http://127.0.0.1:" + port, SAVE);
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(Files.readString(dir.resolve("content/blog/2026-03-15-new.md")).contains("Hello from the editor."));
        long end = System.currentTimeMillis() + 30_000;
        while (!Files.exists(dir.resolve("preview/blog/2026/03/new/index.html")) && System.currentTimeMillis() < end) {
            Thread.sleep(200);
        }
        assertTrue(Files.exists(dir.resolve("preview/blog/2026/03/new/index.html")), "the preview rebuilt with the new post");
        var admin = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/config.yml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, admin.statusCode());
        assertTrue(admin.headers().firstValue("Content-Type").orElse("").startsWith("text/yaml"), "Decap reads it as YAML");
    }

    @Test
    void anotherSitesPageOrAPlainFormCannotWrite() throws Exception {
        start(true);
        assertEquals(403, post("text/plain", null, SAVE).statusCode(), "a form or a no-cors fetch sends text/plain");
        assertEquals(403, post("application/json", "https://evil.example", SAVE).statusCode(), "another site's page");
        assertFalse(Files.exists(dir.resolve("content/blog/2026-03-15-new.md")));
    }

    @Test
    void withoutEditThePreviewWritesNothing() throws Exception {
        start(false);
        HttpResponse<String> refused = post("application/json", "http://127.0.0.1:" + port, SAVE);
        assertEquals(404, refused.statusCode());
        assertTrue(refused.body().contains("serve --edit"));
        assertFalse(Files.exists(dir.resolve("content/blog/2026-03-15-new.md")));
    }
}
