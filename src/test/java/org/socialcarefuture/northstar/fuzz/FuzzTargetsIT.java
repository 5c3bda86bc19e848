package org.socialcarefuture.northstar.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.content.ContentLoader;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.content.PageType;
import org.socialcarefuture.northstar.markdown.HtmlSanitizer;
import org.socialcarefuture.northstar.markdown.LinkTable;
import org.socialcarefuture.northstar.markdown.MarkdownRenderer;
import org.socialcarefuture.northstar.media.Soundtrack;
import org.socialcarefuture.northstar.media.WebVtt;
import org.socialcarefuture.northstar.picture.PictureFormat;
import org.socialcarefuture.northstar.picture.PictureInfo;
import org.socialcarefuture.northstar.picture.Pictures;
import org.socialcarefuture.northstar.picture.SvgSanitizer;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.problem.Problems;
import org.socialcarefuture.northstar.publish.Staging;
import org.socialcarefuture.northstar.wordpress.WordPressImport;

import com.code_intelligence.jazzer.junit.DictionaryFile;

/**
 * Fuzz targets for Jazzer (coverage-guided, like libFuzzer): each reader of a file a volunteer or another program
 * gives us. The rules every input must keep: no exception escapes, every problem names its file with a fix, and
 * nothing published can run a script.
 *
 * <p>In the ordinary build each target replays its seeds, the files under
 * {@code src/test/resources/org/socialcarefuture/northstar/fuzz/FuzzTargetsITInputs/<target>/} (a second or so in all).
 * With {@code JAZZER_FUZZ=1} one target at a time is fuzzed, and any input that breaks a rule is saved into that
 * folder, so it is replayed in every build after (docs/maintainers/fuzzing.md). The whole bake is not a target
 * here: the bake's own fuzzing covers it.
 */
class FuzzTargetsIT {

    private static final Path WORK = makeWorkFolder();

    private static Path makeWorkFolder() {
        try {
            return Files.createTempDirectory("north-star-fuzz");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void removeWorkFolder() throws IOException {
        Staging.deleteTree(WORK);
    }

    // --- front matter

    /** A post's file as a volunteer might save it: any bytes at all after the opening "---". */
    @com.code_intelligence.jazzer.junit.FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "front-matter.dict")
    void frontMatter(byte[] file) throws IOException {
        Path content = fresh("front-matter").resolve("content");
        Files.createDirectories(content.resolve("blog"));
        Files.write(content.resolve("blog/2021-01-01-fuzz.md"), file);
        Problems problems = new Problems();
        new ContentLoader(content, "content").load(problems);
        for (Problem problem : problems.sorted()) {
            namesItsFileWithAFix(problem);
        }
    }

    /** A group's site.yml: either settings, or one clear error at a line with a fix. */
    @com.code_intelligence.jazzer.junit.FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "front-matter.dict")
    void siteSettings(byte[] file) throws IOException {
        Path yml = fresh("site-settings").resolve("site.yml");
        Files.write(yml, file);
        try {
            SiteConfig config = SiteConfig.load(yml);
            assertFalse(config.title().isBlank(), "a site always has a title");
            assertTrue(config.baseUrl().endsWith("/"), config.baseUrl());
        } catch (SiteConfig.Invalid invalid) {
            assertTrue(invalid.line() >= 0, invalid.getMessage());
            assertFalse(invalid.problem().isBlank(), invalid.getMessage());
            assertFalse(invalid.fix().isBlank(), invalid.getMessage());
        } catch (java.nio.charset.MalformedInputException | java.nio.charset.UnmappableCharacterException notText) {
            // bytes that are not UTF-8: the command line reports the file as unreadable (tested in BadInputTest)
        }
    }

    // --- Markdown and the sanitiser

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer("/share/mastodon/");
    private static final LinkTable LINKS = new LinkTable("/", Map.of("x.md", "x/", "about.md", "about/"), Set.of("x.png"), Set.of());

