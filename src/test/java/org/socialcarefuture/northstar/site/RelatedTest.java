package org.socialcarefuture.northstar.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.TestSite;

/** "More on these topics" under a post: what a reader finds there, and what is left out. */
class RelatedTest {

    @TempDir
    Path dir;

    private static String post(String slug, String date, String title, String tags) {
        return "-- content/blog/" + date + "-" + slug + ".md --\n---\ntitle: " + title + "\ndate: " + date + "\ntags: [" + tags
                + "]\n---\nSome words about " + title.toLowerCase() + ".\n";
    }

    private static List<String> related(TestSite site, String path) throws IOException {
        Document page = Jsoup.parse(site.file(path));
        return page.select("nav.related a").eachText();
    }

    @Test
    void itemsSharingTheMostTagsComeFirstNearestInTimeAndNeighboursAreLeftOut() throws IOException {
        TestSite site = TestSite.of(dir, post("p1", "2021-01-01", "Twin", "a, b")
                + post("p2", "2021-02-01", "Two", "a")
                + post("p3", "2021-03-01", "Three", "a")           // the older neighbour: linked below anyway
                + post("p4", "2021-04-01", "Four", "a, b")
                + post("p5", "2021-05-01", "Five", "x")            // the newer neighbour, nothing in common
                + post("p6", "2021-06-01", "Twin", "a, b")         // the same title as p1: lists tell them apart by date
                + post("p7", "2021-07-01", "Seven", "b")
                + post("p8", "2021-08-01", "Eight", "a"));
        site.bake();

        Document four = Jsoup.parse(site.file("blog/2021/04/p4/index.html"));
        assertEquals(List.of("Twin", "Two", "Seven"), four.select("nav.related a").eachText(),
                "two shared tags first, then one, the nearest in time first; one Twin only, so no two links say the same");
        assertEquals("/blog/2021/06/p6/", four.select("nav.related a").first().attr("href"), "the nearer Twin");
        assertEquals("1 June 2021", four.select("nav.related li").first().selectFirst("time").text());
        assertEquals("More on these topics", four.select("#related-title").text());

        assertEquals(List.of("Four"), related(site, "blog/2021/07/p7/index.html"),
                "only items sharing a tag; the other Twin is left out, as its older neighbour is called Twin too");
        assertTrue(Jsoup.parse(site.file("blog/2021/05/p5/index.html")).select("nav.related").isEmpty(), "no shared tag, no list");
        assertEquals(2, Jsoup.parse(site.file("tags/a/index.html")).select("a:containsOwn(Twin)").size(),
                "both Twins are listed under their tag, with their dates beside them");
    }

    @Test
    void aTagOnManyPostsIsLookedAtOnlyNearThePost() throws IOException {
        StringBuilder posts = new StringBuilder();
        for (int day = 1; day <= 28; day++) {
            posts.append(post("d" + day, String.format("2021-02-%02d", day), "Day " + day, "diary"));
        }
        TestSite site = TestSite.of(dir, posts.toString());
        site.bake();

        assertEquals(List.of("Day 3", "Day 4", "Day 5"), related(site, "blog/2021/02/d1/index.html"),
                "the nearest in time, past its newer neighbour (Day 2)");
        assertEquals(List.of("Day 16", "Day 12", "Day 17"), related(site, "blog/2021/02/d14/index.html"),
                "two days either way (the newer first), then three");
    }
}
