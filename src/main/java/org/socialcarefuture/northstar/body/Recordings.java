package org.socialcarefuture.northstar.body;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.socialcarefuture.northstar.address.Addresses;
import org.socialcarefuture.northstar.content.ContentLoader;
import org.socialcarefuture.northstar.content.MediaDetails;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.markdown.LinkTable;
import org.socialcarefuture.northstar.markdown.MarkdownRenderer;
import org.socialcarefuture.northstar.media.Captions;
import org.socialcarefuture.northstar.media.MediaMarkup;
import org.socialcarefuture.northstar.media.Soundtrack;
import org.socialcarefuture.northstar.media.VideoLink;
import org.socialcarefuture.northstar.problem.Display;
import org.socialcarefuture.northstar.problem.Problems;

/**
 * A page's video or audio: its player (a hosted video's placeholder, which loads nothing from YouTube or Vimeo until
 * the reader presses play), and its transcript. WCAG 2.2 1.2.1-1.2.3, each an error at its line: every recording needs
 * a transcript (a transcript: file, or a Transcript heading in the body), a video of our own needs captions, and its
 * captions must be WebVTT a browser can read (each mistake at its cue's line; see media/Captions).
 */
final class Recordings {

    /** A page's recording as its page shows it (player and transcript), and its transcript's HTML alone (for search). */
    record Recording(String html, String transcript) {
        static final Recording NONE = new Recording("", "");
    }

    private final Path content;
    private final String baseUrl;

    Recordings(Path content, String baseUrl) {
        this.content = content;
        this.baseUrl = baseUrl;
    }

    /** {@code relative} as written in the page, as a path under content/ (as render/Views#contentRelative). */
    private static String besidePage(Page page, String relative) {
        int slash = page.contentPath().lastIndexOf('/');
        String folder = slash < 0 ? "" : page.contentPath().substring(0, slash + 1);
        return Addresses.normalise(folder + relative); // as text: any characters, no exception
    }

    Recording of(Page page, MarkdownRenderer.Rendered body, MarkdownRenderer markdown, LinkTable links, Problems found) {
        MediaDetails media = page.media();
        StringBuilder html = new StringBuilder();
        String transcriptHtml = "";
        if (media.hostedVideo()) {
            VideoLink.parse(media.video()).ifPresent(video -> html.append(MediaMarkup.hosted(video, page.title(), "")));
        } else if (media.hasVideo() || media.hasAudio()) {
            String path = besidePage(page, media.hasVideo() ? media.video() : media.audio());
            int line = media.line();
            if (!links.assets().contains(path)) {
                found.error(page.source(), line, "missing-media", "\"" + (media.hasVideo() ? media.video() : media.audio())
                        + "\" does not exist (looked for content/" + path + ")", "check the file name and folder; paths are relative to this file");
            } else if (media.hasAudio()) {
                html.append(MediaMarkup.audio(links.href(path), page.title(), Captions.size(content.resolve(path))));
            } else if (media.captions().isEmpty() && Soundtrack.of(content.resolve(path)).nothingToHear()) {
                // nothing to hear, so nothing to caption (WCAG 1.2.2 asks captions of sound); its transcript says what is seen
                html.append(MediaMarkup.video(links.href(path), null, page.title(), Captions.size(content.resolve(path))));
            } else if (media.captions().isEmpty()) {
                found.error(page.source(), line, "captions", "[WCAG 1.2.2 captions ACT f51b46] a video of our own needs captions, for people who cannot hear it",
                        "add captions: with a WebVTT file (.vtt) beside the page; most captioning tools can export one");
            } else {
                String captions = besidePage(page, media.captions());
                if (!links.assets().contains(captions)) {
                    found.error(page.source(), media.captionsLine(), "captions", "\"" + media.captions() + "\" does not exist (looked for"
                            + " content/" + captions + ")", "check the file name and folder; paths are relative to this file");
                } else {
                    Captions.check(content.resolve(captions), found);
                    html.append(MediaMarkup.video(links.href(path), links.href(captions), page.title(), Captions.size(content.resolve(path))));
                }
            }
        }
        boolean transcriptInBody = body.headings().stream().anyMatch(heading -> heading.text().toLowerCase(java.util.Locale.ROOT)
                .startsWith("transcript"));
        if (!media.transcript().isEmpty() && !ContentLoader.isTranscript(media.transcript())) {
            // misnamed: the loader has said so at its line, with the new name
        } else if (!media.transcript().isEmpty()) {
            String path = besidePage(page, media.transcript());
            Path file = content.resolve(path);
            if (!Files.isRegularFile(file)) {
                found.error(page.source(), media.transcriptLine(), "transcript", "\"" + media.transcript() + "\" does not exist (looked for"
                        + " content/" + path + ")", "check the file name and folder; paths are relative to this file");
            } else {
                try {
                    Page transcript = page.asTranscript(Display.path(file), path, Files.readString(file));
                    MarkdownRenderer.Rendered text = markdown.render(transcript, markdown.parse(transcript), links, baseUrl + page.url());
                    found.addAll(text.problems());
                    transcriptHtml = text.html();
                    html.append(MediaMarkup.transcript(transcriptHtml));
                } catch (IOException e) {
                    found.error(Display.path(file), 0, "read", "the transcript could not be read: " + e.getMessage(), "check the file");
                }
            }
        } else if (!transcriptInBody) {
            // WCAG asks audio for a transcript (ACT e7aa44); a video could meet it with an audio description instead, so there
            // the transcript is the site's policy
            found.error(page.source(), media.line(), "transcript", (media.hasAudio() ? "[WCAG 1.2.1 transcript ACT e7aa44]"
                    : "[WCAG 1.2.3 transcript policy]") + " a recording needs a transcript, for people who cannot "
                            + (media.hasAudio() ? "hear it" : "see or hear it") + " or cannot play it",
                    "add transcript: with a Markdown file named like talk.transcript.md beside the page, or a ## Transcript section to the page");
        }
        return new Recording(html.toString(), transcriptHtml);
    }
}
