package org.socialcarefuture.northstar.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import org.jsoup.nodes.Element;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.media.MediaMarkup;
import org.socialcarefuture.northstar.media.VideoLink;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.site.Heading;

/**
 * Recordings pasted into the text as players ({@code <iframe>}): only YouTube and Vimeo are let in, each becomes
 * the same placeholder as a {@code video:} recording (the player loads when the reader presses play), and a
 * video needs a transcript. Works on the cleaned body, after flexmark.
 */
final class VideoEmbeds {

    private VideoEmbeds() {
    }

    /** Frames from any other site are taken out (HtmlSanitizer), each with an error at its line. */
    static void removeForeignFrames(Element body, Page page, RenderContext context) {
        for (String frame : HtmlSanitizer.removeForeignFrames(body)) {
            int at = page.body().indexOf(frame);
            int line = at < 0 ? page.bodyLine() : context.fileLineOfOffset(at);
            context.problems.add(Problem.error(page.source(), line, "embed",
                    "an embedded frame from " + frame + " is not allowed, so it was removed",
                    "embed video only from " + String.join(", ", new TreeSet<>(HtmlSanitizer.VIDEO_HOSTS))
                            + " (with a title), or link to the page instead"));
        }
    }

    /**
     * A YouTube or Vimeo player pasted into the text would load from those sites as the page opens: it becomes the
     * same placeholder as a {@code video:} (the player loads when the reader presses play). WCAG 1.2.1-1.2.3: it needs
     * a transcript too, from {@code transcript:} or a Transcript heading in the page.
     */
    static void placehold(Element body, Page page, RenderContext context, List<Heading> headings) {
        boolean transcript = (page.media() != null && !page.media().transcript().isEmpty())
                || headings.stream().anyMatch(heading -> heading.text().toLowerCase(Locale.ROOT).startsWith("transcript"));
        for (Element frame : body.select("iframe")) {
            Optional<VideoLink> video = VideoLink.parse(frame.attr("src"));
            if (video.isEmpty()) {
                continue;
            }
            String line = frame.hasAttr("data-src-line") ? frame.attr("data-src-line")
                    : frame.parents().stream().filter(e -> e.hasAttr("data-src-line")).map(e -> e.attr("data-src-line")).findFirst().orElse("0");
            // the writer's own name for the player (aria-label, then title): two videos in one post keep two names
            String own = frame.attr("aria-label").isBlank() ? frame.attr("title") : frame.attr("aria-label");
            String title = own.strip().replaceFirst("(?i)^video:\\s*", "");
            frame.after(MediaMarkup.hosted(video.get(), title.isEmpty() ? page.title() : title,
                    "data-src-line=\"" + line + "\""));
            frame.remove();
            if (!transcript) {
                context.problems.add(Problem.error(page.source(), Integer.parseInt(line), "transcript",
                        "[WCAG 1.2.3 transcript policy] this video needs a transcript, for people who cannot see or hear it or cannot play it",
                        "add a ## Transcript section to the page, or transcript: with a Markdown file named like talk.transcript.md"));
            }
        }
    }
}
