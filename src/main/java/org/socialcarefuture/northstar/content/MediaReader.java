package org.socialcarefuture.northstar.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A page's recording from its front matter: {@code video:} or {@code audio:}, with its {@code transcript:}
 * and {@code captions:}. Any kind of page may have one, so this is not a kind's reader; an easy-read
 * version shows its main page's recording and has none of its own.
 */
final class MediaReader {

    /** The front matter keys of a recording. */
    static final List<String> KEYS = List.of("video", "audio", "transcript", "captions");

    private MediaReader() {
    }

    /** The page's recording, or null without one. {@code contentDir} is where the audio file is looked for, for its size. */
    static MediaDetails read(FrontMatterReader in, Path contentDir) {
        FrontMatter fm = in.fm();
        String video = in.text("video").orElse("");
        String audio = in.text("audio").orElse("");
        String transcript = in.text("transcript").orElse("");
        String captions = in.text("captions").orElse("");
        if (video.isEmpty() && audio.isEmpty()) {
            if (!transcript.isEmpty() || !captions.isEmpty()) {
                in.warning(fm.lineOf(transcript.isEmpty() ? "captions" : "transcript"), "there is no video: or audio: for this to go with",
                        "add the recording's video: or audio: line, or remove this one");
            }
            return null;
        }
        if (!video.isEmpty() && !audio.isEmpty()) {
            in.error(fm.lineOf("audio"), "a page has one recording: this one has both video: and audio:",
                    "keep one, and give the other a page of its own");
        }
        String lower = video.toLowerCase(Locale.ROOT);
        if (!video.isEmpty() && (lower.startsWith("http://") || lower.startsWith("https://"))) {
            if (org.socialcarefuture.northstar.media.VideoLink.parse(video).isEmpty()) {
                in.error(fm.lineOf("video"), "\"" + video + "\" is not a YouTube or Vimeo video's address",
                        "copy the address of the video's own page, e.g. https://www.youtube.com/watch?v=..., or put the video file in"
                                + " content/ and give its name");
            }
            if (!captions.isEmpty()) {
                in.warning(fm.lineOf("captions"), "YouTube and Vimeo show their own captions; captions: is for a video file of ours",
                        "add the captions on YouTube or Vimeo, and remove this line");
            }
        } else if (!video.isEmpty() && !lower.matches(".*\\.(mp4|m4v|webm|ogv)$")) {
            in.error(fm.lineOf("video"), "\"" + video + "\" is not a video file browsers play (MP4 or WebM) or a YouTube or Vimeo address",
                    "export the video as MP4, or give the address of its YouTube or Vimeo page");
        }
        if (!audio.isEmpty() && !audio.toLowerCase(Locale.ROOT).matches(".*\\.(mp3|m4a|aac|ogg|oga|opus|wav)$")) {
            in.error(fm.lineOf("audio"), "\"" + audio + "\" is not an audio file browsers play", "export the recording as MP3");
        }
        if (!transcript.isEmpty() && !transcript.endsWith(".transcript.md")) {
            String base = transcript.replaceFirst("\\.md$", "");
            in.error(fm.lineOf("transcript"), "a transcript's file name ends .transcript.md (then it is shown with its recording, not"
                    + " published as a page of its own)", "rename " + transcript + " to " + base + ".transcript.md, and this line");
        }
        if (!captions.isEmpty() && !captions.toLowerCase(Locale.ROOT).endsWith(".vtt")) {
            in.error(fm.lineOf("captions"), "captions must be a WebVTT file (.vtt), the one kind every browser reads",
                    "export the captions as WebVTT; most captioning tools and YouTube Studio can");
        }
        long audioBytes = 0;
        if (!audio.isEmpty()) {
            String contentPath = in.contentPath();
            String folder = contentPath.contains("/") ? contentPath.substring(0, contentPath.lastIndexOf('/') + 1) : "";
            try {
                audioBytes = Files.size(contentDir.resolve(folder + audio).normalize());
            } catch (IOException | RuntimeException e) {
                audioBytes = 0; // not there: the build says so at the audio: line
            }
        }
        return new MediaDetails(video, audio, transcript, captions, fm.has("video") ? fm.lineOf("video") : 0,
                fm.has("audio") ? fm.lineOf("audio") : 0, fm.has("transcript") ? fm.lineOf("transcript") : 0,
                fm.has("captions") ? fm.lineOf("captions") : 0, audioBytes);
    }
}
