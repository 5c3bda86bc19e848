package org.socialcarefuture.northstar.pledge;

import java.util.List;
import java.util.Locale;

/**
 * A ```pledge block: text readers can post as their own.
 *
 * @param id       the anchor name, so the pledge has a permalink ({@code #pledge-<id>})
 * @param text     the words to share, lines joined as the reader would post them
 * @param shorter  the block's optional {@code share:} text, for networks the pledge is too long for; "" when none
 * @param hashtags hashtags from the info string, without {@code #}
 * @param line     the line of the opening fence in the source file
 */
public record Pledge(String id, String text, String shorter, List<String> hashtags, int line) {

    public Pledge {
        hashtags = List.copyOf(hashtags);
    }

    public String anchor() {
        return "pledge-" + id;
    }

    /** The text as posted: the pledge words plus any hashtags not already in them. */
    public String shareText() {
        return withHashtags(text);
    }

    /** The shorter share: text as posted, with the hashtags; null when the pledge has none. */
    public String shorterShareText() {
        return shorter.isEmpty() ? null : withHashtags(shorter);
    }

    /** What each share button carries, for a pledge at this address. */
    public SharePlan.Plan sharePlan(String url) {
        return SharePlan.of(shareText(), shorterShareText(), url);
    }

    private String withHashtags(String words) {
        StringBuilder out = new StringBuilder(words);
        String lower = words.toLowerCase(Locale.ROOT);
        for (String tag : hashtags) {
            if (!lower.contains("#" + tag.toLowerCase(Locale.ROOT))) {
                out.append(" #").append(tag);
            }
        }
        return out.toString();
    }
}
