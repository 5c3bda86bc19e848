package org.socialcarefuture.northstar.a11y;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.socialcarefuture.northstar.media.Soundtrack;
import org.socialcarefuture.northstar.a11y.Rules.Simple;

/** The gate's rules on pictures, frames and recordings (moved out of Rules to keep each file short). */
final class PictureRules {

    private static final Pattern FILE_NAME = Pattern.compile("(?i)^[\\w\\-. ]+\\.(png|jpe?g|gif|svg|webp|avif|bmp|tiff?)$");
    private static final Pattern TEXT_IMAGE_NAME = Pattern.compile("(?i)(screenshot|screen-shot|quote|text|poster|flyer|infographic)");

    private PictureRules() {
    }

    /**
     * Pictures need a name (ACT 23a2a8, image buttons 59796f, SVG with a role 7d6734). A Markdown picture must have
     * alt text, not only aria-label or title: the site's policy, reported as such where ACT passes.
     */
    static Rule imageAlt() {
        return new Simple("image-alt", "1.1.1", true, "23a2a8", (page, out) -> {
            for (Element e : page.body) {
                String tag = e.normalName();
                String explicit = Semantics.explicitRole(e);
                if (tag.equals("svg") || e.closest("svg") != null) {
                    if (explicit != null && Set.of("img", "graphics-document", "graphics-symbol").contains(explicit)
                            && Semantics.included(e) && page.name(e).isEmpty()) {
                        out.reportAct("7d6734", e, "an SVG " + (tag.equals("svg") ? "picture" : "<" + e.tagName() + ">") + " with role=" + Text.quote(explicit) + " has no name",
                                "add <title> inside the svg, or aria-label, saying what it shows");
                    }
                    continue;
                }
                if (ActRules.isImageInput(e)) {
                    if (Semantics.included(e) && page.name(e).isEmpty()) {
                        out.reportAct("59796f", e, "an image button has no text alternative", "add alt saying what the button does");
                    }
                    continue;
                }
                boolean image = tag.equals("img") || "img".equals(explicit);
                if (!image || Semantics.hidden(e)) {
                    continue;
                }
                String role = Semantics.role(e);
                if ("presentation".equals(role) || "none".equals(role)) {
                    continue;
                }
                String name = page.name(e);
                if (name.isEmpty()) {
                    out.report(e, tag.equals("img") && e.hasAttr("alt") ? "a picture's text alternative is only white space"
                                    : "a picture has no text alternative (alt)",
                            "describe the picture in the [brackets] of ![...](...); write alt=\"\" only if it is decoration");
                } else if (tag.equals("img") && FILE_NAME.matcher(e.attr("alt").strip()).matches()) {
                    out.reportAct("qt1vmo", e, "the text alternative " + Text.quote(e.attr("alt")) + " is a file name",
                            "describe what the picture shows");
                } else if (tag.equals("img") && !e.hasAttr("alt") && e.closest("[data-src-body]") != null) {
                    out.reportPolicy(e, "a picture is named only by aria-label or title, which some readers miss",
                            "write the description in the [brackets] of ![...](...) (its alt text)");
                }
            }
        });
    }

    static Rule decorativeImage() {
        return new Simple("decorative-image", "1.1.1", false, (page, out) -> {
            for (Element img : page.images) {
                String role = img.attr("role");
                boolean decorative = role.equals("presentation") || role.equals("none") || img.attr("aria-hidden").equals("true");
                if (decorative && !img.attr("alt").isEmpty()) {
                    // screen readers skip it either way, so WCAG passes: the site asks for alt="" so the markup says the same
                    out.reportPolicy(img, "a decorative picture has alt text " + Text.quote(img.attr("alt")) + " that screen readers will skip",
                            "use alt=\"\" for decoration, or remove role/aria-hidden if the picture means something");
                }
            }
        });
    }

