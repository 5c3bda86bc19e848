package org.socialcarefuture.northstar;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import org.socialcarefuture.northstar.config.BuildOptions;
import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.problem.BuildFailedException;
import org.socialcarefuture.northstar.problem.Problem;

/**
 * A small site written inside a test, Hugo-txtar style: {@code -- content/blog/x.md --} starts a
 * file, everything up to the next marker is its text. Bakes with the real default theme.
 */
public final class TestSite {

    public static final Instant TODAY = Instant.parse("2026-11-24T12:00:00Z");

    /** Two posts with a tag and an about page (one a language warning): the small site of the preview's and the cache's tests. */
    public static final String SMALL_BLOG = """
            -- content/blog/2021-01-18-first.md --
            ---
            title: The first post
            date: 2021-01-18
            tags: [pledge]
            ---
            We talk about the burden of paperwork.
            -- content/blog/2021-02-18-second.md --
            ---
            title: The second post
            date: 2021-02-18
            tags: [pledge]
            ---
            Some words.
            -- content/about.md --
            ---
            title: About us
            ---
            Who we are.
            """;

    private final Path root;
    private String baseUrl = "https://example.org/";
    private boolean drafts;

    private TestSite(Path root) {
        this.root = root;
    }

    public static TestSite of(Path dir, String txtar) throws IOException {
        TestSite site = new TestSite(dir);
        site.write(txtar);
        return site;
    }

    /**
     * A site of one blog post, {@code content/blog/2021-03-01-x.md} (title "A post", dated 2021-03-01), whose body is
     * {@code body} from line 5 on; more files may follow in txtar form.
     */
    public static TestSite onePost(Path dir, String body) throws IOException {
        return of(dir, "-- content/blog/2021-03-01-x.md --\n---\ntitle: A post\ndate: 2021-03-01\n---\n" + body);
    }

    public TestSite write(String txtar) throws IOException {
        String current = null;
        StringBuilder text = new StringBuilder();
        for (String line : txtar.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                flush(current, text);
                current = line.substring(3, line.length() - 3).strip();
                text.setLength(0);
            } else if (current != null) {
                text.append(line).append('\n');
            }
        }
        flush(current, text);
        Files.createDirectories(root.resolve("content"));
        return this;
    }

    private void flush(String file, StringBuilder text) throws IOException {
        if (file == null) {
            return;
        }
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text.toString(), StandardCharsets.UTF_8);
    }

    public TestSite baseUrl(String url) {
        this.baseUrl = url;
        return this;
    }

    public TestSite drafts(boolean show) {
        this.drafts = show;
        return this;
    }

    public Path root() {
        return root;
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path output() {
        return root.resolve("site");
    }

    public BuildOptions options() {
        return new BuildOptions(content(), Path.of("themes/default").toAbsolutePath(), output(),
                CONFIG.withBaseUrl(baseUrl), drafts, Clock.fixed(TODAY, ZoneOffset.UTC));
    }

    public Build.Result bake() {
        try {
            return Build.bake(options());
        } catch (BuildFailedException e) {
            return fail("expected the bake to succeed, but:\n" + e.getMessage());
        }
    }

    /** Bakes expecting failure; returns the problems. */
    public List<Problem> bakeFails() {
        return bakeFails(options());
    }

    /** Bakes with these options expecting failure; returns the problems. */
    public static List<Problem> bakeFails(BuildOptions options) {
        try {
            Build.bake(options);
        } catch (BuildFailedException e) {
            return e.problems();
        }
        return fail("expected the bake to fail");
    }

    /** The settings tests bake with: the movement's, without its logo (src/test/resources/test-site.yml). */
    public static final SiteConfig CONFIG = loadConfig();

    private static SiteConfig loadConfig() {
        try {
            return SiteConfig.load(Path.of("src/test/resources/test-site.yml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The theme as a preview loads it (bundled, with the site's theme folder over it). */
    public static org.socialcarefuture.northstar.render.Theme loadTheme(BuildOptions options) {
        try {
            return org.socialcarefuture.northstar.render.Theme.load(options);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A preview's build (a loaded theme, the output updated in place) expecting failure; returns the problems. */
    public static List<Problem> previewFails(BuildOptions options) {
        try {
            new Build(options, loadTheme(options),
                    new org.socialcarefuture.northstar.memo.BuildMemo()).run();
        } catch (BuildFailedException e) {
            return e.problems();
        }
        return fail("expected the preview's build to fail");
    }

    public String file(String sitePath) throws IOException {
        Path path = output().resolve(sitePath);
        assertTrue(Files.exists(path), "expected " + sitePath + " in the site; it has:\n" + listing());
        return Files.readString(path);
    }

    public boolean has(String sitePath) {
        return Files.exists(output().resolve(sitePath));
    }

    public String listing() throws IOException {
        if (!Files.exists(output())) {
            return "(no site)";
        }
        try (var files = Files.walk(output())) {
            return files.filter(Files::isRegularFile).map(p -> output().relativize(p).toString()).sorted()
                    .collect(Collectors.joining("\n"));
        }
    }

    /** Copies a folder and everything in it (a theme to change, the movement's content to edit). */
    public static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    /** A baked site kept in {@code kept} (under target/) for mvn verify -Pbrowser to open: axe-core and the Nu checker. */
    public static void keepForTheBrowserChecks(Path site, Path kept) throws IOException {
        org.socialcarefuture.northstar.publish.Staging.deleteTree(kept);
        copyTree(site, kept);
    }

    /** One line per problem, as the console shows them, for readable assertion messages. */
    public static String lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
