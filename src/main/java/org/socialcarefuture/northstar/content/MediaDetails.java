package org.socialcarefuture.northstar.content;

/**
 * A page's recording, from its front matter: a video (a YouTube or Vimeo address, or a file in
 * content/), or an audio file, with its transcript and, for a video of our own, its captions. Paths
 * are as the writer gave them (relative to the page); each comes with its line, for the problems.
 *
 * @param video          a YouTube or Vimeo address, or a video file's path; "" for none
 * @param audio          an audio file's path; "" for none
 * @param transcript     the transcript's Markdown file ({@code x.transcript.md}); "" when the body carries it
 * @param captions       a WebVTT file's path, for a video of our own; ""
 * @param videoLine      the line of {@code video:} (0 without)
 * @param audioLine      the line of {@code audio:}
 * @param transcriptLine the line of {@code transcript:}
 * @param captionsLine   the line of {@code captions:}
 * @param audioBytes     the audio file's size, for the podcast feed's enclosure (0 when it is not there)
 */
public record MediaDetails(String video, String audio, String transcript, String captions, int videoLine, int audioLine,
                           int transcriptLine, int captionsLine, long audioBytes) {

    public boolean hasVideo() {
        return !video.isEmpty();
    }

    public boolean hasAudio() {
        return !audio.isEmpty();
    }

    /** Whether the video is on YouTube or Vimeo (else it is a file of ours). */
    public boolean hostedVideo() {
        return video.startsWith("https://") || video.startsWith("http://");
    }

    /** The line the media is named on, for a problem about it as a whole. */
    public int line() {
        return hasVideo() ? videoLine : audioLine;
    }
}