    static Rule imageOfText() {
        return new Simple("image-of-text", "1.4.5", false, "0va7u6", (page, out) -> {
            for (Element img : page.body) {
                String src = img.normalName().equals("img") ? img.attr("src") : backgroundImage(img);
                if (src.isEmpty()) {
                    continue;
                }
                if (src.regionMatches(true, 0, "data:image/svg+xml", 0, 18)) {
                    String words = svgText(src);
                    if (!words.isEmpty() && !Semantics.hidden(img)) {
                        out.report(img, "this picture is an SVG drawing of the words " + Text.quote(words),
                                "put the words in the page as text, so they can be resized, read aloud and translated");
                    }
                    continue;
                }
                String file = src.substring(src.lastIndexOf('/') + 1);
                if (TEXT_IMAGE_NAME.matcher(file).find() && !Semantics.hidden(img)) {
                    out.report(img, "this picture may be an image of text (its file is called " + Text.quote(file) + ")",
                            "put the words in the page as text, so they can be resized, read aloud and translated");
                }
            }
        });
    }

    /** The words an SVG picture written into its data: address draws with {@code <text>} (an SVG is readable, unlike a photo). */
    static String svgText(String dataUrl) {
        int comma = dataUrl.indexOf(',');
        if (comma < 0) {
            return "";
        }
        String header = dataUrl.substring(0, comma).toLowerCase(java.util.Locale.ROOT);
        String body = dataUrl.substring(comma + 1);
        try {
            body = header.endsWith(";base64")
                    ? new String(java.util.Base64.getMimeDecoder().decode(body), java.nio.charset.StandardCharsets.UTF_8)
                    : java.net.URLDecoder.decode(body.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return ""; // not a picture a browser could show either
        }
        org.jsoup.nodes.Document svg = org.jsoup.Jsoup.parse(body, "", org.jsoup.parser.Parser.xmlParser());
        StringBuilder words = new StringBuilder();
        for (Element text : svg.select("text")) {
            words.append(' ').append(text.text());
        }
        return Text.normalise(words.toString());
    }

    private static final Pattern BACKGROUND = Pattern.compile("background(?:-image)?:[^;]*url\\(['\"]?([^'\")]+)");

    /** The picture an inline style puts behind an element (a picture of text can hide there too). */
    private static String backgroundImage(Element e) {
        if (!e.hasAttr("style")) {
            return "";
        }
        java.util.regex.Matcher m = BACKGROUND.matcher(Semantics.style(e));
        return m.find() ? m.group(1) : "";
    }

    /**
     * Sound that starts by itself with no way to stop it fails ACT 80f0bf. The site goes further: nothing starts by
     * itself (a policy, reported as such where the player has its controls).
     */
    static Rule autoplay() {
        return new Simple("autoplay", "1.4.2", true, "80f0bf", (page, out) -> {
            for (Element media : page.media) {
                if (!media.hasAttr("autoplay") || media.hasAttr("muted") || media.hasAttr("paused") || Semantics.notRendered(media)) {
                    continue;
                }
                if (page.sound(media).nothingToHear()) {
                    // its file has no sound (or only silence): nothing to stop hearing, but the site's rule still holds
                    out.reportPolicy(media, "the video starts playing by itself", "remove autoplay so people choose when to play it");
                    continue;
                }
                if (!media.hasAttr("controls") && !Media.playsAtMostThreeSeconds(media) && !Media.pageHasStopButton(page)) {
                    out.report(media, "sound starts playing by itself, with no control to stop it", "remove autoplay so people choose when to play it");
                } else {
                    out.reportPolicy(media, "sound starts playing by itself", "remove autoplay so people choose when to play it");
                }
            }
        });
    }

    static Rule iframeTitle() {
        return new Simple("iframe-title", "4.1.2", true, "cae760", (page, out) -> {
            for (Element frame : page.iframes) {
                if (!Semantics.included(frame) || frame.attr("tabindex").strip().startsWith("-")) {
                    continue; // a frame taken out of the Tab order is not met by keyboard users, so ACT does not ask for its name
                }
                if (page.name(frame).isEmpty()) {
                    out.report(frame, "an embedded frame has no title", "add title=\"...\" saying what it shows, e.g. title=\"Video: our festival\"");
                }
            }
        });
    }

    /**
     * A video whose only description is a {@code <track kind="descriptions">}: no browser reads such a track out, so
     * the picture has no alternative (ACT c5a4ea and 1ec09b, or c3232f for a video with no sound).
     */
    static Rule videoDescription() {
        return new Simple("video-description", "1.2.3", true, "c5a4ea", (page, out) -> {
            for (Element media : page.media) {
                if (!media.normalName().equals("video") || Semantics.hidden(media)) {
                    continue;
                }
                // with its file in the site, the gate knows which of the three rules the video falls under: c3232f
                // for a video with nothing to hear, c5a4ea and 1ec09b for one with sound
                Soundtrack.Sound sound = page.sound(media);
                String acts = sound.nothingToHear() ? "c3232f" : sound == Soundtrack.Sound.SOUND ? "c5a4ea 1ec09b" : "c5a4ea 1ec09b c3232f";
                if (Media.onlyDescriptionTrack(media)) {
                    out.reportAct(acts, media, "the video's description is only a <track kind=\"descriptions\">, which browsers do not read out",
                            "put a transcript that also says what is seen beside the video, or use a version with the description spoken");
                } else if (sound.nothingToHear() && !Media.textAlternativeBeside(media) && !(media.nextElementSibling() != null && Media.isAlternativeOfVideo(media.nextElementSibling()))
                        && !Media.transcriptHeading(page)) {
                    out.reportAct(acts, media, "the video has no sound, and nothing beside it says what it shows",
                            "put a description of what is seen beside the video (a transcript), or an audio description after it");
                }
            }
        });
    }

    /**
     * Level AA (1.2.5) asks for the picture to be described in sound: a transcript beside a video is enough only at
     * level A. Whether the video's own sound already says all that is seen needs someone to watch it, so this warns.
     */
    static Rule videoAudioDescription() {
        return new Simple("video-audio-description", "1.2.5", false, "1ec09b", (page, out) -> {
            for (Element media : page.media) {
                if (media.normalName().equals("video") && !Semantics.hidden(media) && !page.sound(media).nothingToHear() && Media.onlyTranscriptBeside(media)
                        && media.select("track[kind=descriptions]").isEmpty()) {
                    out.report(media, "the video has a transcript but no audio description, which level AA asks for",
                            "if the sound does not already say what is seen, add a version of the video with the description spoken, and link to it");
                }
            }
        });
    }

    /**
     * A video with no captions fails ACT f51b46, and with no text beside it either its sound has no alternative at
     * all (eac66b); audio with no transcript beside it fails e7aa44. Whether a video's picture is described (c5a4ea)
     * needs someone to watch it; the site's own rule, a transcript for every video, is checked where the video is
     * written (MarkdownRenderer, ContentLoader).
     */
    static Rule videoCaptions() {
        return new Simple("video-captions", "1.2.2", true, "f51b46", (page, out) -> {
            for (Element media : page.media) {
                if (Semantics.hidden(media) || Media.isAlternativeOfVideo(media) || page.sound(media).nothingToHear()) {
                    continue; // a recording with nothing to hear needs no captions or transcript of its sound
                }
                boolean captions = !media.select("track[kind=captions], track[kind=subtitles]").isEmpty();
                boolean text = Media.textAlternativeBeside(media);
                if (media.normalName().equals("audio")) {
                    if (!text && (media.hasAttr("controls") || media.hasAttr("autoplay"))) { // a player with neither never plays
                        out.reportAct("e7aa44", media, "a sound recording has no transcript", "put a transcript beside it, or link to one");
                    }
                    continue;
                }
                // WCAG 1.2.2 asks for captions even when a transcript is beside the video (f51b46); with neither, the
                // sound has no alternative at all (eac66b)
                if (!captions) {
                    out.reportAct(text ? "f51b46" : "f51b46 eac66b", media, "a video has no captions",
                            "add <track kind=\"captions\" src=\"....vtt\" srclang=\"en\" label=\"English\">");
                }

            }
        });
    }
}
