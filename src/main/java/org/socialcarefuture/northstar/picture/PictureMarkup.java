package org.socialcarefuture.northstar.picture;

import java.util.List;
import java.util.stream.Collectors;

import org.jsoup.nodes.Entities;

/**
 * The HTML for a resized picture: a {@code <picture>} with a WebP source and a JPEG (or PNG) fallback,
 * each with every width in {@code srcset}, {@code sizes} matching the theme's columns, and the picture's
 * own width and height so the page does not jump as it loads. The first picture a reader sees loads at
 * once, and first ({@code fetchpriority="high"}); the rest wait until they are scrolled near.
 */
public final class PictureMarkup {

    /** The theme's text column: 42rem wide, or the screen less its 1rem margins. */
    public static final String COLUMN = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";
    /** An easy-read point's picture: 8rem square (5rem on a phone). */
    public static final String EASY_READ_POINT = "(min-width: 40rem) 8rem, 5rem";

    /** The width of the size shown by browsers that read neither srcset nor WebP: about a phone's screen. */
    private static final int FALLBACK_WIDTH = 800;

    private PictureMarkup() {
    }

    /**
     * @param href    the picture's published address (its sizes sit beside it)
     * @param alt     its description ("" for decoration)
     * @param first   whether it is the first picture a reader sees on the page
     * @param extra   attributes for the {@code <img>}, already written (e.g. {@code data-src-line="12"}), or ""
     */
    public static String html(PictureInfo info, String href, String alt, String sizes, boolean first, String extra) {
        List<Integer> widths = info.widths();
        String fallback = Pictures.fallbackExtension(info);
        int shown = widths.stream().filter(w -> w <= FALLBACK_WIDTH).reduce((a, b) -> b).orElse(widths.get(0));
        return "<picture><source type=\"image/webp\" srcset=\"" + srcset(href, widths, "webp") + "\" sizes=\"" + sizes + "\">"
                + "<img src=\"" + attribute(PictureInfo.sizePath(href, shown, fallback)) + "\" srcset=\"" + srcset(href, widths, fallback)
                + "\" sizes=\"" + sizes + "\" width=\"" + shown + "\" height=\"" + info.heightAt(shown) + "\" alt=\"" + attribute(alt) + "\""
                + (first ? " fetchpriority=\"high\"" : " loading=\"lazy\"") + " decoding=\"async\"" + (extra.isEmpty() ? "" : " " + extra)
                + "></picture>";
    }

    private static String srcset(String href, List<Integer> widths, String extension) {
        // A space or a comma would end the address inside srcset, so they are percent-encoded there.
        return widths.stream().map(w -> attribute(PictureInfo.sizePath(href, w, extension).replace(" ", "%20").replace(",", "%2C"))
                        + " " + w + "w")
                .collect(Collectors.joining(", "));
    }

    private static String attribute(String value) {
        return Entities.escape(value).replace("\"", "&quot;");
    }
}
