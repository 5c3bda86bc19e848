package org.socialcarefuture.northstar.wordpress;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.socialcarefuture.northstar.content.Slugs;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Moves a WordPress blog into content/: one Markdown file per post and page, in the folder its
 * category maps to, with front matter from the export and aliases for every old address. Safe to
 * run again: a manifest ({@code content/.wordpress-import.json}) remembers what was written, so an
 * unchanged post is left alone and a file a volunteer has edited since is never overwritten.
 */
public final class WordPressImport {

    /** What an import did, for the volunteer's summary. */
    public record Report(List<String> written, List<String> unchanged, List<String> keptEdited, int skippedPrivate,
                         List<String> warnings, List<String> remoteImages) {
    }

    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final String MANIFEST = ".wordpress-import.json";

    private final Path content;
    private final Path uploads;
    private final Map<String, String> folders;

    /**
     * @param content the content folder to write into
     * @param uploads a copy of wp-content/uploads, or null to keep pictures at their old addresses
     * @param folders category name (any case) to folder under content/; defaults map newsletters and letters
     */
    public WordPressImport(Path content, Path uploads, Map<String, String> folders) {
        this.content = content;
        this.uploads = uploads;
        Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        map.put("Newsletter", "newsletters");
        map.put("Newsletters", "newsletters");
        map.put("Letter", "letters");
        map.put("Letters", "letters");
        map.put("Open letters", "letters");
        map.putAll(folders);
        this.folders = map;
    }

