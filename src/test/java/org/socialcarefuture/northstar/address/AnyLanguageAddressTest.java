package org.socialcarefuture.northstar.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.problem.Problem;

/**
 * What a volunteer sees of addresses: tags in any language publish with pages and feeds that work, a very long
 * tag, author or old address is bounded or refused at its file, and a link no page can have is a broken link
 * at its line, never a crash.
 */
class AnyLanguageAddressTest {

    @TempDir
    Path dir;

    private static String post(String name, String title, String frontMatter, String body) {
        return "-- content/blog/2021-03-15-" + name + ".md --\n---\ntitle: " + title + "\ndate: 2021-03-15\n" + frontMatter
                + "---\n" + body + "\n";
    }

    @Test
    void tagsInUrduChineseGreekAndPolishPublishWithWorkingTagPagesAndFeeds() throws IOException {
        List<String> tags = List.of("سماجی نگہداشت", "社会护理", "κοινωνική φροντίδα", "opieka społeczna");
        StringBuilder txtar = new StringBuilder();
        for (int i = 0; i < tags.size(); i++) {
            txtar.append(post("post-" + i, "Care in words number " + i, "tags: [\"" + tags.get(i) + "\"]\n", "Some words about care."));
        }
        TestSite site = TestSite.of(dir, txtar.toString());
        site.bake();
        for (int i = 0; i < tags.size(); i++) {
            Document post = Jsoup.parse(site.file("blog/2021/03/post-" + i + "/index.html"));
            Element tagLink = post.select(".tag-list a").first();
            assertTrue(tagLink != null, "the post shows its tag as a link");
            assertTrue(tagLink.text().endsWith(tags.get(i)), "the tag is shown as it was written: " + tagLink.text());
            String href = tagLink.attr("href");
            assertTrue(href.matches("/tags/[a-z0-9-]+/"), "a readable ASCII address: " + href);
            Document tagPage = Jsoup.parse(site.file(href.substring(1) + "index.html"));
            assertTrue(tagPage.text().contains(tags.get(i)), "the tag page names the tag");
            assertTrue(tagPage.text().contains("Care in words number " + i), "the tag page lists the post");
            List<String> feeds = tagPage.select("link[rel=alternate]").eachAttr("href");
            String feed = feeds.stream().filter(f -> f.startsWith(href) && f.endsWith(".xml")).findFirst()
                    .orElseThrow(() -> new AssertionError("the tag page links its own feed: " + feeds));
            String xml = site.file(feed.substring(1));
            assertTrue(xml.contains("Care in words number " + i), "the feed carries the post");
        }
        assertEquals("/tags/opieka-spoleczna/", Jsoup.parse(site.file("blog/2021/03/post-3/index.html")).select(".tag-list a").attr("href"));
    }

    @Test
    void aVeryLongTagAndAuthorPublishUnderABoundedReadableAddress() throws IOException {
        String tag = "social care ".repeat(30).strip();
        String author = "Ann Example Writer ".repeat(22).strip().substring(0, 400);
        TestSite site = TestSite.of(dir, post("long", "A post with long names", "tags: [\"" + tag + "\"]\nauthor: \"" + author + "\"\n", "Words.")
                + post("other", "Another post", "tags: [pledge]\n", "Words."));
        site.bake();
        Document page = Jsoup.parse(site.file("blog/2021/03/long/index.html"));
        String tagHref = page.select(".tag-list a").attr("href");
        assertTrue(tagHref.startsWith("/tags/social-care-social-care-"), tagHref);
        assertTrue(tagHref.length() <= "/tags/".length() + Addresses.SEGMENT_BYTES + 1, tagHref);
        assertTrue(site.has(tagHref.substring(1) + "index.html"));
        try (var walk = Files.walk(site.output())) {
            walk.forEach(path -> assertTrue(path.getFileName().toString().getBytes(StandardCharsets.UTF_8).length <= Addresses.SEGMENT_BYTES + 20,
                    "every name in the site is bounded: " + path));
        }
        assertTrue(site.listing().contains("authors/ann-example-writer-ann-example-writer"), "the author's page is there");
    }

