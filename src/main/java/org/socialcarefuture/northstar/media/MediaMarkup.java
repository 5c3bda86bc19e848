package org.socialcarefuture.northstar.media;

import org.jsoup.nodes.Entities;

/**
 * The HTML of a recording on its page. A YouTube or Vimeo video is a placeholder of our own, with the
 * video's title, a button that loads the player (youtube-nocookie.com) only when the reader presses it,
 * and a plain link to watch it on its host's site: until then the page asks nothing of those sites. A
 * video or audio file of ours plays in the browser's own player, a video with its captions. The transcript
 * follows, open, so everyone can read it.
 */
public final class MediaMarkup {

    private MediaMarkup() {
    }

    /** A hosted video's placeholder; {@code line} is the Markdown line for the gate ("" for none). */
    public static String hosted(VideoLink video, String title, String extra) {
        String label = "Video: " + title;
        return "<figure class=\"recording video\"" + (extra.isEmpty() ? "" : " " + extra) + "><div class=\"video-placeholder\" data-embed=\""
                + attribute(video.embedUrl()) + "\" data-title=\"" + attribute(label) + "\"><p class=\"video-title\">" + text(label)
                + "</p><button type=\"button\" class=\"button video-play\" hidden>Play the video here<span class=\"visually-hidden\">: "
                + text(title) + "</span></button><p class=\"video-note\">Playing it here loads " + video.host() + "'s player.</p></div>"
                + "<figcaption><a href=\"" + attribute(video.watchUrl()) + "\">Watch \u201c" + text(title) + "\u201d on " + video.host()
                + "</a></figcaption></figure>";
    }

    /** A video file of ours, with its captions (null for a video with nothing to hear). */
    public static String video(String href, String captionsHref, String title, String size) {
        return "<figure class=\"recording video\"><video controls preload=\"metadata\" src=\"" + attribute(href) + "\">"
                + (captionsHref == null ? "" // a video with nothing to hear (media/Soundtrack) has no captions
                        : "<track kind=\"captions\" src=\"" + attribute(captionsHref) + "\" srclang=\"en\" label=\"English\" default>")
                + "</video><figcaption><a href=\"" + attribute(href) + "\" download>Download the video<span class=\"visually-hidden\">: "
                + text(title) + "</span> (" + text(size) + ")</a></figcaption></figure>";
    }

    /** An audio file of ours. */
    public static String audio(String href, String title, String size) {
        return "<figure class=\"recording audio\"><audio controls preload=\"metadata\" src=\"" + attribute(href) + "\"></audio>"
                + "<figcaption><a href=\"" + attribute(href) + "\" download>Download the recording<span class=\"visually-hidden\">: "
                + text(title) + "</span> (" + text(size) + ")</a></figcaption></figure>";
    }

    /** The transcript, open under its recording. */
    public static String transcript(String html) {
        return "<details class=\"transcript\" open><summary>Transcript</summary><div class=\"transcript-text\">" + html + "</div></details>";
    }

    /** A file's size as people read it: 850 KB, 1.2 MB. */
    public static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String attribute(String value) {
        return Entities.escape(value).replace("\"", "&quot;");
    }

    private static String text(String value) {
        return Entities.escape(value);
    }
}
