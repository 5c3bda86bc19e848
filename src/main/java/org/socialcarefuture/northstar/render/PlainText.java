package org.socialcarefuture.northstar.render;

import org.apache.commons.text.WordUtils;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** A plain-text version of a page body, for reports people download, print or read in any tool. */
public final class PlainText {

    private static final int WIDTH = 72;

    private PlainText() {
    }

    public static String of(String html) {
        StringBuilder text = new StringBuilder();
        for (Element block : Jsoup.parseBodyFragment(html).body().select("h1, h2, h3, h4, h5, h6, p, li, blockquote > p, tr")) {
            if (block.tagName().equals("p") && block.parent() != null
                    && (block.parent().tagName().equals("li") || block.parent().tagName().equals("blockquote"))) {
                if (!block.parent().tagName().equals("blockquote")) {
                    continue; // printed with its list item
                }
            }
            String words = block.text().strip();
            if (words.isEmpty()) {
                continue;
            }
            switch (block.tagName()) {
                case "h1", "h2" -> text.append('\n').append(words).append('\n').append("=".repeat(Math.min(words.length(), WIDTH))).append("\n\n");
                case "h3", "h4", "h5", "h6" -> text.append('\n').append(words).append('\n').append("-".repeat(Math.min(words.length(), WIDTH))).append("\n\n");
                case "li" -> text.append(WordUtils.wrap("- " + words, WIDTH, "\n  ", false)).append('\n');
                case "tr" -> text.append(String.join(" | ", block.children().eachText())).append('\n');
                default -> text.append(WordUtils.wrap(words, WIDTH, "\n", false)).append("\n\n");
            }
        }
        return text.toString().strip() + "\n";
    }
}