    @Test
    void aVeryLongOldAddressIsAClearErrorAtItsFileAndTheOtherPostsAreStillChecked() {
        String alias = "/" + "old-address-".repeat(30) + "/";
        TestSite site = dirSite(post("long", "A post with an old address", "aliases: [\"" + alias + "\"]\n", "Words.")
                + post("other", "Another post", "", "Read [nothing](missing.md) here."));
        List<Problem> problems = site.bakeFails();
        Problem aliasProblem = problems.stream().filter(p -> p.message().contains("alias")).findFirst().orElseThrow(() -> new AssertionError(TestSite.lines(problems)));
        assertTrue(aliasProblem.file().endsWith("blog/2021-03-15-long.md"), aliasProblem.toString());
        assertEquals(4, aliasProblem.line(), "the aliases: line");
        assertTrue(aliasProblem.message().contains("360 bytes"), aliasProblem.message());
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("2021-03-15-other.md")), "the other post is still checked:\n" + TestSite.lines(problems));
        assertFalse(TestSite.lines(problems).contains("disk"), TestSite.lines(problems));
    }

    @Test
    void oldUnicodeAndPercentEncodedWordPressAddressesStillRedirect() throws IOException {
        TestSite site = dirSite(post("care", "Care in Chinese", "aliases: [\"/2019/05/%e7%a4%be%e4%bc%9a/\", \"/2019/06/społeczna/\"]\n", "Words.")
                + post("links", "Links to old addresses", "", "See [the old one](/2019/05/%E7%A4%BE%E4%BC%9A/) and [the other](/2019/06/spo%C5%82eczna/)."));
        site.bake();
        String redirect = site.file("2019/05/社会/index.html");
        assertTrue(redirect.contains("/blog/2021/03/care/"), "the old address leads to the post");
        assertTrue(site.has("2019/06/społeczna/index.html"));
    }

    @Test
    void aLinkWithANulIsABrokenLinkAtItsLine() {
        TestSite site = dirSite(post("nul", "A post with a strange link", "", "Some words.\n\nRead [the report](foo%00bar) today.")
                + post("fine", "A fine post", "", "Words."));
        List<Problem> problems = site.bakeFails();
        assertEquals(1, problems.stream().filter(Problem::isError).count(), TestSite.lines(problems));
        Problem broken = problems.stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals("broken-link", broken.rule());
        assertTrue(broken.file().endsWith("blog/2021-03-15-nul.md"), broken.toString());
        assertEquals(7, broken.line(), broken.toString());
        assertTrue(broken.message().contains("foo%00bar"), broken.message());
    }

    @Test
    void aPhotoWhoseNameLeavesNoRoomForItsSizesIsAnErrorAtThePhotoNotTheDisk() throws IOException {
        String name = "p".repeat(246) + ".jpg"; // 250 bytes: fine on disk, but photo-1280w.webp would be 257
        TestSite site = dirSite(post("photo", "A post with a photo", "", "![A garden in the sun](../images/" + name + ")")
                + post("other", "Another post", "", "Words."));
        Files.createDirectories(site.content().resolve("images"));
        Files.write(site.content().resolve("images/" + name), org.socialcarefuture.northstar.picture.TestPhotos.phonePhoto(2000, 1500, 1, 7));
        List<Problem> problems = site.bakeFails();
        Problem problem = problems.stream().filter(p -> p.rule().equals("address")).findFirst()
                .orElseThrow(() -> new AssertionError(TestSite.lines(problems)));
        assertTrue(problem.file().endsWith("images/" + name), problem.toString());
        assertTrue(problem.fix().contains("shorter file name"), problem.toString());
        assertFalse(TestSite.lines(problems).contains("disk has space"), TestSite.lines(problems));
    }

    private TestSite dirSite(String txtar) {
        try {
            return TestSite.of(dir, txtar);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
