package org.socialcarefuture.northstar.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The preview's answers to Decap's proxy protocol, as decap-server gives them; and nothing outside content/ touched. */
class LocalBackendTest {

    @TempDir
    Path repository;
    Path content;
    LocalBackend backend;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void site() throws IOException {
        content = Files.createDirectories(repository.resolve("content"));
        Files.createDirectories(content.resolve("blog"));
        Files.writeString(content.resolve("blog/2021-02-08-dignity.md"), "---\ntitle: Dignity\ndate: 2021-02-08\n---\nText.\n");
        Files.writeString(repository.resolve("site.yml"), "title: Ours\n");
        backend = new LocalBackend(content);
    }

    private JsonNode ask(String request, int status) throws IOException {
        LocalBackend.Reply reply = backend.handle(request);
        assertEquals(status, reply.status(), reply.json());
        return json.readTree(reply.json());
    }

    @Test
    void saysWhatItIsAsDecapExpects() throws IOException {
        JsonNode info = ask("{\"action\":\"info\"}", 200);
        assertEquals(repository.getFileName().toString(), info.path("repo").asText());
        assertEquals("simple", info.path("publish_modes").get(0).asText(), "a local save is published at once: a file in content/");
        assertEquals("local_fs", info.path("type").asText());
    }

    @Test
    void listsReadsAndWritesEntriesByTheirRepositoryPath() throws IOException {
        JsonNode entries = ask("{\"action\":\"entriesByFolder\",\"params\":{\"folder\":\"content/blog\",\"extension\":\"md\",\"depth\":1}}", 200);
        assertEquals(1, entries.size());
        assertEquals("content/blog/2021-02-08-dignity.md", entries.get(0).path("file").path("path").asText());
        assertTrue(entries.get(0).path("data").asText().startsWith("---\ntitle: Dignity"));
        assertEquals(64, entries.get(0).path("file").path("id").asText().length(), "a SHA-256, as decap-server gives");

        ask("{\"action\":\"persistEntry\",\"params\":{\"entry\":{\"path\":\"content/blog/2026-03-15-new.md\",\"raw\":\"---\\ntitle: 'A: b'\\n---\\nHi 🎉\\n\"},"
                + "\"assets\":[{\"path\":\"content/images/a.png\",\"content\":\"" + Base64.getEncoder().encodeToString(new byte[] {1, 2, 3})
                + "\",\"encoding\":\"base64\"}],\"options\":{}}}", 200);
        assertEquals("---\ntitle: 'A: b'\n---\nHi 🎉\n", Files.readString(content.resolve("blog/2026-03-15-new.md"), StandardCharsets.UTF_8));
        assertEquals(3, Files.size(content.resolve("images/a.png")));
        JsonNode entry = ask("{\"action\":\"getEntry\",\"params\":{\"path\":\"content/blog/2026-03-15-new.md\"}}", 200);
        assertTrue(entry.path("data").asText().contains("Hi 🎉"));
        JsonNode missing = ask("{\"action\":\"getEntry\",\"params\":{\"path\":\"content/blog/none.md\"}}", 200);
        assertTrue(missing.path("data").isNull(), "Decap asks for files that are not there, to make a new name unique");
        try (var files = Files.list(content.resolve("blog"))) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".saving")), "no temporary file left behind");
        }
    }

    @Test
    void picturesAreListedUploadedAndDeleted() throws IOException {
        JsonNode saved = ask("{\"action\":\"persistMedia\",\"params\":{\"asset\":{\"path\":\"content/images/b.jpg\",\"content\":\"aGk=\",\"encoding\":\"base64\"}}}", 200);
        assertEquals("b.jpg", saved.path("name").asText());
        assertEquals("aGk=", saved.path("content").asText());
        JsonNode media = ask("{\"action\":\"getMedia\",\"params\":{\"mediaFolder\":\"content/images\"}}", 200);
        assertEquals(1, media.size());
        ask("{\"action\":\"deleteFile\",\"params\":{\"path\":\"content/images/b.jpg\"}}", 200);
        assertFalse(Files.exists(content.resolve("images/b.jpg")));
    }

    @Test
    void nothingOutsideTheContentFolderIsReadOrWritten() throws IOException {
        for (String path : new String[] {"site.yml", "content/../site.yml", "/etc/passwd", "content/..", "contentx/a.md", "content\\\\a.md"}) {
            LocalBackend.Reply write = backend.handle("{\"action\":\"persistEntry\",\"params\":{\"entry\":{\"path\":\"" + path
                    + "\",\"raw\":\"x\"},\"assets\":[]}}");
            assertTrue(write.status() == 400 || write.status() == 403, path + ": " + write.json());
            LocalBackend.Reply read = backend.handle("{\"action\":\"getEntry\",\"params\":{\"path\":\"" + path + "\"}}");
            assertTrue(read.status() == 400 || read.status() == 403, path + ": " + read.json());
        }
        assertEquals("title: Ours\n", Files.readString(repository.resolve("site.yml")));
        // A save whose picture would land outside content/ writes nothing at all, not even its page.
        ask("{\"action\":\"persistEntry\",\"params\":{\"entry\":{\"path\":\"content/blog/x.md\",\"raw\":\"x\"},"
                + "\"assets\":[{\"path\":\"../evil.png\",\"content\":\"aGk=\",\"encoding\":\"base64\"}]}}", 403);
        assertFalse(Files.exists(content.resolve("blog/x.md")));
        assertFalse(Files.exists(repository.getParent().resolve("evil.png")));
    }

    @Test
    void anUnknownActionOrABadRequestIsRefused() throws IOException {
        assertEquals("Unknown action unpublishedEntries", ask("{\"action\":\"unpublishedEntries\",\"params\":{}}", 422).path("error").asText());
        ask("not json", 400);
        ask("[1]", 400);
    }
}
