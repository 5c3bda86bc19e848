package org.socialcarefuture.northstar.feed;

import java.util.List;

/**
 * One feed: the whole site, a type, a tag or an author.
 *
 * @param title       e.g. "Social Care Future: Blog"
 * @param homeUrl     the page the feed belongs to (absolute)
 * @param feedBaseUrl the absolute folder its files live in; the feed files are feed.xml, atom.xml and feed.json there
 * @param stylesheet  the site path of the XSLT that makes the RSS readable in a browser
 */
public record FeedSpec(String title, String description, String homeUrl, String feedBaseUrl, String stylesheet,
                       List<FeedItem> items) {

    public FeedSpec {
        items = List.copyOf(items);
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
