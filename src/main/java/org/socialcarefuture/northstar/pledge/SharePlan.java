package org.socialcarefuture.northstar.pledge;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.twitter.twittertext.TwitterTextParser;

/**
 * What each share button of a pledge carries, decided once per pledge from the lengths each network
 * allows, counted the way that network counts. A pledge too long for one network still gets that
 * network's button (without the page link, or with the pledge's shorter {@code share:} text) and a
 * warning; only a pledge that no network can take stops the build.
 *
 * <p>Facebook and LinkedIn share only the page's address, and WhatsApp and e-mail take any length, so
 * the networks that limit a post are X, Bluesky and Mastodon.
 */
public final class SharePlan {

    /** A network that limits how long a post may be. */
    public enum Network {
        X("X", 280), BLUESKY("Bluesky", 300), MASTODON("Mastodon", 500);

        private final String label;
        private final int limit;

        Network(String label, int limit) {
            this.label = label;
            this.limit = limit;
        }

        public String label() {
            return label;
        }

        public int limit() {
            return limit;
        }

        /** The length of a post of {@code text} (and {@code url}, when not null), as this network's composer counts it. */
        public int length(String text, String url) {
            String post = url == null ? text : text + " " + url;
            return switch (this) {
                // X counts every link as 23 and some characters (CJK, most emoji) as two: twitter-text is X's own code for it.
                case X -> TwitterTextParser.parseTweet(post).weightedLength;
                case BLUESKY -> graphemes(blueskyCountable(post));
                case MASTODON -> graphemes(mastodonCountable(post));
            };
        }
    }

    /**
     * What one network's button shares.
     *
     * @param text     the words (the pledge, or its shorter share: text), hashtags included
     * @param withLink whether the page's address goes with them
     */
    public record Post(String text, boolean withLink) {
    }

    /** Something the writer should know, and what they can do about it. */
    public record Note(String message, String fix) {
    }

    /**
     * @param posts    for each limited network, what its button shares; absent when nothing fits (no button)
     * @param warnings which network cannot take the pledge with its link, and what its button does instead
     * @param error    set when no network can take the pledge in any form
     */
    public record Plan(Map<Network, Optional<Post>> posts, List<Note> warnings, Optional<Note> error) {
        public Plan {
            posts = java.util.Collections.unmodifiableMap(new EnumMap<>(posts));
            warnings = List.copyOf(warnings);
        }

        public Optional<Post> post(Network network) {
            return posts.get(network);
        }
    }

    private SharePlan() {
    }

    /**
     * @param pledge the pledge's share text (its words and hashtags)
     * @param shorter the pledge's {@code share:} text with hashtags, or null when it has none
     * @param url    the pledge's address on the page
     */
    public static Plan of(String pledge, String shorter, String url) {
        Map<Network, Optional<Post>> posts = new EnumMap<>(Network.class);
        List<Note> warnings = new ArrayList<>();
        List<String> alone = new ArrayList<>();
        String words = shorter != null ? shorter : pledge;
        for (Network network : Network.values()) {
            int full = network.length(pledge, url);
            alone.add(network.length(words, null) + " characters on " + network.label() + " (it allows " + network.limit() + ")");
            if (full <= network.limit()) {
                posts.put(network, Optional.of(new Post(pledge, true)));
                continue;
            }
            // In order of preference: keep the link with the shorter words, then the pledge alone, then the shorter words alone.
            List<Post> choices = new ArrayList<>();
            if (shorter != null) {
                choices.add(new Post(shorter, true));
            }
            choices.add(new Post(pledge, false));
            if (shorter != null) {
                choices.add(new Post(shorter, false));
            }
            Optional<Post> chosen = choices.stream()
                    .filter(post -> network.length(post.text(), post.withLink() ? url : null) <= network.limit()).findFirst();
            posts.put(network, chosen);
            String name = network.label();
            String said = "the pledge is " + full + " characters on " + name + " with the page link; " + name + " allows "
                    + network.limit() + ", so its " + name + " button ";
            String shortenBy = "shorten the pledge by " + (full - network.limit()) + " characters to share it whole with the link";
            warnings.add(chosen.map(post -> post.text().equals(pledge)
                            ? new Note(said + "shares it without the link", shortenBy + ", or end the block with a line share: and a"
                                    + " shorter text")
                            : new Note(said + "shares the shorter share: text" + (post.withLink() ? "" : ", without the link"),
                                    post.withLink() ? "nothing to do if that is what you want; " + shortenBy
                                            : "shorten the share: text to keep the link"))
                    .orElse(new Note(said + "is left out: even " + (shorter != null ? "the share: text" : "the pledge") + " alone is "
                            + network.length(words, null) + " characters", shorter != null ? "shorten the share: text"
                            : "end the block with a line share: and a shorter text")));
        }
        Optional<Note> error = posts.values().stream().allMatch(Optional::isEmpty)
                ? Optional.of(new Note("the pledge fits no network: even without the page link, " + (shorter != null ? "its share: text"
                        : "it") + " is " + String.join(", ", alone),
                        "shorten the pledge, or end the block with a line share: and a shorter text for X, Bluesky and Mastodon"))
                : Optional.empty();
        return new Plan(posts, error.isPresent() ? List.of() : warnings, error);
    }

