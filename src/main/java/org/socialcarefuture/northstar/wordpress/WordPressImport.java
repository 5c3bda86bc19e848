package org.socialcarefuture.northstar.wordpress;

import java.io.IOException;
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
import java.util.function.Function;

import org.socialcarefuture.northstar.content.Slugs;
import org.socialcarefuture.northstar.problem.Problem;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Moves a WordPress blog into content/: one Markdown file per post and page, in the folder its
 * category maps to, with front matter from the export and aliases for every old address. Safe to
 * run again: a manifest ({@code content/.wordpress-import.json}) remembers what was written, so an
 * unchanged post is left alone and a file a volunteer has edited since is never overwritten.
 *
 * <p>What is not ready is not published: private and password-protected posts are drafts, and with a
 * checker (the bake's own checks, see {@link #checkedBy}) every post the checks would refuse becomes a
 * draft listed in {@code content/IMPORT-TODO.md}, so the first bake publishes all the others.
 */
public final class WordPressImport {

    /**
     * What an import did, for the volunteer's summary.
     *
     * @param privateDrafts private and password-protected posts, imported as drafts and never published
     * @param heldBack      posts the checks would refuse, imported as drafts and listed in IMPORT-TODO.md
     * @param skipped       items not imported, each with why
     * @param notes         addresses changed or not redirected, and other things to look at
     * @param heldFor       how many problems of each kind held posts back
     */
    public record Report(List<String> written, List<String> unchanged, List<String> keptEdited, List<String> privateDrafts,
                         List<String> heldBack, List<String> wordpressDrafts, List<String> skipped, List<String> warnings,
                         List<String> remoteImages, List<String> missingAttachments, List<String> notes, int comments,
                         Map<String, Integer> heldFor, List<Problem> otherErrors) {

        /** Everything imported: published, drafts and held back. */
        public int imported() {
            return written.size() + unchanged.size() + keptEdited.size();
        }
    }

    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final String MANIFEST = ".wordpress-import.json";

    private final Path content;
    private final Path uploads;
    private final Map<String, String> folders;
    private final Function<Path, List<Problem>> checker;

    /**
     * @param content the content folder to write into
     * @param uploads a copy of wp-content/uploads, or null to keep pictures at their old addresses
     * @param folders category name (any case) to folder under content/; defaults map newsletters and letters
     */
    public WordPressImport(Path content, Path uploads, Map<String, String> folders) {
        this(content, uploads, folders, null);
    }

    private WordPressImport(Path content, Path uploads, Map<String, String> folders, Function<Path, List<Problem>> checker) {
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
        this.checker = checker;
    }

    /**
     * The same import, with the site's checks run on what it wrote: {@code bake} bakes the content folder somewhere
     * nobody reads and returns the problems (none when the bake succeeds). Posts with errors become drafts.
     */
    public WordPressImport checkedBy(Function<Path, List<Problem>> bake) {
        return new WordPressImport(content, uploads, folders, bake);
    }

    /** One post as the import would write it, kept to write it again as a draft if the checks refuse it. */
    private record Planned(WpItem item, Addresses.Place place, String body, String draftReason) {
    }

    public Report run(Path export) throws IOException {
        WxrReader.Export read = WxrReader.readExport(export);
        Files.createDirectories(content);
        Map<String, String> manifest = readManifest();
        List<String> unchanged = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> remote = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> privateDrafts = new ArrayList<>();
        List<String> wordpressDrafts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int comments = 0;
        List<WpItem> items = new ArrayList<>();
        for (WpItem item : read.items()) {
            if (!item.type().equals("post") && !item.type().equals("page")) {
                continue; // attachments, menus, custom types
            }
            switch (item.status()) {
                case "trash" -> skipped.add(title(item) + ": in WordPress's trash");
                case "auto-draft" -> skipped.add(title(item) + ": an auto-draft WordPress made, never written");
                case "inherit" -> skipped.add(title(item) + ": a revision of another post");
                default -> items.add(item);
            }
        }
        Map<WpItem, Addresses.Place> places = new Addresses(folders, notes).place(items, WordPressImport::date);
        Map<String, String> before = new LinkedHashMap<>();
        List<Planned> planned = new ArrayList<>();
        for (WpItem item : items) {
            Addresses.Place place = places.get(item);
            String relative = place.file();
            PostConverter.Converted body = PostConverter.convert(item.html(), read.attachments(), item.meta().getOrDefault("footnotes", ""));
            String markdown = body.markdown();
            for (String image : body.images()) {
                String local = copyUpload(image, relative);
                if (local != null) {
                    markdown = markdown.replace(image, local);
                } else if (image.startsWith("http")) {
                    remote.add(relative + ": " + image);
                }
            }
            for (String warning : body.warnings()) {
                (warning.startsWith("missing attachment") ? missing : warnings).add(relative + ": " + warning);
            }
            boolean untitled = untitled(item);
            if (untitled) {
                // WordPress shows "(no title)"; a real title is the writer's to give, so the post waits as a draft until they do.
                warnings.add(relative + ": the post has no title in WordPress; write one after title: before baking");
            }
            Comments.Kept said = Comments.of(item);
            comments += said.kept();
            if (!said.markdown().isEmpty()) {
                markdown = markdown.strip() + "\n\n" + said.markdown();
            }
            String reason = null;
            if (item.isPrivate()) {
                reason = !item.password().isBlank() ? "password-protected in WordPress" : "private in WordPress";
                privateDrafts.add(relative + " (\"" + item.title().strip() + "\", " + reason + ")");
            } else if (!item.status().equals("publish") && !item.status().equals("future")) {
                reason = "a " + item.status() + " in WordPress";
                wordpressDrafts.add(relative);
            } else if (untitled) {
                reason = "no title in WordPress: write one after title: and remove status: draft";
                notes.add(relative + ": has no title in WordPress, so it is a draft; write a title after title: and remove status: draft");
                wordpressDrafts.add(relative);
            }
            planned.add(new Planned(item, place, markdown, reason));
        }
        Map<String, Planned> writable = new LinkedHashMap<>();
        for (Planned post : planned) {
            String relative = post.place().file();
            Path file = content.resolve(relative);
            if (Files.exists(file)) {
                String current = hash(Files.readString(file, StandardCharsets.UTF_8));
                before.put(relative, current);
                if (!current.equals(manifest.get(relative))) {
                    kept.add(relative);
                    continue; // edited by a volunteer since the last import: theirs wins
                }
            }
            writable.put(relative, post);
            write(relative, text(post, post.draftReason()), manifest);
        }
        Map<String, List<Problem>> held = new LinkedHashMap<>();
        List<Problem> others = new ArrayList<>();
        if (checker != null) {
            check(writable, manifest, held, others);
        }
        List<String> written = new ArrayList<>();
        for (String relative : writable.keySet()) {
            (manifest.get(relative).equals(before.get(relative)) ? unchanged : written).add(relative);
        }
        writeManifest(manifest);
        if (checker != null || !privateDrafts.isEmpty() || !notes.isEmpty() || !missing.isEmpty()) {
            List<String> todoNotes = new ArrayList<>(notes);
            todoNotes.addAll(missing);
            Files.writeString(content.resolve(ImportTodo.FILE), ImportTodo.text(held, privateDrafts, todoNotes, others), StandardCharsets.UTF_8);
        }
        return new Report(written, unchanged, kept, privateDrafts, List.copyOf(held.keySet()), wordpressDrafts, skipped, warnings, remote,
                missing, notes, comments, ImportTodo.counts(held), others);
    }

    /**
     * The bake's checks on what was written: each post they would refuse is written again as a draft, and the checks
     * run again (a draft's own page is gone, so a link to it from another post is now an error of that post), until
     * nothing written by the import is refused.
     */
    private void check(Map<String, Planned> writable, Map<String, String> manifest, Map<String, List<Problem>> held,
                       List<Problem> others) throws IOException {
        for (int round = 0; round < 6; round++) {
            List<Problem> errors = checker.apply(content).stream().filter(Problem::isError).toList();
            others.clear();
            boolean changed = false;
            for (Problem problem : errors) {
                String relative = writable.keySet().stream().filter(f -> problem.file().equals(f) || problem.file().endsWith("/" + f))
                        .findFirst().orElse(null);
                Planned post = relative == null ? null : writable.get(relative);
                if (post == null || (post.draftReason() != null && !held.containsKey(relative))) {
                    others.add(problem);
                    continue;
                }
                if (!held.containsKey(relative)) {
                    changed = true;
                }
                // Named as the volunteer sees the folder (content/blog/x.md), wherever the command was run from.
                String shown = content.toAbsolutePath().normalize().getFileName() + "/" + relative;
                held.computeIfAbsent(relative, r -> new ArrayList<>()).add(new Problem(shown, problem.line(), problem.column(),
                        problem.severity(), problem.rule(), problem.message(), problem.fix()));
            }
            if (!changed) {
                break;
            }
            for (String relative : held.keySet()) {
                write(relative, text(writable.get(relative), "held back by the import's checks: see IMPORT-TODO.md"), manifest);
            }
        }
        for (List<Problem> problems : held.values()) {
            java.util.LinkedHashSet<Problem> once = new java.util.LinkedHashSet<>(problems);
            problems.clear();
            problems.addAll(once);
        }
    }

    private void write(String relative, String text, Map<String, String> manifest) throws IOException {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        manifest.put(relative, hash(text));
    }

    private String text(Planned post, String draftReason) {
        return frontMatter(post.item(), post.place(), draftReason) + "\n" + post.body();
    }

    /** Removes a folder this import made for its checks (nothing else is ever given here). */
    public static void deleteQuietly(Path folder) {
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private static boolean untitled(WpItem item) {
        return org.socialcarefuture.northstar.content.SourceText.withoutForbiddenCharacters(item.title()).text().isBlank();
    }

    private static String title(WpItem item) {
        return item.title().isBlank() ? "(no title, id " + item.id() + ")" : "\"" + item.title().strip() + "\"";
    }

    String pathFor(WpItem item) {
        return new Addresses(folders, new ArrayList<>()).place(List.of(item), WordPressImport::date).get(item).file();
    }

    private static LocalDateTime date(WpItem item) {
        try {
            return LocalDateTime.parse(item.date(), WP_DATE);
        } catch (DateTimeParseException e) {
            return LocalDateTime.of(1970, 1, 1, 0, 0);
        }
    }

    private String frontMatter(WpItem item, Addresses.Place place, String draftReason) {
        StringBuilder yaml = new StringBuilder("---\n");
        yaml.append("title: ").append(quote(untitled(item) ? "(no title)" : item.title())).append('\n');
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
        if (draftReason != null) {
            // Why, on a line of its own: the loader refuses a comment after a value (it would be read as lost text).
            yaml.append("# ").append(draftReason.replace('\n', ' ')).append("\nstatus: draft\n");
        }
        List<String> aliases = place.aliases();
        if (!aliases.isEmpty()) {
            yaml.append("aliases:\n");
            aliases.forEach(alias -> yaml.append("  - ").append(quote(alias)).append('\n'));
        }
        return yaml.append("---\n").toString();
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
        // Decoded once and judged (no %00, no .., no hidden or over-long name) before it names a file on disk.
        String file = org.socialcarefuture.northstar.address.Addresses.safeRelativePath(inUploads);
        if (file == null) {
            return null;
        }
        Path source = uploads.resolve(file).normalize();
        if (!source.startsWith(uploads.normalize()) || !Files.isRegularFile(source)) {
            return null;
        }
        Path target = content.resolve("images/wp").resolve(file);
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
