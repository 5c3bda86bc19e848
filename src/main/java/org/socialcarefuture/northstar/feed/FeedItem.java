package org.socialcarefuture.northstar.feed;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One entry of a feed, with every URL already absolute (feed readers have no base address).
 *
 * @param id          a stable id: the permalink, never the build time
 * @param easyReadUrl the easy-read version's permalink, or "" when there is none
 */
public record FeedItem(String id, String url, String title, String summary, String contentHtml,
                       ZonedDateTime date, List<String> authors, List<String> tags, String easyReadUrl, String imageUrl) {

    public FeedItem {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }
}
