package org.socialcarefuture.northstar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.problem.Problem;

/**
 * Posts shaped like the movement's published ones (src/test/resources/real-posts/site.txtar): they must
 * publish first time, with warnings at most, and read right once published.
 */
class RealPostsIT {

    @TempDir
    Path dir;

    private TestSite bake() throws IOException {
        TestSite site = TestSite.of(dir, Files.readString(Path.of("src/test/resources/real-posts/site.txtar")))
                .baseUrl("https://socialcarefuture.blog/");
        // Three photos as a phone takes them: 12 megapixels, about 6 MB each, with the camera's EXIF and a GPS position.
        for (int i = 1; i <= 3; i++) {
            Files.write(site.content().resolve("blog/images/gathering-" + i + ".jpg"),
                    org.socialcarefuture.northstar.picture.TestPhotos.phonePhoto(4032, 3024, i == 2 ? 6 : 1, i));
        }
        return site;
    }

    @Test
    void theyPublishWithWarningsAndNoErrors() throws IOException {
        TestSite site = bake();
        Build.Result result = site.bake();
        List<Problem> warnings = result.warnings();
        assertEquals(8, result.pages());
        TestSite.keepForTheBrowserChecks(site.output(), Path.of("target/real-posts-site"));
        // Quoted words are the writers' criticism, not their own: the language check says nothing.
        assertTrue(warnings.stream().noneMatch(p -> p.rule().equals("language")), TestSite.lines(warnings));
        // What is left is worth knowing: which networks get a shorter pledge, and what pasted HTML lost.
        assertEquals(List.of("pasted-html", "pledge-length", "pledge-length", "pledge-length", "pledge-length"),
                warnings.stream().map(Problem::rule).sorted().toList(), TestSite.lines(warnings));
        Problem pasted = warnings.stream().filter(p -> p.rule().equals("pasted-html")).findFirst().orElseThrow();
        assertTrue(pasted.message().startsWith("the site takes <style> out of this pasted HTML"), pasted.message());
        assertTrue(warnings.stream().noneMatch(p -> p.message().contains("<o:p>") || p.message().contains("<font>")),
                "Word's empty markers and a font's look are not worth a warning (the words stay): " + TestSite.lines(warnings));
    }

    /** Phone photos carry where they were taken; for disabled people and carers photographed at home, that is their address. */
    @Test
    void noPublishedPictureCarriesAPositionOrACamera() throws Exception {
        TestSite site = bake();
        site.bake();
        int pictures = 0;
        try (var files = Files.walk(site.output())) {
            for (Path file : files.filter(p -> p.toString().matches(".*\\.(jpg|jpeg|png|webp|gif)$")).toList()) {
                com.drew.metadata.Metadata metadata = com.drew.imaging.ImageMetadataReader.readMetadata(file.toFile());
                assertTrue(metadata.getFirstDirectoryOfType(com.drew.metadata.exif.GpsDirectory.class) == null, file + " has a GPS position");
                assertTrue(metadata.getFirstDirectoryOfType(com.drew.metadata.exif.ExifIFD0Directory.class) == null, file + " has EXIF");
                pictures++;
            }
        }
        assertTrue(pictures >= 3 * 9, "the photos' sizes were all looked at: " + pictures);
        String page = site.file("blog/2021/06/our-gathering-in-pictures/index.html");
        assertEquals(3, Jsoup.parse(page).select(".content picture").size());
        assertTrue(Files.size(site.content().resolve("blog/images/gathering-1.jpg")) > 4_000_000, "a phone photo's weight");
    }

    @Test
    void theMeTooPledgeSharesWithItsLinkOnEveryNetwork() throws IOException {
        TestSite site = bake();
        Build.Result result = site.bake();
        assertTrue(result.warnings().stream().noneMatch(p -> p.file().endsWith("social-care-needs-a-metoo-moment.md")),
                TestSite.lines(result.warnings()));
        Document post = Jsoup.parse(site.file("blog/2021/01/social-care-needs-a-metoo-moment/index.html"));
        Element card = post.getElementById("pledge-1");
        String url = "https://socialcarefuture.blog/blog/2021/01/social-care-needs-a-metoo-moment/#pledge-1";
        for (String network : List.of("x", "bluesky", "mastodon", "whatsapp", "facebook", "linkedin", "email")) {
            String href = card.selectFirst("a.share-" + network).attr("href");
            assertTrue(java.net.URLDecoder.decode(href, java.nio.charset.StandardCharsets.UTF_8).contains(url), network + ": " + href);
        }
        assertTrue(card.selectFirst("blockquote").text().startsWith("I pledge. If I'm asked"), "the pledge as written");
    }

    @Test
    void pastedWordHtmlKeepsItsWordsAndLosesItsFormatting() throws IOException {
        TestSite site = bake();
        site.bake();
        Document post = Jsoup.parse(site.file("blog/2020/11/glimpses-of-the-future/index.html"));
        Element content = post.selectFirst(".content");
        assertTrue(content.text().contains("Over three days in November we held our first online festival."), content.text());
        assertTrue(content.text().contains("theatre and music"), content.text());
        assertTrue(content.select("[style], font, o\\:p").isEmpty(), content.html());
        Element decorative = content.selectFirst("img[src$=divider.svg]");
        assertEquals("", decorative.attr("alt"), "![decorative](...) is published as decoration");
        assertEquals("People on a video call, waving at the camera", content.selectFirst("img[src$=festival.svg]").attr("alt"));
        assertFalse(site.file("blog/2020/11/glimpses-of-the-future/index.html").contains("data-src"));
    }
}
