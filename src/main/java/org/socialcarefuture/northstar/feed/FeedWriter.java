package org.socialcarefuture.northstar.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jdom2.Document;
import org.jdom2.ProcessingInstruction;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/**
 * Step 6: RSS 2.0 and Atom 1.0 with Rome, JSON Feed 1.1 with Jackson. Entries are newest first;
 * the feed's date is its newest entry's, never the build time, so an unchanged site gives
 * byte-identical feeds. Easy-read versions are an alternate link of their main entry (Atom, JSON).
 *
 * <p>Each text is written for what its format means by it. RSS 2.0 readers take an item's
 * {@code description} as HTML, so the summary goes there HTML-escaped ({@code <} as {@code &lt;}, once more
 * XML-escaped on the way out): a reader shows it as the words written, and no tag in a summary can become
 * markup. RSS gives no type for titles, categories and names, and readers differ (some show them as text, some
 * as HTML); a {@code <} there, the only character that can open markup, is written as {@code &lt;} too.
 * The whole post goes in {@code content:encoded}: the page's own sanitised HTML. Atom says its types
 * ({@code text} and {@code html}) and JSON Feed's fields are plain text or HTML by name, so there each text is
 * given as it is (the HTML being the sanitised page).
 */
public final class FeedWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FeedWriter() {
    }

    public static String rss(FeedSpec spec) {
        SyndFeed feed = syndFeed(spec, "rss_2.0");
        // A tag's or an author's feed is named after them: the channel's words are written as the items' are.
        feed.setTitle(noTags(spec.title()));
        feed.setDescription(htmlEscaped(spec.description()));
        feed.setLink(spec.homeUrl());
        return write(feed, spec.stylesheet());
    }

    public static String atom(FeedSpec spec) {
        SyndFeed feed = syndFeed(spec, "atom_1.0");
        feed.setUri(spec.atomUrl());
        List<SyndLink> links = new ArrayList<>();
        links.add(link("alternate", spec.homeUrl(), "text/html", null));
        links.add(link("self", spec.atomUrl(), "application/atom+xml", null));
        feed.setLinks(links);
        return write(feed, null);
    }

    private static SyndFeed syndFeed(FeedSpec spec, String type) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(spec.title());
        feed.setDescription(spec.description());
        feed.setLanguage("en-GB");
        feed.setEncoding("UTF-8");
        if (spec.updated() != null) {
            feed.setPublishedDate(Date.from(spec.updated().toInstant()));
        }
        if (type.startsWith("atom") && !spec.publisher().isBlank()) {
            SyndPerson publisher = new SyndPersonImpl();
            publisher.setName(spec.publisher());
            feed.setAuthors(List.of(publisher));
        }
        List<SyndEntry> entries = new ArrayList<>();
        for (FeedItem item : spec.items()) {
            entries.add(entry(item, type));
        }
        feed.setEntries(entries);
        return feed;
    }

    private static SyndEntry entry(FeedItem item, String type) {
        boolean rss = type.startsWith("rss");
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(rss ? noTags(item.title()) : item.title());
        entry.setLink(item.url());
        entry.setUri(item.id());
        Date date = Date.from(item.date().toInstant());
        entry.setPublishedDate(date);
        entry.setUpdatedDate(date);
        List<SyndPerson> authors = new ArrayList<>();
        for (String name : item.authors()) {
            if (name.isBlank()) {
                continue; // an author with no name is left out, never written empty
            }
            SyndPerson person = new SyndPersonImpl();
            person.setName(rss ? noTags(name) : name);
            authors.add(person);
        }
        entry.setAuthors(authors);
        List<SyndCategory> categories = new ArrayList<>();
        for (String tag : item.tags()) {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(rss ? noTags(tag) : tag);
            categories.add(category);
        }
        entry.setCategories(categories);
        if (!item.summary().isBlank()) {
            SyndContent summary = new SyndContentImpl();
            summary.setType(rss ? "text/html" : "text/plain");
            summary.setValue(rss ? htmlEscaped(item.summary()) : item.summary());
            entry.setDescription(summary);
        }
        SyndContent content = new SyndContentImpl();
        content.setType("text/html");
        content.setValue(item.contentHtml());
        entry.setContents(List.of(content));
        if (type.startsWith("atom")) {
            List<SyndLink> links = new ArrayList<>();
            links.add(link("alternate", item.url(), "text/html", null));
            if (!item.easyReadUrl().isEmpty()) {
                links.add(link("alternate", item.easyReadUrl(), "text/html", "Easy read"));
            }
            entry.setLinks(links);
        }
        return entry;
    }

    /** Text as HTML that shows exactly that text: for a reader that takes it as HTML, nothing in it is markup. */
    static String htmlEscaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A title, name or category for RSS, where readers differ on text or HTML: only {@code <} can open markup,
     * so only it is escaped (a reader that shows text still shows every other character as written).
     */
    static String noTags(String text) {
        return text.replace("<", "&lt;");
    }

    private static SyndLink link(String rel, String href, String type, String title) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        link.setHreflang("en-GB");
        if (title != null) {
            link.setTitle(title);
        }
        return link;
    }

    private static String write(SyndFeed feed, String stylesheet) {
        try {
            com.rometools.rome.feed.WireFeed wire = feed.createWireFeed();
            if (wire instanceof com.rometools.rome.feed.atom.Feed atom) {
                // Rome gives an entry without authors one with an empty name (from its Dublin Core creator): RFC 4287
                // wants a name in every author, and the feed's own author stands for the entry's.
                for (com.rometools.rome.feed.atom.Entry entry : atom.getEntries()) {
                    entry.setAuthors(new ArrayList<>(entry.getAuthors().stream()
                            .filter(person -> person.getName() != null && !person.getName().isBlank()).toList()));
                }
            }
            Document document = new WireFeedOutput().outputJDom(wire);
            if (stylesheet != null) {
                // Opened in a browser, the RSS shows as a readable page that explains feeds.
                document.addContent(0, new ProcessingInstruction("xml-stylesheet", "type=\"text/xsl\" href=\"" + stylesheet + "\""));
            }
            StringWriter out = new StringWriter();
            new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).output(document, out);
            return out.toString();
        } catch (FeedException | IOException e) {
            throw new IllegalStateException("could not write feed " + feed.getTitle() + ": " + e.getMessage(), e);
        }
    }

    /** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
    public static String json(FeedSpec spec) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", spec.title());
        feed.put("home_page_url", spec.homeUrl());
        feed.put("feed_url", spec.jsonUrl());
        feed.put("description", spec.description());
        feed.put("language", "en-GB");
        List<Map<String, Object>> items = new ArrayList<>();
        for (FeedItem item : spec.items()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", item.id());
            entry.put("url", item.url());
            entry.put("title", item.title());
            entry.put("content_html", item.contentHtml());
            if (!item.summary().isBlank()) {
                entry.put("summary", item.summary());
            }
            if (!item.imageUrl().isEmpty()) {
                entry.put("image", item.imageUrl());
            }
            entry.put("date_published", java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(item.date()));
            if (!item.authors().isEmpty()) {
                entry.put("authors", item.authors().stream().map(name -> Map.of("name", name)).toList());
            }
            if (!item.tags().isEmpty()) {
                entry.put("tags", item.tags());
            }
            if (!item.easyReadUrl().isEmpty()) {
                entry.put("_north_star", Map.of("easy_read_url", item.easyReadUrl()));
            }
            items.add(entry);
        }
        feed.put("items", items);
        try {
            return JSON.writeValueAsString(feed) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