    public Report run(Path export) throws IOException {
        List<WpItem> items = WxrReader.read(export);
        Files.createDirectories(content);
        Map<String, String> manifest = readManifest();
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> remote = new ArrayList<>();
        int skipped = 0;
        for (WpItem item : items) {
            if (!item.type().equals("post") && !item.type().equals("page")) {
                continue; // attachments, menus, custom types
            }
            if (item.status().equals("private") || item.status().equals("trash") || item.status().equals("auto-draft")) {
                skipped++;
                continue;
            }
            String relative = pathFor(item);
            PostConverter.Converted body = PostConverter.convert(item.html());
            String markdown = body.markdown();
            for (String image : body.images()) {
                String local = copyUpload(image, relative);
                if (local != null) {
                    markdown = markdown.replace(image, local);
                } else if (image.startsWith("http")) {
                    remote.add(relative + ": " + image);
                }
            }
            body.warnings().forEach(w -> warnings.add(relative + ": " + w));
            if (org.socialcarefuture.northstar.content.SourceText.withoutForbiddenCharacters(item.title()).text().isBlank()) {
                // WordPress shows "(no title)"; a title is the writer's to give, never invented (the bake asks for it at line 2).
                warnings.add(relative + ": the post has no title in WordPress; write one after title: before baking");
            }
            String text = frontMatter(item) + "\n" + markdown;
            Path file = content.resolve(relative);
            String newHash = hash(text);
            if (Files.exists(file)) {
                String current = hash(Files.readString(file, StandardCharsets.UTF_8));
                String recorded = manifest.get(relative);
                if (!current.equals(recorded)) {
                    kept.add(relative);
                    continue; // edited by a volunteer since the last import: theirs wins
                }
                if (current.equals(newHash)) {
                    unchanged.add(relative);
                    continue;
                }
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            manifest.put(relative, newHash);
            written.add(relative);
        }
        writeManifest(manifest);
        return new Report(written, unchanged, kept, skipped, warnings, remote);
    }

    String pathFor(WpItem item) {
        String slug = Slugs.of(item.slug().isBlank() ? item.title() : item.slug());
        if (slug.isEmpty()) {
            slug = "post-" + item.id();
        }
        if (item.type().equals("page")) {
            return slug + ".md";
        }
        String folder = "blog";
        for (String category : item.categories()) {
            if (folders.containsKey(category)) {
                folder = folders.get(category);
                break;
            }
        }
        return folder + "/" + date(item).toLocalDate() + "-" + slug + ".md";
    }

    private static LocalDateTime date(WpItem item) {
        try {
            return LocalDateTime.parse(item.date(), WP_DATE);
        } catch (DateTimeParseException e) {
            return LocalDateTime.of(1970, 1, 1, 0, 0);
        }
    }

    private String frontMatter(WpItem item) {
        StringBuilder yaml = new StringBuilder("---\n");
        yaml.append("title: ").append(quote(item.title())).append('\n');
        LocalDateTime date = date(item);
        yaml.append("date: ").append(date.getHour() == 0 && date.getMinute() == 0 ? date.toLocalDate().toString()
                : date.toLocalDate() + "T" + String.format("%02d:%02d", date.getHour(), date.getMinute())).append('\n');
        if (!item.author().isBlank()) {
            yaml.append("author: ").append(quote(item.author())).append('\n');
        }
        List<String> tags = new ArrayList<>(item.tags());
        for (String category : item.categories()) {
            if (!folders.containsKey(category) && !category.equalsIgnoreCase("Uncategorized")) {
                tags.add(category);
            }
        }
        // A tag must give a topic page an address: WordPress lets a tag be "" or "!!!", which would give none.
        tags = tags.stream().map(String::strip).filter(tag -> !Slugs.of(tag).isEmpty()).distinct().toList();
        if (!tags.isEmpty()) {
            yaml.append("tags: [").append(String.join(", ", tags.stream().map(WordPressImport::quote).toList())).append("]\n");
        }
        String summary = org.jsoup.Jsoup.parse(item.excerpt()).text().strip();
        if (!summary.isEmpty()) {
            yaml.append("summary: ").append(quote(summary)).append('\n');
        }
        if (!item.status().equals("publish")) {
            yaml.append("status: draft\n");
        }
        List<String> aliases = new ArrayList<>();
        String path = pathOf(item.link());
        if (path != null && !path.equals("/")) {
            aliases.add(path);
        }
        if (item.id().matches("\\d+")) { // WordPress's ids are numbers; anything else is no /?p= address (found by fuzzing)
            aliases.add("/?p=" + item.id());
        }
        if (!aliases.isEmpty()) {
            yaml.append("aliases:\n");
            aliases.forEach(alias -> yaml.append("  - ").append(quote(alias)).append('\n'));
        }
        return yaml.append("---\n").toString();
    }

    private static String pathOf(String link) {
        try {
            URI uri = URI.create(link.strip());
            String path = uri.getRawPath();
            // Only a path from the site's root is an old address to redirect; a link WordPress wrote oddly
            // ("httpsA//host/", "http:////host/" or "http://host/..", found by fuzzing) has none, and the post keeps its /?p= alias.
            boolean dots = java.util.Arrays.stream(path == null ? new String[0] : path.split("/")).anyMatch(p -> p.equals(".") || p.equals(".."));
            return path == null || !path.startsWith("/") || path.startsWith("//") || dots ? null : path;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Copies a wp-content/uploads picture next to the content and returns its new relative address. */
    private String copyUpload(String src, String postPath) throws IOException {
        if (uploads == null) {
            return null;
        }
        int at = src.indexOf("/wp-content/uploads/");
        if (at < 0) {
            return null;
        }
        String inUploads = src.substring(at + "/wp-content/uploads/".length()).replaceAll("[?#].*$", "");
        Path source = uploads.resolve(inUploads).normalize();
        if (!source.startsWith(uploads.normalize()) || !Files.isRegularFile(source)) {
            return null;
        }
        Path target = content.resolve("images/wp").resolve(inUploads);
        Files.createDirectories(target.getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        String up = "../".repeat((int) postPath.chars().filter(c -> c == '/').count());
        return up + "images/wp/" + inUploads;
    }

    /**
     * A YAML double-quoted string of any text: backslashes and quotes escaped, line breaks as spaces, and
     * every character YAML does not allow as it is (control characters, the byte-order mark, line and
     * paragraph separators) written as an escape, so that whatever WordPress held, the front matter reads.
     */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n', '\r' -> out.append(' ');
                case '\t' -> out.append("\\t");
                default -> {
                    boolean printable = (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || c >= 0x10000;
                    if (printable && c != 0x2028 && c != 0x2029) {
                        out.appendCodePoint(c);
                    } else if (c >= 0x2028) {
                        out.append(String.format("\\u%04X", c)); // allowed in a page, not bare in YAML
                    } // control characters: invisible, and no web page or feed may carry them

                }
            }
        });
        return out.append('"').toString();
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> readManifest() throws IOException {
        Path file = content.resolve(MANIFEST);
        if (!Files.exists(file)) {
            return new LinkedHashMap<>();
        }
        return new ObjectMapper().readValue(file.toFile(), new TypeReference<LinkedHashMap<String, String>>() { });
    }

    private void writeManifest(Map<String, String> manifest) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(content.resolve(MANIFEST).toFile(), new TreeMap<>(manifest));
    }
}
