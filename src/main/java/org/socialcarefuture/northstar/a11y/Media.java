package org.socialcarefuture.northstar.a11y;

import java.util.Locale;

import org.jsoup.nodes.Element;

/** What a static page can tell about a recording's alternatives: a transcript beside it, or a link to one. */
final class Media {

    private Media() {
    }

    /** Words longer than a caption line just before or after the player, or a link that says "transcript" next to it. */
    static boolean textAlternativeBeside(Element media) {
        // a player in a figure (as the site's own recordings are) has its transcript beside the figure
        Element parent = media.parent();
        if (parent != null && parent.normalName().equals("figure") && besideFigure(parent)) {
            return true;
        }
        return besideFigure(media);
    }

    private static boolean besideFigure(Element media) {
        Element before = media.previousElementSibling();
        Element after = media.nextElementSibling();
        Element[] near = {before, before == null ? null : before.previousElementSibling(), after, after == null ? null : after.nextElementSibling()};
        for (Element around : near) {
            if (around == null || Semantics.hidden(around)) {
                continue;
            }
            String text = around.text().toLowerCase(Locale.ROOT);
            if (text.contains("transcript") || text.contains("audio description") || text.split("\\s+").length >= 25) {
                return true;
            }
        }
        Element parent = media.parent();
        if (parent != null && parent.normalName().equals("figure")) {
            Element caption = parent.selectFirst("> figcaption");
            return caption != null && caption.text().toLowerCase(Locale.ROOT).contains("transcript");
        }
        return false;
    }

    /**
     * The alternative beside the player is a transcript only: a link or words that say "transcript", and no long
     * text (which may be what the video repeats) and no audio description. That is enough at level A (1.2.3), not
     * at AA (1.2.5), where the picture must be described in sound.
     */
    static boolean onlyTranscriptBeside(Element media) {
        Element parent = media.parent();
        Element around = parent != null && parent.normalName().equals("figure") ? parent : media;
        boolean transcript = false;
        for (Element near : near(around)) {
            String text = near.text().toLowerCase(Locale.ROOT);
            if (text.contains("audio description") || text.split("\\s+").length >= 25 || near.normalName().equals("audio")) {
                return false;
            }
            transcript |= text.contains("transcript");
        }
        if (around != media) {
            Element caption = around.selectFirst("> figcaption");
            String words = caption == null ? "" : caption.text().toLowerCase(Locale.ROOT);
            if (words.contains("audio description")) {
                return false;
            }
            transcript |= words.contains("transcript");
        }
        return transcript;
    }

    /** The two elements before and after, when shown. */
    private static java.util.List<Element> near(Element media) {
        Element before = media.previousElementSibling();
        Element after = media.nextElementSibling();
        java.util.List<Element> near = new java.util.ArrayList<>();
        for (Element e : new Element[] {before, before == null ? null : before.previousElementSibling(), after, after == null ? null : after.nextElementSibling()}) {
            if (e != null && !Semantics.hidden(e)) {
                near.add(e);
            }
        }
        return near;
    }

    /** A description track: browsers and screen readers do not read it out, so it is no alternative on its own (H96). */
    static boolean onlyDescriptionTrack(Element video) {
        Element after = video.nextElementSibling();
        return !video.select("track[kind=descriptions]").isEmpty() && !textAlternativeBeside(video)
                && (after == null || !isAlternativeOfVideo(after));
    }

    /** A heading on the page that starts "Transcript", as the site's own recordings have theirs (body/Recordings). */
    static boolean transcriptHeading(PageIndex page) {
        for (Element heading : page.headings) {
            if (!Semantics.hidden(heading) && heading.text().strip().toLowerCase(Locale.ROOT).startsWith("transcript")) {
                return true;
            }
        }
        return false;
    }

    /** An audio track right after a silent video is its audio description, judged with the video. */
    static boolean isAlternativeOfVideo(Element media) {
        Element before = media.previousElementSibling();
        return media.normalName().equals("audio") && before != null && before.normalName().equals("video");
    }

    /** A media fragment such as {@code #t=8,10} that plays three seconds or less (WCAG 1.4.2 lets that pass). */
    static boolean playsAtMostThreeSeconds(Element media) {
        java.util.List<String> sources = new java.util.ArrayList<>();
        sources.add(media.attr("src"));
        media.select("source").forEach(s -> sources.add(s.attr("src")));
        boolean any = false;
        for (String src : sources) {
            if (src.isEmpty()) {
                continue;
            }
            java.util.regex.Matcher m = FRAGMENT.matcher(src);
            if (!m.find() || Double.parseDouble(m.group(2)) - Double.parseDouble(m.group(1)) > 3) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static final java.util.regex.Pattern FRAGMENT = java.util.regex.Pattern.compile("#t=(\\d+(?:\\.\\d+)?),(\\d+(?:\\.\\d+)?)");

    /** The page has a button that pauses, stops or mutes: a mechanism to stop the sound (WCAG 1.4.2). */
    static boolean pageHasStopButton(PageIndex page) {
        for (Element e : page.body) {
            if ("button".equals(Semantics.role(e))) {
                String name = page.name(e).toLowerCase(Locale.ROOT);
                if (name.contains("pause") || name.contains("stop") || name.contains("mute")) {
                    return true;
                }
            }
        }
        return false;
    }
}
