package org.socialcarefuture.northstar.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.problem.Problem;

/**
 * {@code check SITE_DIR} reads a video's file to know whether it has sound: a silent video needs no captions but
 * something that says what it shows; a video with sound needs captions. The files are the W3C ACT Rules' test videos,
 * kept as their track tables.
 */
class VideoSoundCheckTest {

    private static final Path ACT = Path.of("src/test/resources/act/test-assets/rabbit-video");
    private static final String DESCRIBED = "<p>The film goes round the garden from the gate: the raised beds, the bench by the wall, and the"
            + " path a wheelchair can take all the way round, past the pond and the apple tree, back to the gate.</p>";

    @TempDir
    Path dir;

    @Test
    void aSilentVideoNeedsWordsThatSayWhatItShowsAndNoCaptions() throws IOException {
        assertEquals(List.of(), videoFindings("silent.mp4", "/media/clip.mp4", DESCRIBED, "/"));
        assertEquals(List.of("[WCAG 1.2.3 video-description ACT c3232f] the video has no sound, and nothing beside it says what it shows"),
                videoFindings("silent.mp4", "/media/clip.mp4", "", "/"));
        // a relative address, and a site under a base path, find the same file
        assertEquals(List.of(), videoFindings("silent.mp4", "../media/clip.mp4", DESCRIBED, "/"));
        assertEquals(List.of(), videoFindings("silent.mp4", "/north-star/media/clip.mp4", DESCRIBED, "/north-star/"));
    }

    @Test
    void aVideoWithSoundNeedsCaptionsAndSoDoesOneWhoseFileCannotBeRead() throws IOException {
        String captions = "[WCAG 1.2.2 video-captions ACT f51b46] a video has no captions";
        assertEquals(List.of(captions), videoFindings("video.mp4", "/media/clip.mp4", DESCRIBED, "/"));
        // outside the site, or not there: it may have sound, so it is judged as having it
        assertEquals(List.of(captions), videoFindings("silent.mp4", "/../outside/clip.mp4", DESCRIBED, "/"));
        assertEquals(List.of(captions), videoFindings("silent.mp4", "/media/other.mp4", DESCRIBED, "/"));
    }

    @Test
    void aSilentVideoThatPlaysByItselfIsOnlyAgainstTheSitesRule() throws IOException {
        Path site = site("silent.mp4", "<video autoplay src=\"/media/clip.mp4\"></video>" + DESCRIBED);
        List<String> autoplay = SiteCheck.run(site, "/").stream().filter(p -> p.rule().equals("autoplay")).map(Problem::message).toList();
        assertEquals(List.of("[WCAG 1.4.2 autoplay policy] the video starts playing by itself"), autoplay);
    }

    /** The video findings {@code check} gives a page with this video and words, its file being the ACT video {@code file}. */
    private List<String> videoFindings(String file, String src, String words, String root) throws IOException {
        Path site = site(file, "<video controls src=\"" + src + "\"></video>" + words);
        return SiteCheck.run(site, root).stream().filter(p -> p.rule().startsWith("video-")).map(Problem::message).toList();
    }

    private Path site(String file, String body) throws IOException {
        Path site = Files.createTempDirectory(dir, "site");
        Files.createDirectories(site.resolve("media"));
        Files.createDirectories(site.resolve("garden"));
        Files.createDirectories(dir.resolve("outside"));
        Files.copy(ACT.resolve(file), site.resolve("media/clip.mp4"));
        Files.copy(ACT.resolve(file), dir.resolve("outside/clip.mp4"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(site.resolve("garden/index.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>Garden</title></head><body><main>"
                + "<h1>Our garden</h1>" + body + "</main></body></html>", StandardCharsets.UTF_8);
        return site;
    }
}
