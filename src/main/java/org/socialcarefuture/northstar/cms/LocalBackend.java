package org.socialcarefuture.northstar.cms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The preview as the editor's local backend: it answers Decap CMS's proxy protocol (the one {@code decap-server}
 * speaks: a POST of {@code {action, params}} as JSON), so a maintainer edits the local folder from {@code /admin/}
 * with nothing but Java, and no GitHub account. A save is a file in content/; the preview sees it and rebuilds, and
 * its overlay shows the problems as for any edit.
 *
 * <p>Paths are the repository's (the folder content/ is in), as the editor's configuration names them, and only
 * files inside content/ can be read, written or deleted. Each file is written whole (to a temporary file, then moved
 * in) so the watcher never reads half of one.
 */
public final class LocalBackend {

    /** Where the preview answers the editor (see AdminFiles' start script). */
    public static final String PATH = "/__north-star/cms/api/v1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path repository;
    private final Path content;

    /** A reply: its HTTP status and JSON body. */
    public record Reply(int status, String json) {
    }

    /** @param content the site's content folder; the repository is the folder it is in */
    public LocalBackend(Path content) {
        this.content = content.toAbsolutePath().normalize();
        this.repository = this.content.getParent();
    }

    public Reply handle(String body) {
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (IOException e) {
            return error(400, "the request is not JSON");
        }
        if (request == null || !request.isObject()) {
            return error(400, "the request is not a JSON object");
        }
        String action = request.path("action").asText("");
        JsonNode params = request.path("params");
        try {
            Object answer = switch (action) {
                case "info" -> Map.of("repo", repository.getFileName() == null ? "site" : repository.getFileName().toString(),
                        "publish_modes", List.of("simple"), "type", "local_fs");
                case "entriesByFolder" -> entriesByFolder(params.path("folder").asText(), params.path("extension").asText(""),
                        params.path("depth").asInt(1));
                case "entriesByFiles" -> {
                    List<Object> entries = new ArrayList<>();
                    for (JsonNode file : params.path("files")) {
                        entries.add(entry(file.path("path").asText(), file.path("label").asText(null)));
                    }
                    yield entries;
                }
                case "getEntry" -> entry(params.path("path").asText(), null);
                case "persistEntry" -> persistEntry(params);
                case "getMedia" -> media(params.path("mediaFolder").asText());
                case "getMediaFile" -> mediaFile(params.path("path").asText());
                case "persistMedia" -> {
                    JsonNode asset = params.path("asset");
                    write(asset.path("path").asText(), bytes(asset));
                    yield mediaFile(asset.path("path").asText());
                }
                case "deleteFile" -> {
                    Files.deleteIfExists(inside(params.path("path").asText()));
                    yield Map.of("message", "deleted file " + params.path("path").asText());
                }
                case "deleteFiles" -> {
                    for (JsonNode path : params.path("paths")) {
                        Files.deleteIfExists(inside(path.asText()));
                    }
                    yield Map.of("message", "deleted files");
                }
                case "getDeployPreview" -> null;
                default -> throw new Refused(422, "Unknown action " + action);
            };
            return new Reply(200, JSON.writeValueAsString(answer));
        } catch (Refused e) {
            return error(e.status, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return error(500, action + " failed: " + e.getMessage());
        }
    }

    private List<Object> entriesByFolder(String folder, String extension, int depth) throws IOException {
        Path dir = inside(folder);
        List<Object> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        try (Stream<Path> files = Files.walk(dir, Math.max(1, depth))) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String path = repositoryPath(file);
                if (path.endsWith(extension)) {
                    entries.add(entry(path, null));
                }
            }
        }
        return entries;
    }

    private Map<String, Object> entry(String path, String label) throws IOException {
        Path file = inside(path);
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("path", path.replace('\\', '/'));
        described.put("label", label);
        Map<String, Object> entry = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            byte[] bytes = Files.readAllBytes(file);
            entry.put("data", new String(bytes, StandardCharsets.UTF_8));
            described.put("id", sha256(bytes));
        } else {
            entry.put("data", null);
            described.put("id", null);
        }
        entry.put("file", described);
        return entry;
    }

    private Map<String, Object> persistEntry(JsonNode params) throws IOException {
        List<JsonNode> dataFiles = new ArrayList<>();
        params.path("dataFiles").forEach(dataFiles::add);
        if (dataFiles.isEmpty()) {
            dataFiles.add(params.path("entry"));
        }
        // Every path is checked before anything is written, so a refused save writes nothing.
        for (JsonNode file : dataFiles) {
            inside(file.path("path").asText());
            if (file.hasNonNull("newPath")) {
                inside(file.path("newPath").asText());
            }
        }
        for (JsonNode asset : params.path("assets")) {
            inside(asset.path("path").asText());
        }
        for (JsonNode asset : params.path("assets")) {
            write(asset.path("path").asText(), bytes(asset));
        }
        for (JsonNode file : dataFiles) {
            write(file.path("path").asText(), file.path("raw").asText().getBytes(StandardCharsets.UTF_8));
            if (file.hasNonNull("newPath") && !file.path("newPath").asText().equals(file.path("path").asText())) {
                Path target = inside(file.path("newPath").asText());
                Files.createDirectories(target.getParent());
                Files.move(inside(file.path("path").asText()), target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return Map.of("message", "entry persisted");
    }

    private List<Object> media(String folder) throws IOException {
        Path dir = inside(folder);
        List<Object> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : (Iterable<Path>) list.filter(Files::isRegularFile).sorted()::iterator) {
                files.add(mediaFile(repositoryPath(file)));
            }
        }
        return files;
    }

    private Map<String, Object> mediaFile(String path) throws IOException {
        Path file = inside(path);
        byte[] bytes = Files.readAllBytes(file);
        Map<String, Object> media = new LinkedHashMap<>();
        media.put("id", sha256(bytes));
        media.put("content", Base64.getEncoder().encodeToString(bytes));
        media.put("encoding", "base64");
        media.put("path", repositoryPath(file));
        media.put("name", file.getFileName().toString());
        return media;
    }

    private static byte[] bytes(JsonNode asset) {
        String text = asset.path("content").asText("");
        return asset.path("encoding").asText("").equals("base64") ? Base64.getDecoder().decode(text)
                : text.getBytes(StandardCharsets.UTF_8);
    }

    /** Writes a whole file: a temporary file beside it, then moved over it. */
    private void write(String path, byte[] bytes) throws IOException {
        Path file = inside(path);
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".north-star-", ".saving");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The file a repository path names, refused unless it is content/ or inside it. */
    Path inside(String path) {
        if (path == null || path.isEmpty() || path.contains("\0") || path.startsWith("/") || path.contains("\\")) {
            throw new Refused(400, "\"" + path + "\" is not a path inside the content folder");
        }
        Path file = repository.resolve(path).normalize();
        if (!file.startsWith(content)) {
            throw new Refused(403, "\"" + path + "\" is outside the content folder; the editor only writes there");
        }
        return file;
    }

    private String repositoryPath(Path file) {
        return repository.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static Reply error(int status, String message) {
        try {
            return new Reply(status, JSON.writeValueAsString(Map.of("error", message)));
        } catch (IOException e) {
            return new Reply(status, "{\"error\":\"unknown\"}");
        }
    }

    /** A request the backend will not carry out, with its HTTP status. */
    private static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