    /** http and https addresses, as the composers find them (up to white space). */
    private static final Pattern LINK = Pattern.compile("https?://[^\\s]+");

    /**
     * Bluesky's composer counts a link in the short form it shows: the host and the first 13 characters of
     * the rest, then "...", when the rest is over 15 characters. This follows its own app: the composer counts
     * {@code shortenLinks(richtext).graphemeLength} (bluesky-social/social-app, src/view/com/composer/Composer.tsx),
     * and {@code toShortUrl} in src/lib/strings/url-helpers.ts shortens each link (rich-text-manip.ts).
     */
    static String blueskyCountable(String post) {
        Matcher link = LINK.matcher(post);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            link.appendReplacement(out, Matcher.quoteReplacement(blueskyShortUrl(link.group())));
        }
        link.appendTail(out);
        return out.toString();
    }

    /** social-app's toShortUrl: host + path (no lone "/") + query + fragment, cut to 13 characters and "..." past 15. */
    static String blueskyShortUrl(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                return url;
            }
            String host = uri.getRawAuthority().replaceFirst("^[^@]*@", "").toLowerCase(java.util.Locale.ROOT);
            String path = uri.getRawPath() == null || uri.getRawPath().equals("/") || uri.getRawPath().isEmpty() ? "" : uri.getRawPath();
            // JavaScript's URL drops a default port, and an empty "?" or "#", as URI keeps them.
            host = host.replaceFirst(uri.getScheme().equalsIgnoreCase("https") ? ":443$" : ":80$", "");
            String rest = path + (uri.getRawQuery() == null || uri.getRawQuery().isEmpty() ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null || uri.getRawFragment().isEmpty() ? "" : "#" + uri.getRawFragment());
            return rest.length() > 15 ? host + rest.substring(0, 13) + "..." : host + rest;
        } catch (java.net.URISyntaxException e) {
            return url; // social-app keeps an address it cannot parse as it is
        }
    }

    /**
     * Mastodon counts every link as 23 characters and the rest in graphemes (URL_PLACEHOLDER_CHARS and
     * countable_length in mastodon/mastodon, app/validators/status_length_validator.rb); 500 is a server's default.
     */
    static String mastodonCountable(String post) {
        return LINK.matcher(post).replaceAll("x".repeat(23));
    }

    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    /**
     * Counts user-perceived characters (an emoji with a skin tone, or a family joined with ZWJ, is one), as
     * Bluesky and Mastodon do. The JDK's {@code \X} follows Unicode's extended grapheme clusters; Java 17's
     * BreakIterator does not.
     */
    static int graphemes(String text) {
        Matcher matcher = GRAPHEME.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