    /** A page's body through flexmark, our renderer and the sanitiser; and the same text as raw HTML straight into the sanitiser. */
    @com.code_intelligence.jazzer.junit.FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "markdown.dict")
    void markdown(byte[] input) {
        String body = new String(input, StandardCharsets.UTF_8);
        MarkdownRenderer.Rendered rendered = RENDERER.render(page(body), LINKS, "https://example.org/x/");
        assertNull(Hostile.scriptIn(rendered.html()), "from the Markdown " + body);
        for (Problem problem : rendered.problems()) {
            assertTrue(problem.line() >= 0, problem.toString());
            assertFalse(problem.message().isBlank(), problem.toString());
        }
        String cleaned = HtmlSanitizer.clean(body).body().html();
        assertNull(Hostile.scriptIn(cleaned), "from the HTML " + body);
        // What the sanitiser keeps is kept again: a second pass has nothing left to take out.
        assertEquals(List.of(), HtmlSanitizer.removedParts(cleaned), "cleaned once: " + cleaned);
    }

    private static Page page(String body) {
        return new Page("content/x.md", "x.md", PageType.POST, "X", "x", "x/", null, List.of(), List.of(), "", "", "",
                false, List.of(), List.of(), List.of(), false, null, List.of(), List.of(), body, 5, null, null);
    }

    // --- the WordPress importer

    /** A WordPress export (WXR): what the importer writes reads back as front matter, and renders without a script. */
    @com.code_intelligence.jazzer.junit.FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "wordpress.dict")
    void wordPressExport(byte[] export) throws IOException {
        Path root = fresh("wordpress");
        Path file = root.resolve("export.xml");
        Files.write(file, export);
        Path content = root.resolve("content");
        WordPressImport.Report report;
        try {
            report = new WordPressImport(content, null, Map.of()).run(file);
        } catch (IOException notAnExport) {
            // not WordPress's: one clear message (the command line prints it and stops), nothing written
            assertTrue(String.valueOf(notAnExport.getMessage()).contains("is not a WordPress export"), notAnExport.toString());
            assertFalse(Files.exists(content), "nothing written for " + notAnExport.getMessage());
            return;
        }
        Problems problems = new Problems();
        ContentLoader.Loaded loaded = new ContentLoader(content, "content").load(problems);
        for (Problem problem : problems.sorted()) {
            // A title WordPress did not have is the writer's to give (never invented): the importer says so, and the
            // bake asks for it at its line. Anything else unreadable is the importer's fault.
            boolean untitled = problem.message().equals("the title is empty") && report.warnings().stream()
                    .anyMatch(w -> w.endsWith("the post has no title in WordPress; write one after title: before baking")
                            && problem.file().endsWith(w.substring(0, w.indexOf(':'))));
            assertFalse(!untitled && (problem.rule().equals("front-matter") || problem.rule().equals("encoding")
                    || problem.rule().equals("read")), "the importer wrote a file the build cannot read: " + problem + "\n" + report.written());
        }
        for (Page page : loaded.pages()) {
            String html = RENDERER.render(page, LINKS, "https://example.org/x/").html();
            assertNull(Hostile.scriptIn(html), page.contentPath() + " from " + report.written());
            assertNull(Hostile.scriptIn("<title>" + org.jsoup.nodes.Entities.escape(page.title()) + "</title>"), page.title());
        }
    }

    // --- SVG drawings

    /** An SVG file from content/: what is published can run nothing, whatever went in. */
    @com.code_intelligence.jazzer.junit.FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "svg.dict")
    void svg(byte[] input) {
        SvgSanitizer.Cleaned cleaned = SvgSanitizer.clean(new String(input, StandardCharsets.UTF_8));
        assertNull(Hostile.scriptInSvg(cleaned.svg()), "from " + new String(input, StandardCharsets.UTF_8));
        // Cleaning what was cleaned takes nothing more out: nothing dangerous was left for a second pass.
        assertEquals(List.of(), SvgSanitizer.clean(cleaned.svg()).removed(), cleaned.svg());
    }

    // --- pictures

    /**
     * A picture file: the first look (format, size, orientation) never fails, and a picture it passes as fine has
     * the size the decoder then finds, so every resized copy is made at the right proportions.
     */
    @com.code_intelligence.jazzer.junit.FuzzTest(maxDuration = "10m")
    void picture(byte[] bytes) throws IOException {
        PictureFormat format = PictureFormat.byContent(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 4096)));
        String extension = format == PictureFormat.NOT_A_PICTURE ? "png" : format.extension();
        Path file = fresh("picture").resolve("x." + extension);
        Files.write(file, bytes);
        PictureInfo info = Pictures.inspect(file, "images/x." + extension);
        assertTrue(info.ok() || (info.problem() != null && !info.problem().isBlank() && !info.fix().isBlank()), info.toString());
        if (!info.ok() || format == PictureFormat.SVG || (long) info.width() * info.height() > 2_000_000) {
            return;
        }
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException broken) {
            return; // the bake reports this picture as one it could not make ready, at its file (Build's bad-picture)
        }
        if (decoded != null) {
            boolean sideways = info.orientation() >= 5 && info.orientation() <= 8;
            assertEquals(sideways ? info.height() : info.width(), decoded.getWidth(), "width of " + info);
            assertEquals(sideways ? info.width() : info.height(), decoded.getHeight(), "height of " + info);
        }
    }

    // --- captions

    /** A WebVTT captions file: every mistake at a line of the file, in words; never an exception. */
    @com.code_intelligence.jazzer.junit.FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "webvtt.dict")
    void webVtt(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1).length;
        for (WebVtt.Mistake mistake : WebVtt.check(text)) {
            assertTrue(mistake.line() >= 1 && mistake.line() <= lines, mistake + " in a file of " + lines + " lines");
            assertTrue(mistake.cue() >= 0, mistake.toString());
            assertFalse(mistake.message().isBlank(), mistake.toString());
        }
    }

    // --- a video's sound

    /**
     * A video file: whether it has sound is read from its track table, never with an exception, and never with memory
     * a crafted table asks for. A file that does not start as MP4 does (a file type box) may have sound.
     */
    @com.code_intelligence.jazzer.junit.FuzzTest(maxDuration = "2m")
    @DictionaryFile(resourcePath = "mp4.dict")
    void soundtrack(byte[] bytes) throws IOException {
        Path file = fresh("soundtrack").resolve("x.mp4");
        Files.write(file, bytes);
        Soundtrack.Sound sound = Soundtrack.of(file);
        boolean mp4 = bytes.length >= 8 && new String(bytes, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp");
        assertTrue(mp4 || sound == Soundtrack.Sound.UNKNOWN, sound + " for a file that is not MP4");
        assertEquals(sound, Soundtrack.of(file), "the same file read twice");
    }

    // --- the rule itself

    @Test
    void theScriptFinderFindsScripts() {
        assertEquals(null, Hostile.scriptIn("<p><a href=\"https://example.org/\">ok</a></p>"));
        for (String bad : List.of("<script>x</script>", "<img src=x onerror=y>", "<a href=\" JaVa script:x\">x</a>",
                "<a href=\"java\tscript:x\">x</a>", "<iframe srcdoc=\"x\"></iframe>", "<a href=\"data:text/html,x\">x</a>")) {
            assertFalse(Hostile.scriptIn(bad) == null, bad);
        }
        assertFalse(Hostile.scriptInSvg("<svg><a xlink:href=\"javascript:x\"><text>x</text></a></svg>") == null);
        assertFalse(Hostile.scriptInSvg("<svg><set attributeName=\"onclick\" to=\"x\"/></svg>") == null);
    }

    private static void namesItsFileWithAFix(Problem problem) {
        assertTrue(problem.file().startsWith("content"), problem.toString());
        assertTrue(problem.line() >= 0, problem.toString());
        assertFalse(problem.message().isBlank(), problem.toString());
        assertTrue(problem.fix() != null && !problem.fix().isBlank(), "no fix: " + problem);
    }

    /** An empty folder for one run of a target (the last run's files gone). */
    private static Path fresh(String name) throws IOException {
        Path folder = WORK.resolve(name);
        Staging.deleteTree(folder);
        return Files.createDirectories(folder);
    }
}
