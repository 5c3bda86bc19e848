package org.socialcarefuture.northstar.pledge;

import java.util.List;

/**
 * A ```pledge block: text readers can post as their own.
 *
 * @param id       the anchor name, so the pledge has a permalink ({@code #pledge-<id>})
 * @param text     the words to share, lines joined as the reader would post them
 * @param hashtags hashtags from the info string, without {@code #}
 * @param line     the line of the opening fence in the source file
 */
public record Pledge(String id, String text, List<String> hashtags, int line) {

    public Pledge {
        hashtags = List.copyOf(hashtags);
    }

    public String anchor() {
        return "pledge-" + id;
    }

    /** The text as posted: the pledge words plus any hashtags not already in them. */
    public String shareText() {
        StringBuilder text = new StringBuilder(this.text);
        for (String tag : hashtags) {
            if (!this.text.toLowerCase(java.util.Locale.ROOT).contains("#" + tag.toLowerCase(java.util.Locale.ROOT))) {
                text.append(" #").append(tag);
            }
        }
        return text.toString();
    }
}
