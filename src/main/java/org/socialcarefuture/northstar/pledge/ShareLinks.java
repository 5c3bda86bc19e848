package org.socialcarefuture.northstar.pledge;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Share links for a pledge: plain links to each network's own share page, so no third-party script,
 * pixel or iframe ever loads on our pages. Each carries the text and the page's address.
 */
public final class ShareLinks {

    /** One network's share link; {@code name} is what the link says ("X", "Facebook"...). */
    public record Link(String network, String name, String href) {
    }

    private ShareLinks() {
    }

    public static List<Link> forPledge(String text, String pageUrl, String mastodonSharePage) {
        String t = encode(text);
        String u = encode(pageUrl);
        String textAndUrl = encode(text + " " + pageUrl);
        return List.of(
                new Link("x", "X (Twitter)", "https://x.com/intent/tweet?text=" + t + "&url=" + u),
                new Link("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + u),
                new Link("linkedin", "LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=" + u),
                new Link("bluesky", "Bluesky", "https://bsky.app/intent/compose?text=" + textAndUrl),
                new Link("whatsapp", "WhatsApp", "https://wa.me/?text=" + textAndUrl),
                new Link("mastodon", "Mastodon", mastodonSharePage + "?text=" + textAndUrl),
                new Link("email", "email", "mailto:?subject=" + encode("My pledge for social care")
                        + "&body=" + encode(text + "\n\n" + pageUrl)));
    }

    /** Percent-encoding as RFC 3986 wants it in a query: spaces as %20, never +, which some networks show literally. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
