package org.socialcarefuture.northstar.a11y;

import java.util.Locale;

import org.jsoup.nodes.Element;

/** What a static page can tell about a recording's alternatives: a transcript beside it, or a link to one. */
final class Media {

    private Media() {
    }

    /** Words longer than a caption line just before or after the player, or a link that says "transcript" next to it. */
    static boolean textAlternativeBeside(Element media) {
        for (Element around : new Element[] {media.previousElementSibling(), media.nextElementSibling()}) {
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
}
