package org.socialcarefuture.northstar.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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

    private WxrReader() {
    }

    public static List<WpItem> read(Path export) throws IOException {
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
        for (Element item : xml.select("channel > item")) {
            List<String> categories = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (Element category : item.select("> category")) {
                (category.attr("domain").equals("post_tag") ? tags : categories).add(category.text().strip());
            }
            String login = text(item, "dc|creator");
            items.add(new WpItem(text(item, "wp|post_id"), text(item, "title"), text(item, "wp|post_date"), text(item, "link"),
                    text(item, "wp|post_name"), text(item, "wp|status"), text(item, "wp|post_type"),
                    authors.getOrDefault(login, login), categories, tags, text(item, "content|encoded"), text(item, "excerpt|encoded")));
        }
        return items;
    }

    private static String text(Element parent, String selector) {
        Element element = parent.selectFirst("> " + selector);
        return element == null ? "" : element.wholeText().strip();
    }
}
