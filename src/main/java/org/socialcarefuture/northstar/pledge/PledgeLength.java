package org.socialcarefuture.northstar.pledge;

import java.util.Optional;

import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;

/** Checks that a pledge fits each network with its URL, counted the way that network counts. */
public final class PledgeLength {

    public static final int BLUESKY_GRAPHEMES = 300;

    private PledgeLength() {
    }

    /** Empty when it fits everywhere, otherwise what is too long and by how much. */
    public static Optional<String> problem(String shareText, String pageUrl) {
        // X counts every URL as 23 and some characters (CJK, emoji) as two: twitter-text knows the rules.
        TwitterTextParseResults x = TwitterTextParser.parseTweet(shareText + " " + pageUrl);
        if (!x.isValid) {
            return Optional.of("the pledge is " + x.weightedLength + " characters on X with the page link; X allows 280");
        }
        int graphemes = graphemes(shareText + " " + pageUrl);
        if (graphemes > BLUESKY_GRAPHEMES) {
            return Optional.of("the pledge is " + graphemes + " characters on Bluesky with the page link; Bluesky allows "
                    + BLUESKY_GRAPHEMES);
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern GRAPHEME = java.util.regex.Pattern.compile("\\X");

    /**
     * Counts user-perceived characters (an emoji with a skin tone, or a family joined with ZWJ, is one), as
     * Bluesky does. The JDK's {@code \\X} follows Unicode's extended grapheme clusters; Java 17's BreakIterator does not.
     */
    static int graphemes(String text) {
        var matcher = GRAPHEME.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
