package org.socialcarefuture.northstar.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.problem.Problem;

import com.rometools.modules.itunes.EntryInformation;
import com.rometools.modules.itunes.ITunes;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

/** Recordings: a video that asks nothing of YouTube until played, audio of our own, transcripts and captions (WCAG 1.2.1-1.2.3). */
class MediaTest {

    @TempDir
    Path dir;

    static final String TALK = """
            -- content/blog/2021-05-01-talk.md --
            ---
            title: Anna's talk
            date: 2021-05-01
            video: https://youtu.be/abcdefghijk
            transcript: talk.transcript.md
            ---
            Anna spoke about the pledge.
            -- content/blog/talk.transcript.md --
            Thank you for having me. I want to talk about conferences and the pledge.
            """;

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).map(p -> p.file().substring(p.file().lastIndexOf('/') + 1) + ":" + p.line() + " "
                + p.message()).toList();
    }

    @Test
    void aYouTubeVideoWaitsAsAPlaceholderUntilPlayedAndItsTranscriptIsOnThePageAndInSearch() throws IOException {
        TestSite site = TestSite.of(dir, TALK);
        site.bake();
        Document page = Jsoup.parse(site.file("blog/2021/05/talk/index.html"));
        assertTrue(page.select("iframe, img[src*=youtube], script[src*=youtube]").isEmpty(), "nothing asked of YouTube as the page loads");
        assertEquals("https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1", page.select(".video-placeholder").attr("data-embed"));
        assertEquals("Video: Anna's talk", page.select(".video-placeholder").attr("data-title"));
        assertEquals("https://www.youtube.com/watch?v=abcdefghijk", page.select("figure.recording figcaption a").attr("href"));
        assertTrue(page.select(".video-play").hasAttr("hidden"), "the play button waits for JavaScript; the link works without");
        assertTrue(page.select("meta[http-equiv=Content-Security-Policy]").attr("content").contains("frame-src https://www.youtube-nocookie.com;"));
        assertTrue(page.select("details.transcript[open]").text().contains("I want to talk about conferences"));
        assertTrue(site.file("search-index.json").contains("conferences"), "the transcript's words are found by search");
        assertFalse(site.has("blog/talk.transcript.md"), "a transcript is shown with its recording, not published on its own");
        assertFalse(site.has("blog/talk.transcript/index.html"));
    }

    @Test
    void aPastedYouTubePlayerBecomesThePlaceholderAndNeedsATranscriptToo() throws IOException {
        String pasted = "<iframe src=\"https://www.youtube.com/embed/abcdefghijk\" title=\"Video: the festival\"></iframe>";
        TestSite site = TestSite.of(dir, "-- content/about.md --\n---\ntitle: About\n---\nOur festival.\n\n" + pasted + "\n");
        assertEquals(List.of("about.md:6 [WCAG 1.2.3 transcript policy] this video needs a transcript, for people who cannot see or hear it or cannot play it"),
                lines(site.bakeFails()));

        Files.writeString(site.content().resolve("about.md"), "---\ntitle: About\n---\nOur festival.\n\n" + pasted
                + "\n\n## Transcript\n\nPeople talk about the festival.\n");
        site.bake();
        Document page = Jsoup.parse(site.file("about/index.html"));
        assertTrue(page.select("iframe").isEmpty(), "the pasted player is not loaded with the page");
        assertEquals("Video: the festival", page.select(".video-placeholder").attr("data-title"));
    }

    /**
     * A video of our own with no sound (a film of a place, or signed): the bake reads its file, and asks no captions
     * of it, while the transcript (what is seen) is still asked for. One with sound still needs captions. The files
     * are the W3C ACT Rules' test videos, kept as their track tables (src/test/resources/act/strip-media.py).
     */
    @Test
    void aSilentVideoOfOurOwnNeedsNoCaptionsButOneWithSoundDoes() throws IOException {
        Path act = Path.of("src/test/resources/act/test-assets/rabbit-video");
        String post = "-- content/blog/2021-05-01-garden.md --\n---\ntitle: Our garden\ndate: 2021-05-01\nvideo: garden.mp4\n---\n"
                + "Our garden, filmed in the spring.\n\n## Transcript\n\nThe film goes round the garden from the gate: the raised"
                + " beds, the bench by the wall, and the path a wheelchair can take all the way round. Nobody speaks.\n";
        TestSite silent = TestSite.of(dir.resolve("silent"), post);
        Files.copy(act.resolve("silent.mp4"), silent.content().resolve("blog/garden.mp4"));
        silent.bake(); // fails the test if the bake finds a problem
        Document page = Jsoup.parse(silent.file("blog/2021/05/garden/index.html"));
        assertEquals("/blog/garden.mp4", page.select("video").attr("src"));
        assertTrue(page.select("video track").isEmpty(), page.select("video").outerHtml());
        assertTrue(page.text().contains("Nobody speaks"), "the transcript is on the page");

        TestSite sound = TestSite.of(dir.resolve("sound"), post);
        Files.copy(act.resolve("video.mp4"), sound.content().resolve("blog/garden.mp4"));
        assertEquals(List.of("2021-05-01-garden.md:4 [WCAG 1.2.2 captions ACT f51b46] a video of our own needs captions, for people who cannot hear it"),
                lines(sound.bakeFails()));
    }

    @Test
    void aRecordingWithoutATranscriptIsAnErrorAtItsLine() throws IOException {
        TestSite site = TestSite.of(dir, "-- content/blog/2021-05-01-talk.md --\n---\ntitle: Talk\ndate: 2021-05-01\n"
                + "video: https://vimeo.com/123456789\n---\nWords.\n");
        List<String> errors = lines(site.bakeFails());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("2021-05-01-talk.md:4 [WCAG 1.2.3 transcript policy] a recording needs a transcript"), errors.get(0));
    }

    @Test
    void aVideoOfOurOwnNeedsCaptionsThatABrowserCanRead() throws IOException {
        TestSite site = TestSite.of(dir, """
                -- content/blog/2021-05-01-talk.md --
                ---
                title: Talk
                date: 2021-05-01
                video: talk.mp4
                ---
                Words.

                ## Transcript

                What was said.
                -- content/blog/talk.mp4 --
                not really a video
                """);
        List<String> errors = lines(site.bakeFails());
        assertEquals(List.of("2021-05-01-talk.md:4 [WCAG 1.2.2 captions ACT f51b46] a video of our own needs captions, for people who cannot hear it"), errors);

        Files.writeString(site.content().resolve("blog/2021-05-01-talk.md"), "---\ntitle: Talk\ndate: 2021-05-01\nvideo: talk.mp4\n"
                + "captions: talk.vtt\n---\nWords.\n\n## Transcript\n\nWhat was said.\n");
        Files.writeString(site.content().resolve("blog/talk.vtt"), "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nHello.\n\n"
                + "00:00:05.000 --> 00:00:03.000\nBackwards.\n\n00:00:06.000 --> 00:00:08.000\n\n");
        errors = lines(site.bakeFails());
        assertEquals(List.of("talk.vtt:6 [WCAG 1.2.2] cue 2 ends (00:00:03.000) before it starts (00:00:05.000), so a browser cannot show"
                + " these captions", "talk.vtt:9 [WCAG 1.2.2] cue 3 is empty: a timing line with no words under it, so a browser cannot show"
                + " these captions"), errors);

        Files.writeString(site.content().resolve("blog/talk.vtt"), "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nHello.\n");
        site.bake();
        Document page = Jsoup.parse(site.file("blog/2021/05/talk/index.html"));
        assertEquals("/blog/talk.vtt", page.select("video track[kind=captions]").attr("src"));
        assertTrue(page.select("video").hasAttr("controls") && !page.select("video").hasAttr("autoplay"));
    }

    @Test
    void audioOfOurOwnPlaysInTheBrowserAndFormsAPodcast() throws Exception {
        TestSite site = TestSite.of(dir, """
                -- content/blog/2021-05-01-talk.md --
                ---
                title: The talk as audio
                date: 2021-05-01
                author: Anna Severwright
                summary: Anna's talk, to listen to.
                audio: talk.mp3
                transcript: talk.transcript.md
                ---
                Listen below.
                -- content/blog/talk.transcript.md --
                Thank you for having me.
                """);
        Files.write(site.content().resolve("blog/talk.mp3"), new byte[2048]);
        site.bake();
        Document page = Jsoup.parse(site.file("blog/2021/05/talk/index.html"));
        assertEquals("/blog/talk.mp3", page.select("audio[controls]").attr("src"));
        assertEquals("Download the recording: The talk as audio (2 KB)", page.select("figure.recording figcaption a").text());

        SyndFeed podcast = new SyndFeedInput().build(new StringReader(site.file("podcast.xml")));
        SyndEntry episode = podcast.getEntries().get(0);
        assertEquals("The talk as audio", episode.getTitle());
        assertEquals("https://example.org/blog/talk.mp3", episode.getEnclosures().get(0).getUrl());
        assertEquals(2048, episode.getEnclosures().get(0).getLength());
        assertEquals("audio/mpeg", episode.getEnclosures().get(0).getType());
        assertEquals("Anna Severwright", ((EntryInformation) episode.getModule(ITunes.URI)).getAuthor());
        assertTrue(site.file("feeds/index.html").contains("podcast.xml"), "the feeds page lists the podcast");
    }

    @Test
    void aTranscriptNamedLikeAPageOrMissingIsAnErrorAtItsLine() throws IOException {
        TestSite site = TestSite.of(dir, TALK.replace("transcript: talk.transcript.md", "transcript: talk.md"));
        assertEquals(List.of("2021-05-01-talk.md:5 a transcript's file name ends .transcript.md (then it is shown with"
                + " its recording, not published as a page of its own)"), lines(site.bakeFails()), "one problem, said once");
        site = TestSite.of(dir.resolve("two"), TALK.replace("transcript: talk.transcript.md", "transcript: gone.transcript.md"));
        assertTrue(lines(site.bakeFails()).get(0).startsWith("2021-05-01-talk.md:5 \"gone.transcript.md\" does not exist"),
                lines(site.bakeFails()).toString());
    }

    @Test
    void videoAddressesAsPeopleCopyThem() {
        for (String address : List.of("https://www.youtube.com/watch?v=abcdefghijk", "https://youtu.be/abcdefghijk",
                "https://www.youtube.com/embed/abcdefghijk", "https://www.youtube-nocookie.com/embed/abcdefghijk",
                "https://m.youtube.com/watch?feature=share&v=abcdefghijk", "https://www.youtube.com/shorts/abcdefghijk")) {
            assertEquals(Optional.of(new VideoLink("YouTube", "abcdefghijk")), VideoLink.parse(address), address);
        }
        assertEquals(Optional.of(new VideoLink("Vimeo", "123456789")), VideoLink.parse("https://vimeo.com/123456789"));
        assertEquals(Optional.of(new VideoLink("Vimeo", "123456789")), VideoLink.parse("https://player.vimeo.com/video/123456789"));
        assertEquals(Optional.empty(), VideoLink.parse("https://evil.example/watch?v=abcdefghijk"));
        assertEquals(Optional.empty(), VideoLink.parse("https://www.youtube.com/watch?v=<script>"));
    }

    @Test
    void webVttAsABrowserReadsIt() {
        assertEquals(List.of(), WebVtt.check("WEBVTT - Festival film\n\nNOTE checked by Jo\n\n1\n00:01.000 --> 00:04.000 align:start\n"
                + "Hello.\nTwo lines.\n\n00:00:05.000 --> 00:00:07.500\nAgain.\n"));
        assertEquals("the file does not start with the line WEBVTT, so browsers ignore it",
                WebVtt.check("1\n00:00:01,000 --> 00:00:04,000\nAn SRT file.\n").get(0).message());
        WebVtt.Mistake order = WebVtt.check("WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nB\n\n00:00:01.000 --> 00:00:02.000\nA\n").get(0);
        assertEquals(6, order.line());
        assertEquals("cue 2 starts (00:00:01.000) before the cue before it", order.message());
        assertEquals("cue 1 has no timing line like 00:01:02.500 --> 00:01:05.000 (found \"00:00:01,000 --> 00:00:02,000\")",
                WebVtt.check("WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nComma, as SRT writes it.\n").get(0).message());
        assertEquals("the file has no cues: nothing would be shown", WebVtt.check("WEBVTT\n").get(0).message());
    }
}
