package org.socialcarefuture.northstar.feed;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One feed: the whole site, a type, a tag or an author.
 *
 * @param title       e.g. "Social Care Future: Blog"
 * @param homeUrl     the page the feed belongs to (absolute)
 * @param feedBaseUrl the absolute folder its files live in; the feed files are feed.xml, atom.xml and feed.json there
 * @param stylesheet  the site path of the XSLT that makes the RSS readable in a browser
 * @param publisher   who publishes the feed (the site's title): Atom's feed-level author, so an entry with no
 *                    author of its own still has one, as RFC 4287 asks, and none is ever written empty
 * @param quietSince  the date an empty feed gives as its last change (Atom requires one): the site's newest
 *                    page, never the build time, so an unchanged site still gives the same file
 */
public record FeedSpec(String title, String description, String homeUrl, String feedBaseUrl, String stylesheet,
                       List<FeedItem> items, String publisher, ZonedDateTime quietSince) {

    public FeedSpec {
        items = List.copyOf(items);
    }

    /** The feed's last change: its newest entry's date, or for a feed with none, {@link #quietSince}. */
    public ZonedDateTime updated() {
        return items.isEmpty() ? quietSince : items.get(0).date();
    }

    public String rssUrl() {
        return feedBaseUrl + "feed.xml";
    }

    public String atomUrl() {
        return feedBaseUrl + "atom.xml";
    }

    public String jsonUrl() {
        return feedBaseUrl + "feed.json";
    }
}
