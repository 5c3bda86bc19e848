package org.socialcarefuture.northstar.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.Build;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.cli.Main;
import org.socialcarefuture.northstar.config.BuildOptions;
import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.problem.BuildFailedException;
import org.socialcarefuture.northstar.problem.Problem;

/**
 * A bake in a new JVM reuses what earlier bakes made (target/.north-star-cache/bake/) and makes again only what an
 * edit changed. What a volunteer and a reader must be able to count on: the site is exactly the one a clean bake
 * makes, every file byte for byte, with the same problems reported, whatever was edited.
 */
class BakeCacheIT {

    /** One edit to the site: a file under the site's folder, a text in it and what it becomes (to "" with no from: a new file; from with null to: deleted). */
    private record Edit(String file, String from, String to) {
    }

    @Test
    void aCachedBakeAfterEachEditIsTheSiteACleanBakeMakes(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, "");
        TestSite.copyTree(Path.of("content"), site.content());
        TestSite.copyTree(Path.of("config"), dir.resolve("config"));
        Files.createDirectories(dir.resolve("theme/templates"));
        Path settings = dir.resolve("site.yml");
        // PDFs off here: they have their own cache and its test (PdfIT), and a clean bake would make all nine each time.
        Files.writeString(settings, Files.readString(Path.of("src/test/resources/test-site.yml")) + "\npdfs: []\n");

        Build.Result first = bake(dir, true, dir.resolve("site"));
        assertTrue(first.reused().startsWith("0 pages and 0 files"), "an empty cache: everything made, " + first.reused());
        int pages = first.pages();
        Build.Result again = bake(dir, true, dir.resolve("site"));
        // All but the page with a recording (made every time: its transcript and captions are files of their own) and
        // site.json (written as it is made, from the settings, with no template or check to save).
        assertEquals((pages - 1) + " pages and " + (again.files() - 1) + " files from the cache", reusedPart(again),
                "nothing changed: every other page and file from the cache");

        List<Edit> edits = List.of(
                // the words of one post
                new Edit("content/blog/2020-06-10-not-more-of-the-same.md", "## What we should build instead", "## What we should build"),
                // a pledge added: the pledges page and its share links
                new Edit("content/blog/2020-06-10-not-more-of-the-same.md", "about.", "about.\n\n```pledge\nI pledge to ask what matters.\n```"),
                // front matter that other pages show: tags, then a title in lists, feeds, neighbours and "More on these topics"
                new Edit("content/blog/2021-02-08-dignity-is-reciprocal.md", "tags: [language, equal life]", "tags: [language, equal life, vision]"),
                new Edit("content/blog/2020-06-10-not-more-of-the-same.md", "title: \"After Covid-19: not more", "title: \"After the pandemic: not more"),
                // an easy-read page, and a language problem on an unchanged page must still be reported
                new Edit("content/about.easy.md", "social care", "care and support"),
                // a new post in every list, feed and tag page; then it goes again
                new Edit("content/blog/2022-05-01-new-post.md", null, "---\ntitle: A new post\ndate: 2022-05-01\ntags: [vision]\n---\nNew words here.\n"),
                new Edit("content/blog/2022-05-01-new-post.md", null, null),
                // the writing settings: a new phrase to avoid, found on pages whose files did not change
                new Edit("config/language.yml", "phrases:", "phrases:\n  - phrase: equal life\n    reason: a test of the settings reaching pages that did not change\n    instead: [a good life]"),
                // the theme: a template of the site's own, which every page uses
                new Edit("theme/templates/layout.ftl", null, null),
                // the site settings
                new Edit("site.yml", "title: Social Care Future", "title: Social Care Future, renamed"));
        for (Edit edit : edits) {
            apply(dir, edit);
            Build.Result cached = bake(dir, true, dir.resolve("site"));
            Build.Result clean = bake(dir, false, dir.resolve("clean").resolve("site"));
            String what = "after editing " + edit.file() + (edit.to() == null ? "" : ": " + edit.to());
            assertEquals(digests(clean.output()), digests(cached.output()), what);
            assertEquals(clean.warnings(), cached.warnings(), what + ": the same problems, each at its place");
            assertEquals("", clean.reused(), "a bake with --no-cache reuses nothing");
        }
        // Another day: the movement's event is over and moves from upcoming to past on every page that lists it.
        java.time.Instant later = TestSite.TODAY.plus(java.time.Duration.ofDays(400));
        Build.Result cachedLater = bake(dir, true, dir.resolve("site"), later);
        Build.Result cleanLater = bake(dir, false, dir.resolve("clean").resolve("site"), later);
        assertEquals(digests(cleanLater.output()), digests(cachedLater.output()), "a bake 400 days later");
        assertTrue(Files.readString(cachedLater.output().resolve("events/index.html")).contains("Nothing is planned just now."),
                "the open session of May 2027 is past by then");
        bake(dir, true, dir.resolve("site"));

