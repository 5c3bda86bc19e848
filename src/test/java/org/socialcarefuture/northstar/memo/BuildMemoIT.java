package org.socialcarefuture.northstar.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.Build;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.config.BuildOptions;
import org.socialcarefuture.northstar.problem.BuildFailedException;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.render.Theme;

/**
 * The preview remembers its last good build and redoes only what an edit changed. What matters to a
 * volunteer is that the preview never shows a stale page and never forgets a problem.
 */
class BuildMemoIT {

    static final String SITE = TestSite.SMALL_BLOG;

    /** A running preview's builds of one site: one theme, one memo. */
    private static final class Preview {
        final TestSite site;
        final Theme theme;
        final BuildMemo memo;

        Preview(TestSite site) {
            this(site, new BuildMemo());
        }

        private Preview(TestSite site, BuildMemo memo) {
            this.site = site;
            this.theme = TestSite.loadTheme(site.options());
            this.memo = memo;
        }

        /** A preview whose file watcher tells the memo what changed (see {@link #rebuildTold}). */
        static Preview watched(TestSite site) {
            return new Preview(site, BuildMemo.watched());
        }

        Build.Result rebuild() throws BuildFailedException {
            return new Build(site.options(), theme, memo).run();
        }

        /** A rebuild after the watcher reported these content paths (null: it lost track). */
        Build.Result rebuildTold(String... contentPaths) throws BuildFailedException {
            memo.contentChanged(contentPaths == null ? null : java.util.Set.of(contentPaths));
            return rebuild();
        }

        /** A rebuild after the watcher reported these content paths, expected to fail: what it found. */
        List<Problem> rebuildToldFails(String... contentPaths) {
            return assertThrows(BuildFailedException.class, () -> rebuildTold(contentPaths)).problems();
        }

