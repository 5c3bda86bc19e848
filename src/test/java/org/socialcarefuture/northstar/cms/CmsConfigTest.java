package org.socialcarefuture.northstar.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.content.ContentLoader;
import org.socialcarefuture.northstar.starter.NewSite;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The editor's configuration as a bake makes it, for the movement's site and for a site from {@code new site}, read
 * back as Decap reads it and held to CONTENT-FORMAT.md and docs/volunteers/writing.md: every type has its collection in the
 * right folder with the loader's file names, and every front-matter key of the tables is a field of the types it is for.
 */
class CmsConfigTest {

    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> config(Path content, List<String> tags) {
        byte[] yaml = AdminSite.files(content, "A site", "/", "https://example.org/", tags).get("admin/config.yml");
        assertNotNull(yaml, "the bake writes admin/config.yml");
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(yaml, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> collections(Map<String, Object> config) {
        return (List<Map<String, Object>>) config.get("collections");
    }

    private static Map<String, Object> collection(Map<String, Object> config, String folder, boolean easyRead) {
        return collections(config).stream()
                .filter(c -> c.get("folder").equals(folder) && c.get("extension").equals(easyRead ? "easy.md" : "md"))
                .findFirst().orElseThrow(() -> new AssertionError("no collection for " + folder + (easyRead ? " (easy read)" : "")));
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> field(Map<String, Object> collection, String key) {
        return ((List<Map<String, Object>>) collection.get("fields")).stream().filter(f -> f.get("name").equals(key)).findFirst();
    }

    /** The rows of a Markdown table under a heading: each row's cells. */
    private static List<List<String>> table(String markdown, String heading) {
        int at = markdown.indexOf(heading);
        assertTrue(at >= 0, "no " + heading);
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : markdown.substring(at).split("\n")) {
            if (line.startsWith("|")) {
                inTable = true;
                if (!line.startsWith("| ---") && !line.startsWith("| key") && !line.startsWith("| folder")) {
                    List<String> cells = new ArrayList<>();
                    for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
                        cells.add(cell.trim());
                    }
                    rows.add(cells);
                }
            } else if (inTable) {
                break;
            }
        }
        return rows;
    }

    private static final Map<String, String> FOLDER_OF_TYPE = Map.of("post", "blog", "newsletter", "newsletters", "letter", "letters",
            "report", "reports", "page", "", "event", "events");

    private void checkAgainstTheFormat(Map<String, Object> config, String contentFolder) throws IOException {
        assertEquals("editorial_workflow", config.get("publish_mode"), "each new post is a branch and a pull request");
        assertEquals(CmsConfig.STATUS_CONTEXT, ((Map<?, ?>) config.get("backend")).get("preview_context"));
        assertEquals(contentFolder + "/images", config.get("media_folder"), "pictures go in content/images/");
        for (String document : List.of("src/test/resources/contract/CONTENT-FORMAT.md", "docs/volunteers/writing.md")) {
            String markdown = Files.readString(Path.of(document));
            // The folders: each is a collection of its type, named as the loader names files.
            assertEquals(5, table(markdown, "| folder under content/").size(), document + ": the folders' table read");
            assertTrue(table(markdown, "| key | for | meaning |").size() >= 11, document + ": the keys' table read");
            for (List<String> row : table(markdown, "| folder under content/")) {
                Matcher folder = Pattern.compile("`(\\w+)/`").matcher(row.get(0));
                String path = folder.find() ? contentFolder + "/" + folder.group(1) : contentFolder;
                Map<String, Object> collection = collection(config, path, false);
                boolean dated = row.get(2).contains("YYYY");
                assertEquals(dated ? "{{year}}-{{month}}-{{day}}-{{slug}}" : "{{slug}}", collection.get("slug"), document + ": " + row);
                assertEquals("yaml-frontmatter", collection.get("format"));
                assertTrue(collection(config, path.equals(contentFolder) ? contentFolder : path, false).containsKey("fields"));
            }
            // The keys: a field of every type the row is for, required where the row says so.
            for (List<String> row : table(markdown, "| key | for | meaning |")) {
                Matcher keys = Pattern.compile("`(\\w+)`").matcher(row.get(0));
                String scope = row.get(1);
                while (keys.find()) {
                    String key = keys.group(1);
                    List<String> types = scope.startsWith("all") || scope.startsWith("any")
                            ? List.of("post", "newsletter", "letter", "report", "page", "event")
                            : List.of(scope.replaceAll(":.*", "").split(",\\s*"));
                    for (String type : types) {
                        String folder = FOLDER_OF_TYPE.get(type.trim());
                        assertNotNull(folder, document + ": type " + type);
                        Map<String, Object> collection = collection(config, folder.isEmpty() ? contentFolder : contentFolder + "/" + folder, false);
                        if (key.equals("type")) {
                            // The collection is the type; a page may still say type: (vision), so pages offer it with every type.
                            List<?> options = (List<?>) field(collection(config, contentFolder, false), "type").orElseThrow().get("options");
                            Matcher named = Pattern.compile("`(\\w+)`").matcher(row.get(2));
                            while (named.find()) {
                                assertTrue(options.contains(named.group(1)) || collections(config).stream()
                                        .anyMatch(c -> c.get("name").toString().startsWith(named.group(1))), named.group(1));
                            }
                            continue;
                        }
                        Map<String, Object> field = field(collection, key)
                                .orElseThrow(() -> new AssertionError(document + ": " + collection.get("name") + " has no field " + key));
                        boolean required = scope.contains("required");
                        assertEquals(required, field.get("required"), document + ": " + collection.get("name") + "." + key + " required?");
                        assertFalse(String.valueOf(field.get("hint")).isBlank(), key + " has a hint");
                    }
                }
            }
        }
        // Keys the tables do not list but the loader reads: events, recordings, the checks' opt-outs.
        for (String key : List.of("start", "end", "timezone", "location", "online", "joining", "booking", "cost", "organiser", "access")) {
            assertTrue(field(collection(config, contentFolder + "/events", false), key).isPresent(), "events." + key);
        }
        for (String folder : List.of("blog", "newsletters")) {
            for (String key : List.of("video", "audio", "transcript", "captions")) {
                assertTrue(field(collection(config, contentFolder + "/" + folder, false), key).isPresent(), folder + "." + key);
            }
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> signatory = (List<Map<String, Object>>) field(collection(config, contentFolder + "/letters", false),
                "signatories").orElseThrow().get("fields");
        assertEquals(List.of("name", "role", "organisation"), signatory.stream().map(f -> f.get("name")).toList());
        assertEquals(List.of(true, false, false), signatory.stream().map(f -> f.get("required")).toList());
        assertEquals("easy.md", collection(config, contentFolder, true).get("extension"), "easy read: X.easy.md beside X.md");
        assertEquals("easy.md", collection(config, contentFolder + "/reports", true).get("extension"));
        // Every key the loader reads is offered somewhere, and nothing it does not read.
        List<String> offered = new ArrayList<>();
        for (Map<String, Object> collection : collections(config)) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> fields = (List<Map<String, Object>>) collection.get("fields");
            fields.stream().map(f -> f.get("name").toString()).filter(name -> !name.equals("body")).forEach(offered::add);
        }
        assertTrue(offered.containsAll(ContentLoader.KNOWN_KEYS));
        assertTrue(ContentLoader.KNOWN_KEYS.containsAll(offered));
    }

    @Test
    void theMovementsSiteHasACollectionPerTypeAndEveryKeyOfTheFormat() throws IOException {
        Map<String, Object> config = config(Path.of("content"), List.of("pledge", "equal life"));
        checkAgainstTheFormat(config, "content");
        String hint = String.valueOf(field(collection(config, "content/blog", false), "tags").orElseThrow().get("hint"));
        assertTrue(hint.contains("Topics already used: equal life, pledge."), hint);
    }

    @Test
    void aNewSiteGetsTheSameEditorWithItsOwnCollectionsEvenForTypesItHasNoPagesOf() throws IOException {
        Path site = dir.resolve("our-group");
        NewSite.write(site, "Our group", LocalDate.of(2026, 12, 7), NewSite.Release.ofThisBuild());
        try (var files = Files.walk(site.resolve("content"))) {
            assertFalse(files.anyMatch(p -> p.toString().contains("letters")), "the starter has no letters yet");
        }
        Map<String, Object> config = config(site.resolve("content"), List.of());
        checkAgainstTheFormat(config, "content");
        assertNotNull(collection(config, "content/letters", false), "its first letter can be written");
        Map<String, byte[]> files = AdminSite.files(site.resolve("content"), "Our group", "/", "https://example.org/", List.of());
        assertTrue(new String(files.get("admin/index.html"), StandardCharsets.UTF_8).contains("<title>Editor: Our group</title>"));
    }

    @Test
    void theAdminPageIsOursNotIndexedWithItsOwnPolicy() {
        Map<String, byte[]> files = AdminSite.files(Path.of("content"), "Social Care Future", "/", "https://socialcarefuture.blog/", List.of());
        String html = new String(files.get("admin/index.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<html lang=\"en-GB\">"));
        assertTrue(html.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"));
        assertTrue(html.contains("<main id=\"nc-root\">"), "the editor is drawn in a main landmark");
        assertTrue(html.contains("<title>Editor: Social Care Future</title>"));
        assertTrue(html.contains("content=\"" + AdminFiles.POLICY + "\""));
        assertTrue(AdminFiles.POLICY.contains("connect-src 'self' blob: data: https://api.github.com;"), "GitHub's API, nothing else");
        assertFalse(html.matches("(?s).*(src|href)=\"https?://.*"), "nothing from another host");
        if (!AdminFiles.editor().isEmpty()) {
            assertTrue(files.containsKey("admin/decap-cms.js"), "the editor is served from the site");
            assertTrue(html.contains("<script src=\"decap-cms.js\"></script>"));
        } else {
            assertTrue(html.contains("The editor is not part of this build"), "without node_modules the page says so");
        }
    }

    @Test
    void theHeadersFileGivesTheEditorItsOwnPolicyAndKeepsItOutOfSearch() {
        String headers = org.socialcarefuture.northstar.security.HeadersFile.text(List.of("www.youtube-nocookie.com"), List.of());
        String admin = headers.substring(headers.indexOf("\n/admin/*\n"));
        assertTrue(admin.contains("  Content-Security-Policy: " + AdminFiles.POLICY + "; frame-ancestors 'none'\n"), admin);
        assertTrue(admin.contains("  X-Robots-Tag: noindex, nofollow"));
        assertFalse(headers.substring(0, headers.indexOf("\n/admin/*\n")).contains("unsafe-eval"), "public pages never allow eval");
    }

    @Test
    void aTitleThatGivesAnAddressAlreadyUsedIsReportedWithItsFile() throws IOException {
        // The editor never writes over a file (a second "Our pledge" on the same day is ...-our-pledge-1.md), but on
        // another day of the same month the new file has a name of its own and the address of the old one.
        var site = org.socialcarefuture.northstar.TestSite.of(dir, """
                -- content/blog/2026-03-02-our-pledge.md --
                ---
                title: Our pledge
                date: 2026-03-02
                ---
                The first.
                -- content/blog/2026-03-15-our-pledge.md --
                ---
                title: "Our pledge"
                date: 2026-03-15
                ---
                The second, from the editor.
                """);
        var problems = site.bakeFails();
        assertTrue(problems.stream().anyMatch(p -> p.rule().equals("duplicate-url") && p.file().contains("blog/2026-03-")
                && p.message().contains("/blog/2026/03/our-pledge/") && p.fix().contains("slug:")), problems.toString());
    }

    @Test
    void aTitleWithQuotesColonsEmojiAndDashesIsWrittenAsDecapWritesIt() throws IOException {
        // These are files the real editor wrote in the browser test (src/test/browser/cms-editor.mjs): the loader reads them.
        Path content = dir.resolve("content");
        Path written = Path.of("src/test/resources/cms/written-by-decap");
        Files.createDirectories(content.resolve("blog"));
        Files.createDirectories(content.resolve("letters"));
        Files.createDirectories(content.resolve("events"));
        Files.createDirectories(content.resolve("images"));
        Files.copy(written.resolve("2026-03-15-our-pledge-nothing-about-us-without-us-yes.md"),
                content.resolve("blog/2026-03-15-our-pledge-nothing-about-us-without-us-yes.md"));
        Files.copy(written.resolve("2026-05-14-to-the-secretary-of-state-an-equal-life.md"),
                content.resolve("letters/2026-05-14-to-the-secretary-of-state-an-equal-life.md"));
        Files.copy(written.resolve("2027-06-10-open-session-an-equal-life-at-home.md"),
                content.resolve("events/2027-06-10-open-session-an-equal-life-at-home.md"));
        var problems = new org.socialcarefuture.northstar.problem.Problems();
        var loaded = new ContentLoader(content, "content").load(problems);
        assertFalse(problems.hasErrors(), problems.sorted().toString());
        var post = loaded.pages().stream().filter(p -> p.contentPath().startsWith("blog/")).findFirst().orElseThrow();
        assertEquals("Our pledge: \"nothing about us\" — without us? 🎉 --- yes", post.title());
        assertEquals(List.of("pledge", "inquiry"), post.tags());
        assertEquals("/images/meeting.png", post.image());
        var letter = loaded.pages().stream().filter(p -> p.contentPath().startsWith("letters/")).findFirst().orElseThrow();
        assertEquals(2, letter.signatories().size());
        assertEquals("Convenor", letter.signatories().get(0).role());
        var event = loaded.pages().stream().filter(p -> p.contentPath().startsWith("events/")).findFirst().orElseThrow();
        assertEquals("2027-06-10T11:00+01:00[Europe/London]", event.event().start().toString());
    }
}
