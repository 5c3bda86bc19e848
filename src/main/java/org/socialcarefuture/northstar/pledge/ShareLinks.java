package org.socialcarefuture.northstar.pledge;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Share links for a pledge: plain links to each network's own share page, so no third-party script,
 * pixel or iframe ever loads on our pages. Each carries the text and the page's address, or, where
 * the pledge's share plan says the network cannot take both, what it can take.
 */
public final class ShareLinks {

    /** One network's share link; {@code name} is what the link says ("X", "Facebook"...). */
    public record Link(String network, String name, String href) {
    }

    private ShareLinks() {
    }

    public static List<Link> forPledge(String text, SharePlan.Plan plan, String pageUrl, String mastodonSharePage) {
        String u = encode(pageUrl);
        String textAndUrl = encode(text + " " + pageUrl);
        List<Link> links = new ArrayList<>();
        plan.post(SharePlan.Network.X).ifPresent(post -> links.add(new Link("x", "X (Twitter)",
                "https://x.com/intent/tweet?text=" + encode(post.text()) + (post.withLink() ? "&url=" + u : ""))));
        links.add(new Link("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + u));
        links.add(new Link("linkedin", "LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=" + u));
        plan.post(SharePlan.Network.BLUESKY).ifPresent(post -> links.add(new Link("bluesky", "Bluesky",
                "https://bsky.app/intent/compose?text=" + encode(joined(post, pageUrl)))));
        links.add(new Link("whatsapp", "WhatsApp", "https://wa.me/?text=" + textAndUrl));
        plan.post(SharePlan.Network.MASTODON).ifPresent(post -> links.add(new Link("mastodon", "Mastodon",
                mastodonSharePage + "?text=" + encode(joined(post, pageUrl)))));
        links.add(new Link("email", "email", "mailto:?subject=" + encode("My pledge for social care")
                + "&body=" + encode(text + "\n\n" + pageUrl)));
        return links;
    }

    private static String joined(SharePlan.Post post, String pageUrl) {
        return post.withLink() ? post.text() + " " + pageUrl : post.text();
    }

    /** Percent-encoding as RFC 3986 wants it in a query: spaces as %20, never +, which some networks show literally. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
