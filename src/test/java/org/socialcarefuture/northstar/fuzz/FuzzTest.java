package org.socialcarefuture.northstar.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.socialcarefuture.northstar.Build;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.config.BuildOptions;
import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.content.ContentLoader;
import org.socialcarefuture.northstar.problem.BuildFailedException;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.problem.Problems;
import org.socialcarefuture.northstar.publish.Staging;
import org.socialcarefuture.northstar.wordpress.WordPressImport;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing with jqwik: hostile and random input for the front-matter reader, the whole bake (Markdown,
 * sanitiser, templates, gate) and the WordPress importer. The properties: no exception escapes, every
 * failure is a Problem with a file, and no published file carries a script, an event handler or a script
 * address. Each property has a fixed seed and number of tries (about 20 s each here), so CI is repeatable;
 * inputs that once failed live in src/test/resources/fuzz/ and are replayed by {@link #regressionCases}.
 */
class FuzzTest {

    private static Path work;

    @BeforeContainer
    static void makeWorkFolder() throws IOException {
        work = Files.createTempDirectory("north-star-fuzz");
    }

    @AfterContainer
    static void removeWorkFolder() throws IOException {
        Staging.deleteTree(work);
    }

    // --- the front-matter reader

    @Provide
    Arbitrary<String> markdownFiles() {
        Arbitrary<String> frontMatter = Hostile.text(Hostile.YAML, 40);
        Arbitrary<String> body = Hostile.text(Hostile.MARKDOWN, 10);
        return Arbitraries.oneOf(
                Combinators.combine(frontMatter, body).as((yaml, text) -> "---\n" + yaml + "\n---\n" + text),
                Combinators.combine(frontMatter, body).as((yaml, text) -> "---\ntitle: Fuzz\ndate: 2021-01-01\n" + yaml + "\n---\n" + text),
                Hostile.text(Hostile.YAML, 40));
    }

    @Property(tries = 1500, seed = "20261129")
    void theFrontMatterReaderReportsEveryProblemWithItsFileAndNeverThrows(@ForAll("markdownFiles") String file) throws IOException {
        frontMatterIsReadSafely(file.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300, seed = "20261129")
    void anyBytesAtAllAreReadSafely(@ForAll byte[] bytes) throws IOException {
        byte[] withFrontMatter = new byte[bytes.length + 4];
        System.arraycopy("---\n".getBytes(StandardCharsets.US_ASCII), 0, withFrontMatter, 0, 4);
        System.arraycopy(bytes, 0, withFrontMatter, 4, bytes.length);
        frontMatterIsReadSafely(withFrontMatter);
    }

    private static void frontMatterIsReadSafely(byte[] file) throws IOException {
        Path content = work.resolve("front-matter/content");
        Files.createDirectories(content.resolve("blog"));
        Files.write(content.resolve("blog/2021-01-01-fuzz.md"), file);
        Problems problems = new Problems();
        new ContentLoader(content, "content").load(problems);
        for (Problem problem : problems.sorted()) {
            assertTrue(problem.file().startsWith("content"), problem.toString());
            assertTrue(problem.line() >= 0, problem.toString());
            assertFalse(problem.message().isBlank(), problem.toString());
            assertTrue(problem.fix() != null && !problem.fix().isBlank(), "no fix: " + problem);
        }
    }

    // --- the whole bake: Markdown, sanitiser, templates, gate, links

    @Provide
    Arbitrary<String> bodies() {
        return Hostile.text(Hostile.MARKDOWN, 25);
    }

    @Property(tries = 120, seed = "20261129")
    void aBakeOfAnyPageEndsInASiteOrInProblemsAndNeverPublishesAScript(@ForAll("bodies") String body) throws IOException {
        bakeSafely(body);
    }

    private static void bakeSafely(String body) throws IOException {
        Path root = work.resolve("bake");
        Staging.deleteTree(root);
        TestSite site = TestSite.of(root, "-- content/about.md --\n---\ntitle: About\n---\nWho we are.\n");
        Files.write(site.content().resolve("fuzz.md"), ("---\ntitle: Fuzz\n---\n" + body).getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(site.content().resolve("images"));
        Files.writeString(site.content().resolve("images/x.png"), "not really a picture");
        Files.writeString(site.content().resolve("x.png"), "not really a picture");
        bakeAndLook(site.content(), site.output(), "the page");
    }

    /**
     * Bakes {@code content}: either it fails with problems, none of them a fault nobody foresaw, or every page it
     * publishes is free of scripts, handlers and script addresses.
     */
    private static void bakeAndLook(Path content, Path site, String from) throws IOException {
        try {
            Build.bake(new BuildOptions(content, Path.of("themes/default").toAbsolutePath(), site,
                    org.socialcarefuture.northstar.TestSite.CONFIG.withBaseUrl("https://example.org/").withSocialCards(false), false,
                    Clock.fixed(TestSite.TODAY, ZoneOffset.UTC)));
        } catch (BuildFailedException failed) {
            for (Problem problem : failed.problems()) {
                assertFalse(problem.file().isBlank(), problem.toString());
                assertFalse(problem.rule().equals("internal"), "a fault nobody foresaw: " + problem);
            }
            return; // nothing published, nothing to look at
        }
        try (Stream<Path> files = Files.walk(site)) {
            // admin/index.html is the browser editor's fixed page (cms/AdminFiles), the same whatever content/ holds.
            for (Path page : files.filter(p -> p.toString().endsWith(".html") && !site.relativize(p).toString().replace('\\', '/')
                    .equals("admin/index.html")).toList()) {
                assertNull(Hostile.scriptIn(Files.readString(page)), page + " from " + from);
            }
        }
    }

    // --- the WordPress importer

    @Provide
    Arbitrary<String> exports() {
        Arbitrary<String> text = Hostile.text(Hostile.MARKDOWN, 6);
        Arbitrary<String> html = Hostile.text(Hostile.MARKDOWN, 20);
        Arbitrary<String> date = Arbitraries.of("2021-01-18 10:00:00", "0000-00-00 00:00:00", "", "2021-02-31 25:61:00", "yesterday");
        Arbitrary<String> status = Arbitraries.of("publish", "draft", "pending", "private", "trash", "", "future");
        Arbitrary<String> type = Arbitraries.of("post", "page", "attachment", "");
        Arbitrary<String> item = Combinators.combine(text, text, date, status, type, html, text).as((title, slug, when, state, kind, content,
                category) -> "<item><title>" + cdata(title) + "</title><link>https://socialcarefuture.blog/?p=1</link>"
                        + "<dc:creator>" + cdata(title) + "</dc:creator><content:encoded>" + cdata(content) + "</content:encoded>"
                        + "<excerpt:encoded>" + cdata(title) + "</excerpt:encoded><wp:post_id>1</wp:post_id><wp:post_date>" + when
                        + "</wp:post_date><wp:post_name>" + cdata(slug) + "</wp:post_name><wp:status>" + state + "</wp:status>"
                        + "<wp:post_type>" + kind + "</wp:post_type><category domain=\"category\">" + cdata(category) + "</category>"
                        + "<category domain=\"post_tag\">" + cdata(slug) + "</category></item>");
        return item.list().ofMinSize(1).ofMaxSize(3).map(items -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
                + " xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel>"
                + String.join("", items) + "</channel></rss>");
    }

    private static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    @Property(tries = 250, seed = "20261129")
    void theWordPressImporterWritesOnlyFilesTheBuildCanReadAndNoScript(@ForAll("exports") String export) throws IOException {
        importSafely(export);
    }

    private static void importSafely(String export) throws IOException {
        Path root = work.resolve("wordpress");
        Staging.deleteTree(root);
        Files.createDirectories(root);
        Path file = root.resolve("export.xml");
        Files.write(file, export.getBytes(StandardCharsets.UTF_8));
        Path content = root.resolve("content");
        WordPressImport.Report report = new WordPressImport(content, null, java.util.Map.of()).run(file);
        Problems problems = new Problems();
        new ContentLoader(content, "content").load(problems);
        for (Problem problem : problems.sorted()) {
            // What the importer wrote must read as front matter. A title WordPress did not have is the writer's to
            // give (never invented): the importer says so, and the bake asks for it at its line.
            boolean untitled = problem.message().equals("the title is empty") && report.warnings().stream()
                    .anyMatch(w -> w.endsWith("the post has no title in WordPress; write one after title: before baking")
                            && problem.file().endsWith(w.substring(0, w.indexOf(':'))));
            assertFalse(!untitled && (problem.rule().equals("front-matter") || problem.rule().equals("encoding")
                    || problem.rule().equals("read")), "the importer wrote a file the build cannot read: " + problem + "\n" + report.written());
        }
        // And what it wrote bakes to pages without a script, or fails with problems (an untitled post, say).
        bakeAndLook(content, root.resolve("site"), report.written().toString());
    }

    // --- what earlier runs found, replayed every time

    @Example
    void regressionCases() throws IOException {
        Path cases = Path.of("src/test/resources/fuzz");
        int replayed = 0;
        try (Stream<Path> files = Files.walk(cases)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String kind = cases.relativize(file).getName(0).toString();
                byte[] bytes = Files.readAllBytes(file);
                switch (kind) {
                    case "front-matter" -> frontMatterIsReadSafely(bytes);
                    case "markdown" -> bakeSafely(new String(bytes, StandardCharsets.UTF_8));
                    case "wordpress" -> importSafely(new String(bytes, StandardCharsets.UTF_8));
                    default -> throw new UncheckedIOException(new IOException("no fuzz target called " + kind));
                }
                replayed++;
            }
        }
        assertTrue(replayed > 0, "no regression cases in " + cases);
    }

    @Example
    void theScriptFinderFindsScripts() {
        assertEquals(null, Hostile.scriptIn("<p><a href=\"https://example.org/\">ok</a></p>"));
        for (String bad : List.of("<script>x</script>", "<img src=x onerror=y>", "<a href=\" JaVa script:x\">x</a>",
                "<a href=\"java\tscript:x\">x</a>", "<iframe srcdoc=\"x\"></iframe>", "<a href=\"data:text/html,x\">x</a>")) {
            assertFalse(Hostile.scriptIn(bad) == null, bad);
        }
    }
}