        /** A rebuild on another day (the site's clock is fixed). */
        Build.Result rebuildOn(String instant) throws BuildFailedException {
            BuildOptions options = site.options();
            return new Build(new BuildOptions(options.content(), options.theme(), options.output(), options.site(), true,
                    Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)), theme, memo).run();
        }
    }

    @Test
    void anEditedTitleReachesEveryPageThatShowsIt(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, SITE);
        Preview preview = new Preview(site);
        preview.rebuild();
        String aboutBefore = site.file("about/index.html");

        site.write(SITE.replace("title: The first post", "title: A renamed post"));
        Build.Result second = preview.rebuild();

        assertTrue(site.file("blog/2021/01/first/index.html").contains("A renamed post"), "the page itself");
        assertTrue(site.file("blog/index.html").contains("A renamed post"), "the blog list");
        assertTrue(site.file("tags/pledge/index.html").contains("A renamed post"), "the tag page");
        assertTrue(site.file("blog/2021/02/second/index.html").contains("A renamed post"), "its neighbour's previous link");
        assertTrue(site.file("feed.xml").contains("A renamed post"), "the feed");
        assertTrue(site.file("search-index.json").contains("A renamed post"), "the search index");
        assertEquals(aboutBefore, site.file("about/index.html"));
        assertTrue(second.reused().startsWith("2 pages"), "the two unchanged pages were not rendered again: " + second.reused());
    }

    @Test
    void twoEventsEditedBetweenRebuildsBothReachTheEventsFeed(@TempDir Path dir) throws Exception {
        // The events feed was planned once for each changed event, so the second copy was a false "duplicate-url".
        String events = SITE + """
                -- content/events/webinar.md --
                ---
                title: Webinar on contributions
                start: 2027-06-10 14:30
                online: true
                joining: https://example.org/join
                ---
                What we will talk about.
                -- content/events/gathering.md --
                ---
                title: Winter gathering
                start: 2027-01-20 10:00
                location: "The Civic Hall, Leeds LS1 1UR"
                ---
                A day together.
                """;
        TestSite site = TestSite.of(dir, events);
        Preview preview = new Preview(site);
        preview.rebuild();

        site.write(events.replace("What we will talk about.", "What we will talk about: charges.").replace("A day together.", "A day in Leeds."));
        preview.rebuild();

        String feed = site.file("events/feed.xml");
        assertTrue(feed.contains("charges.") && feed.contains("A day in Leeds."), feed);
    }

    @Test
    void problemsOfUnchangedPagesAreStillReported(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, SITE);
        Preview preview = new Preview(site);
        List<Problem> first = preview.rebuild().warnings();
        assertTrue(first.stream().anyMatch(p -> p.rule().equals("language")), TestSite.lines(first));

        site.write(SITE.replace("Who we are.", "Who we are, and why."));
        List<Problem> second = preview.rebuild().warnings();

        assertEquals(first.stream().filter(p -> p.file().endsWith("first.md")).toList(),
                second.stream().filter(p -> p.file().endsWith("first.md")).toList());
    }

    @Test
    void aFailedBuildLeavesTheMemoAndThePagesAsTheyWere(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, SITE);
        Preview preview = new Preview(site);
        preview.rebuild();
        String before = site.file("blog/2021/02/second/index.html");

        site.write(SITE.replace("Some words.", "Some words.\n\n![](missing.png)"));
        assertThrows(BuildFailedException.class, () -> preview.rebuild());
        assertEquals(before, site.file("blog/2021/02/second/index.html"), "the last good page stays up");

        site.write(SITE.replace("Some words.", "Other words."));
        preview.rebuild();
        assertTrue(site.file("blog/2021/02/second/index.html").contains("Other words."));
    }

    @Test
    void aDeletedOutputFileIsWrittenAgain(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, SITE);
        Preview preview = new Preview(site);
        preview.rebuild();
        Files.delete(site.output().resolve("about/index.html"));

        preview.rebuild();

        assertTrue(site.file("about/index.html").contains("Who we are."));
    }

    @Test
    void aDeletedPostLeavesThePreviewAndItsLists(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, SITE);
        Preview preview = new Preview(site);
        preview.rebuild();
        assertTrue(site.has("blog/2021/01/first/index.html"));

        Files.delete(site.content().resolve("blog/2021-01-18-first.md"));
        preview.rebuild();

        assertTrue(!site.has("blog/2021/01/first/index.html"), "the page is removed");
        assertTrue(!site.file("blog/index.html").contains("The first post"), "and gone from the list");
    }

    @Test
    void aFileEditedWithoutChangingItsSizeIsReadAgain(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, SITE);
        Preview preview = new Preview(site);
        preview.rebuild();
        Path about = site.content().resolve("about.md");
        java.nio.file.attribute.FileTime before = Files.getLastModifiedTime(about);

        Files.writeString(about, Files.readString(about).replace("Who we are.", "Who we were"));
        Files.setLastModifiedTime(about, java.nio.file.attribute.FileTime.fromMillis(before.toMillis() + 1000));
        preview.rebuild();

        assertTrue(site.file("about/index.html").contains("Who we were"));
    }

    @Test
    void anEasyReadPageFollowsItsMainPageWhenOnlyTheMainPageChanged(@TempDir Path dir) throws Exception {
        String withEasyRead = SITE + """
                -- content/blog/2021-01-18-first.easy.md --
                ---
                title: The first post in easy read
                ---
                Easy words.
                """;
        TestSite site = TestSite.of(dir, withEasyRead);
        Preview preview = new Preview(site);
        preview.rebuild();
        assertTrue(site.has("blog/2021/01/first/easy-read/index.html"), site.listing());

        Path main = site.content().resolve("blog/2021-01-18-first.md");
        Files.writeString(main, Files.readString(main).replace("slug", "x").replace("date: 2021-01-18", "date: 2021-01-18\nslug: renamed"));
        preview.rebuild();

        assertTrue(site.has("blog/2021/01/renamed/easy-read/index.html"), "the easy-read page moved with its main page:\n" + site.listing());
    }

    @Test
    void aFuturePostLosesItsDraftBannerWhenItsDayComes(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, SITE.replace("date: 2021-02-18", "date: 2026-11-25"));
        Preview preview = new Preview(site);
        preview.rebuildOn("2026-11-24T12:00:00Z");
        assertTrue(site.file("blog/2026/11/second/index.html").contains("Draft preview"), "not yet published");

        preview.rebuildOn("2026-11-26T12:00:00Z");

        assertTrue(!site.file("blog/2026/11/second/index.html").contains("Draft preview"), "its day has come");
    }

    @Test
    void anotherThemeRendersEveryFileAgain(@TempDir Path dir) throws IOException, BuildFailedException {
        TestSite site = TestSite.of(dir, SITE);
        Preview preview = new Preview(site);
        preview.rebuild();

        Theme reloaded = TestSite.loadTheme(site.options());
        Build.Result again = new Build(site.options(), reloaded, preview.memo).run();

        assertTrue(again.reused().endsWith(" 0 files unchanged"), again.reused());
    }

    @Test
    void aLinkToARenamedHeadingIsFoundOnTheUnchangedPageThatHasIt(@TempDir Path dir) throws Exception {
        String linked = SITE.replace("Some words.", "Some words.\n\n## Why we pledge\n\nBecause.")
                .replace("Who we are.", "Who we are. Read [why we pledge](blog/2021-02-18-second.md#why-we-pledge).");
        TestSite site = TestSite.of(dir, linked);
        Preview preview = new Preview(site);
        preview.rebuild();

        site.write(linked.replace("## Why we pledge", "## What we pledge"));
        BuildFailedException failed = assertThrows(BuildFailedException.class, preview::rebuild);

        assertTrue(failed.problems().stream().anyMatch(p -> p.file().endsWith("about.md") && p.rule().equals("broken-anchor")),
                "about.md did not change, but the heading it links to did:\n" + TestSite.lines(failed.problems()));
    }

    @Test
    void anEditedPledgeReachesThePledgesPage(@TempDir Path dir) throws Exception {
        String withPledge = SITE.replace("Some words.", "Some words.\n\n```pledge\nI pledge to listen first.\n```");
        TestSite site = TestSite.of(dir, withPledge);
        Preview preview = new Preview(site);
        preview.rebuild();
        assertTrue(site.file("pledges/index.html").contains("I pledge to listen first."));

        site.write(withPledge.replace("listen first", "ask people what matters to them"));
        preview.rebuild();

        String pledges = site.file("pledges/index.html");
        assertTrue(pledges.contains("I pledge to ask people what matters to them.") && !pledges.contains("listen first"), pledges);
    }

    @Test
    void anEditReachesTheSitemapTheReportAndTheSearchIndex(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, SITE);
        Preview preview = new Preview(site);
        preview.rebuild();
        String longSentence = "This sentence about housing goes on for a good deal longer than twenty words so that the report lists it among the longest ones";

        site.write(SITE.replace("tags: [pledge]\n---\nWe talk", "tags: [pledge, housing]\n---\n" + longSentence + ".\n\nWe talk"));
        Build.Result second = preview.rebuild();

        assertTrue(second.reused().startsWith("2 pages"), "only the edited page was rendered again: " + second.reused());
        assertTrue(site.file("sitemap.xml").contains("/tags/housing/"), "the sitemap has the new tag's page");
        assertTrue(Files.readString(site.output().resolveSibling("a11y-report-preview").resolve("index.html")).contains(longSentence),
                "the accessibility report's readability table");
        assertTrue(site.file("search-index.json").contains("pledge housing"), "the search index has the new tag");
    }

    @Test
    void aWatchedPreviewLooksAtTheFilesItIsToldOf(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, SITE);
        Preview preview = Preview.watched(site);
        preview.rebuild();

        site.write(SITE.replace("Some words.", "Words the watcher saw."));
        preview.rebuildTold("blog/2021-02-18-second.md");
        assertTrue(site.file("blog/2021/02/second/index.html").contains("Words the watcher saw."), "a reported edit");

        site.write("""
                -- content/letters/2021-03-01-open-letter.md --
                ---
                title: An open letter
                date: 2021-03-01
                to: The Secretary of State
                ---
                We write to you.
                """);
        preview.rebuildTold("letters"); // a new folder: what is inside it is not reported
        assertTrue(site.has("letters/2021/03/open-letter/index.html"), "a page in a new folder:\n" + site.listing());

        Files.delete(site.content().resolve("about.md"));
        preview.rebuildTold("about.md");
        assertTrue(!site.has("about/index.html"), "a reported deletion");
    }

    @Test
    void aChangeReportedBeforeAFailedBuildIsStillSeenByTheNextGoodOne(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, SITE);
        Preview preview = Preview.watched(site);
        preview.rebuild();

        site.write(SITE.replace("Who we are.", "Who we are now.").replace("date: 2021-02-18", "date: 2021-02-31"));
        preview.rebuildToldFails("about.md", "blog/2021-02-18-second.md");

        site.write(SITE.replace("Who we are.", "Who we are now."));
        preview.rebuildTold("blog/2021-02-18-second.md"); // only the fix is reported this time

        assertTrue(site.file("about/index.html").contains("Who we are now."), "the edit made before the failed build");
    }

    @Test
    void aWatcherThatLostTrackMakesTheNextBuildLookAtEveryFile(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, SITE);
        Preview preview = Preview.watched(site);
        preview.rebuild();

        site.write(SITE.replace("Who we are.", "Who we are, unreported."));
        preview.rebuildTold((String[]) null);

        assertTrue(site.file("about/index.html").contains("Who we are, unreported."));
    }

    @Test
    void anEditToAPostsTextLeavesItsListsAndNeighboursAloneButReachesItsFeeds(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, SITE);
        Preview preview = new Preview(site);
        preview.rebuild();

        site.write(SITE.replace("Some words.", "Some other words."));
        Build.Result textEdit = preview.rebuild();
        site.write(SITE.replace("Some words.", "Some other words.").replace("title: The second post", "title: The 2nd post"));
        Build.Result titleEdit = preview.rebuild();

        assertTrue(site.file("feed.xml").contains("Some other words."), "the feed carries the text");
        // A title is shown on the blog list, the tag page, the month's archive page, the neighbour and the
        // home page; the text only on the page itself, its feeds and the search index.
        assertTrue(filesUnchanged(textEdit) - filesUnchanged(titleEdit) >= 5,
                "a text edit leaves the lists, the neighbour and the home page alone: " + textEdit.reused() + " / " + titleEdit.reused());
        assertTrue(site.file("blog/2021/01/first/index.html").contains("The 2nd post"), "the neighbour shows the new title");
    }

    /**
     * The preview after edits to pages' text only plans again just the files that show a body, and keeps
     * the rest of its last plan. Whatever it keeps, the site must be exactly what a preview started from
     * scratch would build: every file, byte for byte, after each edit to the movement's own pages (and
     * after two edits to front matter, which other pages' lists of related items show).
     */
    @Test
    void aPreviewAfterTextEditsIsTheSiteAFreshPreviewBuilds(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, "");
        TestSite.copyTree(Path.of("content"), site.content());
        TestSite.copyTree(Path.of("config"), dir.resolve("config"));
        Preview preview = Preview.watched(site);
        preview.rebuild();
        record Edit(String file, String from, String to) {
        }
        List<Edit> edits = List.of(
                new Edit("blog/2020-06-10-not-more-of-the-same.md", "## What we should build instead", "## What we should build"),
                new Edit("blog/2020-06-10-not-more-of-the-same.md", "about.", "about.\n\n```pledge\nI pledge to ask what matters.\n```"),
                new Edit("blog/2021-01-18-social-care-needs-a-metoo-moment.md", "## The pledge", "## The speakers' pledge"),
                new Edit("newsletters/2021-03-22-spring-update.md", "festival", "Festival"),
                new Edit("reports/whose-social-care-is-it-anyway.md", "## Five key changes", "## The five key changes"),
                new Edit("about.easy.md", "social care", "care and support"),
                // Front matter: the pages whose "More on these topics" lists show this post change too.
                new Edit("blog/2021-02-08-dignity-is-reciprocal.md", "tags: [language, equal life]", "tags: [language, equal life, vision]"),
                new Edit("blog/2020-06-10-not-more-of-the-same.md", "title: \"After Covid-19: not more", "title: \"After the pandemic: not more"));
        for (Edit edit : edits) {
            Path file = site.content().resolve(edit.file());
            String text = Files.readString(file);
            assertTrue(text.contains(edit.from()), edit.file() + " has \"" + edit.from() + "\"");
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(edit.from()), edit.to()));
            preview.rebuildTold(edit.file());

            Path fresh = dir.resolve("fresh");
            BuildOptions options = site.options();
            new Build(options.withOutput(fresh), TestSite.loadTheme(options.withOutput(fresh)), new BuildMemo()).run();
            assertEquals(tree(fresh), tree(site.output()), "after editing " + edit.file() + ": " + edit.to());
        }
    }

    @Test
    void aWatchedPreviewStillReportsWhatItSaidOfTheFilesThatDidNotChange(@TempDir Path dir) throws Exception {
        String site0 = SITE.replace("tags: [pledge]\n---\nWe talk", "tags: [pledge]\ncolour: blue\n---\nWe talk");
        TestSite site = TestSite.of(dir, site0);
        Preview preview = Preview.watched(site);
        List<Problem> first = preview.rebuild().warnings();
        assertTrue(first.stream().anyMatch(p -> p.file().endsWith("first.md") && p.rule().equals("language")), TestSite.lines(first));
        assertTrue(first.stream().anyMatch(p -> p.file().endsWith("first.md") && p.message().contains("colour")), TestSite.lines(first));

        site.write(site0.replace("Who we are.", "Who we are, and why."));
        List<Problem> second = preview.rebuildTold("about.md").warnings();
        assertEquals(first.stream().filter(p -> p.file().endsWith("first.md")).toList(),
                second.stream().filter(p -> p.file().endsWith("first.md")).toList());

        site.write(SITE.replace("title: About us", "title: About us\ndate: someday"));
        List<Problem> failed = preview.rebuildToldFails("about.md");
        assertTrue(failed.stream().anyMatch(p -> p.file().endsWith("about.md") && p.isError()), TestSite.lines(failed));

        site.write(SITE.replace("Who we are.", "Who we are, and how."));
        preview.rebuildTold("about.md");
        assertTrue(site.file("about/index.html").contains("Who we are, and how."));
    }

    @Test
    void aWatchedPreviewWritesItsWholeFolderAgainWhenTheFolderWasDeleted(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, SITE);
        Preview preview = Preview.watched(site);
        preview.rebuild();
        try (var files = Files.walk(site.output())) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }

        site.write(SITE.replace("Some words.", "Some other words."));
        preview.rebuildTold("blog/2021-02-18-second.md");

        assertTrue(site.file("blog/2021/02/second/index.html").contains("Some other words."), "the edited page");
        assertTrue(site.file("about/index.html").contains("Who we are."), "and the pages it did not change");
        assertTrue(site.has("blog/index.html") && site.has("feed.xml"), site.listing());
    }

    @Test
    void aNewPostRendersNoOtherPageAgain(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, SITE);
        Preview preview = Preview.watched(site);
        preview.rebuild();

        site.write("""
                -- content/blog/2021-03-18-third.md --
                ---
                title: The third post
                date: 2021-03-18
                ---
                New words.
                """);
        Build.Result added = preview.rebuildTold("blog/2021-03-18-third.md");

        assertTrue(added.reused().startsWith("3 pages"), "the three other pages were not rendered again: " + added.reused());
        assertTrue(site.file("blog/index.html").contains("The third post"), "the list has the new post");
        assertTrue(site.file("blog/2021/02/second/index.html").contains("The third post"), "and so does its neighbour");
    }

    @Test
    void aPageIsRenderedAgainWhenAPageItLinksToMoves(@TempDir Path dir) throws Exception {
        String linked = SITE.replace("Who we are.", "Who we are. Read [our second post](blog/2021-02-18-second.md).");
        TestSite site = TestSite.of(dir, linked);
        Preview preview = Preview.watched(site);
        preview.rebuild();
        assertTrue(site.file("about/index.html").contains("href=\"/blog/2021/02/second/\""), site.file("about/index.html"));

        site.write(linked.replace("date: 2021-02-18", "date: 2021-02-18\nslug: renamed"));
        Build.Result moved = preview.rebuildTold("blog/2021-02-18-second.md");

        assertTrue(site.file("about/index.html").contains("href=\"/blog/2021/02/renamed/\""), "the link follows the page it points at");
        assertTrue(moved.reused().startsWith("1 pages"), "the first post, which does not link to it, was not rendered again: " + moved.reused());
    }

    @Test
    void aBrokenLinkAddedToAPostsTextIsFoundAndGoesWhenFixed(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, SITE);
        Preview preview = Preview.watched(site);
        preview.rebuild();

        site.write(SITE.replace("Some words.", "Some words. See [the reasons](#the-reasons)."));
        List<Problem> failed = preview.rebuildToldFails("blog/2021-02-18-second.md");
        assertTrue(failed.stream().anyMatch(p -> p.file().endsWith("second.md") && p.rule().equals("broken-anchor")),
                TestSite.lines(failed));

        site.write(SITE.replace("Some words.", "Some words. See [the reasons](#the-reasons).\n\n## The reasons\n\nBecause."));
        preview.rebuildTold("blog/2021-02-18-second.md");
        site.write(SITE.replace("Some words.", "Some words. See [the reasons](#the-reasons).\n\n## The causes\n\nBecause."));
        failed = preview.rebuildToldFails("blog/2021-02-18-second.md");
        assertTrue(failed.stream().anyMatch(p -> p.rule().equals("broken-anchor")), "a heading renamed under its link");

        site.write(SITE.replace("Some words.", "Some words. See [the causes](#the-causes).\n\n## The causes\n\nBecause."));
        assertTrue(preview.rebuildTold("blog/2021-02-18-second.md").warnings().stream().noneMatch(p -> p.rule().startsWith("broken")));
    }

    /**
     * Every file of a site folder with its text (pictures and recordings by their bytes' hash, a PDF by its pages' words and
     * links: its bytes carry the moment it was made), for comparing two sites whole.
     */
    private static java.util.Map<String, String> tree(Path root) throws IOException {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                boolean binary = name.matches(".*\\.(png|jpg|jpeg|webp|gif|mp3|mp4|m4a|ogg|wasm)$");
                if (name.endsWith(".pdf")) {
                    files.put(name, org.socialcarefuture.northstar.pdf.PdfIT.readable(file));
                    continue;
                }
                files.put(name, binary ? java.util.Arrays.hashCode(Files.readAllBytes(file)) + " (" + Files.size(file) + " bytes)"
                        : Files.readString(file));
            }
        }
        return files;
    }

    private static int filesUnchanged(Build.Result result) {
        java.util.regex.Matcher files = java.util.regex.Pattern.compile("(\\d+) files unchanged").matcher(result.reused());
        assertTrue(files.find(), result.reused());
        return Integer.parseInt(files.group(1));
    }
}
