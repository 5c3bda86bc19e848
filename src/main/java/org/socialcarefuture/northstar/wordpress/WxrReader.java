package org.socialcarefuture.northstar.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a WordPress export file (WXR: RSS 2.0 with the wp:, content:, dc: and excerpt: namespaces)
 * with jsoup's XML parser, which does not mind the export's many namespaces and CDATA sections.
 */
public final class WxrReader {

    /** What an export holds: its posts and pages (and other items), and its media library by id. */
    public record Export(List<WpItem> items, Map<String, WpItem.WpAttachment> attachments) {
    }

    private WxrReader() {
    }

    public static List<WpItem> read(Path export) throws IOException {
        return readExport(export).items();
    }

    public static Export readExport(Path export) throws IOException {
        Document xml;
        try (InputStream in = Files.newInputStream(export)) {
            xml = Jsoup.parse(in, "UTF-8", "", Parser.xmlParser());
        }
        if (xml.selectFirst("rss > channel") == null) {
            throw new IOException(export + " is not a WordPress export (no <rss><channel>); export it from Tools > Export in WordPress");
        }
        Map<String, String> authors = new HashMap<>();
        for (Element author : xml.select("channel > wp|author")) {
            authors.put(text(author, "wp|author_login"), text(author, "wp|author_display_name"));
        }
        List<WpItem> items = new ArrayList<>();
        Map<String, WpItem.WpAttachment> attachments = new LinkedHashMap<>();
        for (Element item : xml.select("channel > item")) {
            List<String> categories = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (Element category : item.select("> category")) {
                (category.attr("domain").equals("post_tag") ? tags : categories).add(category.text().strip());
            }
            Map<String, String> meta = new LinkedHashMap<>();
            for (Element postmeta : item.select("> wp|postmeta")) {
                meta.putIfAbsent(text(postmeta, "wp|meta_key"), text(postmeta, "wp|meta_value"));
            }
            List<WpItem.WpComment> comments = new ArrayList<>();
            for (Element comment : item.select("> wp|comment")) {
                // Only what a reader saw: the name, date and words. E-mail, web and IP addresses are never read.
                comments.add(new WpItem.WpComment(text(comment, "wp|comment_id"), text(comment, "wp|comment_parent"),
                        text(comment, "wp|comment_author"), text(comment, "wp|comment_date"), text(comment, "wp|comment_content"),
                        text(comment, "wp|comment_approved"), text(comment, "wp|comment_type")));
            }
            String login = text(item, "dc|creator");
            WpItem read = new WpItem(text(item, "wp|post_id"), text(item, "title"), text(item, "wp|post_date"), text(item, "link"),
                    text(item, "wp|post_name"), text(item, "wp|status"), text(item, "wp|post_type"),
                    authors.getOrDefault(login, login), categories, tags, text(item, "content|encoded"), text(item, "excerpt|encoded"),
                    text(item, "wp|post_password"), meta, comments);
            if (read.type().equals("attachment")) {
                attachments.put(read.id(), new WpItem.WpAttachment(read.id(), text(item, "wp|attachment_url"),
                        meta.getOrDefault("_wp_attachment_image_alt", ""), Jsoup.parse(read.excerpt()).text().strip(), read.title()));
            }
            items.add(read);
        }
        return new Export(items, attachments);
    }

    private static String text(Element parent, String selector) {
        Element element = parent.selectFirst("> " + selector);
        return element == null ? "" : element.wholeText().strip();
    }
}