        // Every edit above made something again; the unchanged rest came from the cache, so the cache was used.
        Files.writeString(dir.resolve("content/blog/2020-06-10-not-more-of-the-same.md"),
                Files.readString(dir.resolve("content/blog/2020-06-10-not-more-of-the-same.md")).replace("## What we should build", "## What we build"));
        Build.Result oneEdit = bake(dir, true, dir.resolve("site"));
        assertTrue(reusedPart(oneEdit).startsWith((oneEdit.pages() - 2) + " pages"), "one edited post: every other page from the cache, "
                + oneEdit.reused());
    }

    /** The new layout.ftl of the theme edit: the bundled one with a line of its own in every page's footer. */
    private static void apply(Path dir, Edit edit) throws IOException {
        Path file = dir.resolve(edit.file());
        if (edit.file().endsWith("layout.ftl")) {
            String bundled = Files.readString(Path.of("themes/default/templates/layout.ftl"));
            Files.writeString(file, bundled.replaceFirst("</footer>", "<p>Made with North Star.</p></footer>"));
            assertTrue(Files.readString(file).contains("Made with North Star"), "the theme edit took");
            return;
        }
        if (edit.from() == null && edit.to() == null) {
            Files.delete(file);
            return;
        }
        if (edit.from() == null) {
            Files.writeString(file, edit.to());
            return;
        }
        String text = Files.readString(file);
        assertTrue(text.contains(edit.from()), edit.file() + " has \"" + edit.from() + "\"");
        Files.writeString(file, text.replaceFirst(Pattern.quote(edit.from()), edit.to()));
    }

    @Test
    void problemsOfPagesFromTheCacheStopTheBakeAsBefore(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, """
                -- content/blog/2021-01-18-first.md --
                ---
                title: The first post
                date: 2021-01-18
                ---
                We talk about the burden of paperwork.

                ![](missing.png)
                -- content/about.md --
                ---
                title: About us
                ---
                Who we are.
                """);
        List<Problem> first = TestSite.bakeFails(site.options());
        List<Problem> second = TestSite.bakeFails(site.options());
        assertEquals(first, second, "the failed bake's pages were kept, and say the same again");
        assertTrue(second.stream().anyMatch(p -> p.isError() && p.file().endsWith("first.md") && p.line() == 7), TestSite.lines(second));
        assertTrue(second.stream().anyMatch(p -> p.rule().equals("language") && p.file().endsWith("first.md")), TestSite.lines(second));
        assertFalse(Files.exists(site.output()), "nothing was published");
    }

    @Test
    void aDamagedCacheIsMadeAgain(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, TestSite.SMALL_BLOG);
        Build.Result first = Build.bake(site.options());
        Map<String, String> made = digests(first.output());
        assertTrue(entries(dir) > 10, "the bake kept its pages and files: " + entries(dir));
        // A disk error in the middle of the pack, and the last entries cut off.
        Path pack = packs(dir).get(0);
        byte[] bytes = Files.readAllBytes(pack);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(pack, java.util.Arrays.copyOf(bytes, bytes.length - 100));

        Build.Result second = Build.bake(site.options());
        assertEquals(made, digests(second.output()), "the same site");
        assertTrue(second.reused().matches(".*\\(\\d+ unreadable entries made again\\)"), second.reused());
        Build.Result third = Build.bake(site.options());
        assertFalse(third.reused().contains("unreadable"), "kept again whole: " + third.reused());
        assertEquals(made, digests(third.output()));
    }

    @Test
    void aCacheThatCannotBeWrittenStillGivesTheWholeSite(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, TestSite.SMALL_BLOG);
        Files.createDirectories(dir.resolve(".north-star-cache"));
        Files.writeString(dir.resolve(".north-star-cache/bake-site"), "a file where the cache's folder would be");
        Map<String, String> made = digests(Build.bake(site.options()).output());
        Path clean = dir.resolve("clean");
        TestSite other = TestSite.of(clean, TestSite.SMALL_BLOG);
        assertEquals(digests(Build.bake(other.options().withoutCache()).output()), made);
        assertEquals(made, digests(Build.bake(site.options()).output()), "and again");
    }

    @Test
    void anUnchangedFileIsTakenFromTheLastSiteUnlessSomeoneChangedItThere(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, TestSite.SMALL_BLOG);
        Map<String, String> made = digests(Build.bake(site.options()).output());
        Path about = site.output().resolve("about/index.html");
        Path first = site.output().resolve("blog/2021/01/first/index.html");
        Object firstFile = Files.readAttributes(first, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        Object folder = Files.readAttributes(site.output(), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        // Someone edits the published site by hand (or a tool rewrites a file): the next bake puts it right.
        Files.writeString(about, Files.readString(about).replace("Who we are.", "Who we were."));

        Build.Result again = Build.bake(site.options());
        assertEquals(made, digests(again.output()), "the site as a clean bake makes it, the edited file put right");
        Object firstAgain = Files.readAttributes(first, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        if (firstFile != null) { // a system that names files (Linux, macOS): the unchanged page is the same file, linked, not rewritten
            assertEquals(firstFile, firstAgain, "the unchanged page stayed where it was, untouched");
            assertEquals(folder, Files.readAttributes(site.output(), java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                    "the site was updated, not written whole again");
        }
    }

    @Test
    void theCacheHoldsOneSitesWorthAndNoCacheKeepsNothing(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, TestSite.SMALL_BLOG);
        Build.bake(site.options());
        int kept = entries(dir);
        for (int edit = 1; edit <= 3; edit++) {
            site.write(TestSite.SMALL_BLOG.replace("Some words.", "Some words, edit " + edit + "."));
            Build.bake(site.options());
        }
        assertEquals(kept, entries(dir), "what the edits replaced was dropped after each published bake");

        // The command line: --no-cache reads nothing kept and keeps nothing.
        Path other = dir.resolve("other");
        TestSite fresh = TestSite.of(other, TestSite.SMALL_BLOG);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
                Clock.fixed(TestSite.TODAY, ZoneOffset.UTC)).run(new String[] {"bake", "--content", fresh.content().toString(),
                "--output", fresh.output().toString(), "--config", "src/test/resources/test-site.yml", "--no-cache"});
        assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(fresh.output().resolve("index.html")));
        // (Only the theme's work folder is there: the bundled theme laid out as files, not anything made from the site.)
        try (Stream<Path> folders = Files.list(other.resolve(".north-star-cache"))) {
            assertEquals(List.of("theme-site"), folders.map(p -> p.getFileName().toString()).toList(), "nothing kept for the next bake");
        }
    }

    private static Build.Result bake(Path dir, boolean cache, Path output) throws IOException, BuildFailedException {
        return bake(dir, cache, output, TestSite.TODAY);
    }

    private static Build.Result bake(Path dir, boolean cache, Path output, java.time.Instant day) throws IOException, BuildFailedException {
        SiteConfig settings = SiteConfig.load(dir.resolve("site.yml"));
        Path theme = dir.resolve("theme");
        BuildOptions options = new BuildOptions(dir.resolve("content"), theme, output, settings, false,
                Clock.fixed(day, ZoneOffset.UTC), cache);
        return Build.bake(options);
    }

    /** "N pages and M files from the cache", without what follows. */
    private static String reusedPart(Build.Result result) {
        return result.reused().replaceFirst(" \\(.*", "");
    }

    /** How many entries the bake cache's index holds. */
    private static int entries(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve(".north-star-cache/bake-site/index.tsv")).size() - 1;
    }

    private static List<Path> packs(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir.resolve(".north-star-cache/bake-site"))) {
            return list.filter(p -> p.getFileName().toString().endsWith(".bin")).sorted().toList();
        }
    }

    /** Every file of a site with a digest of its bytes. */
    static Map<String, String> digests(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return files;
    }
}
