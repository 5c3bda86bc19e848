package org.socialcarefuture.northstar.wordpress;

import java.util.List;
import java.util.Map;

/**
 * One post or page from a WordPress export (WXR), as WordPress wrote it.
 *
 * @param id       wp:post_id, for the {@code /?p=ID} alias
 * @param date     wp:post_date, local time in Europe/London ("2021-01-18 10:30:00")
 * @param link     the old permalink
 * @param status   publish, draft, pending, private, future, trash...
 * @param type     post or page
 * @param html     content:encoded
 * @param excerpt  excerpt:encoded
 * @param password wp:post_password: WordPress holds the text back until a reader gives it ("" for none)
 * @param meta     wp:postmeta by key (the block editor keeps footnotes there)
 * @param comments every wp:comment, approved or not (the import keeps only approved ones)
 */
public record WpItem(String id, String title, String date, String link, String slug, String status, String type,
                     String author, List<String> categories, List<String> tags, String html, String excerpt,
                     String password, Map<String, String> meta, List<WpComment> comments) {

    public WpItem {
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        meta = Map.copyOf(meta);
        comments = List.copyOf(comments);
    }

    /** Password-protected or private: never to be published by an import. */
    public boolean isPrivate() {
        return !password.isBlank() || status.equals("private");
    }

    /**
     * One comment as WordPress exported it. The e-mail address, web address and IP address are not read at all.
     *
     * @param approved "1" approved, "0" pending, "spam", "trash"
     * @param type     "" or "comment" for a reader's comment; "pingback", "trackback" for links from other sites
     */
    public record WpComment(String id, String parent, String author, String date, String html, String approved, String type) {

        public boolean isReadersApprovedComment() {
            return approved.equals("1") && (type.isEmpty() || type.equals("comment"));
        }
    }

    /** A picture in the export's media library, for galleries that name pictures by id. */
    public record WpAttachment(String id, String url, String alt, String caption, String title) {
    }
}
