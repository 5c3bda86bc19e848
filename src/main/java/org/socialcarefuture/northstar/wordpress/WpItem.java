package org.socialcarefuture.northstar.wordpress;

import java.util.List;

/**
 * One post or page from a WordPress export (WXR), as WordPress wrote it.
 *
 * @param id       wp:post_id, for the {@code /?p=ID} alias
 * @param date     wp:post_date, local time in Europe/London ("2021-01-18 10:30:00")
 * @param link     the old permalink
 * @param status   publish, draft, pending, private, trash...
 * @param type     post or page
 * @param html     content:encoded
 * @param excerpt  excerpt:encoded
 */
public record WpItem(String id, String title, String date, String link, String slug, String status, String type,
                     String author, List<String> categories, List<String> tags, String html, String excerpt) {

    public WpItem {
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
    }
}
