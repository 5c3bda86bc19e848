package org.socialcarefuture.northstar.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

import com.rometools.modules.itunes.EntryInformation;
import com.rometools.modules.itunes.EntryInformationImpl;
import com.rometools.modules.itunes.FeedInformation;
import com.rometools.modules.itunes.FeedInformationImpl;
import com.rometools.modules.itunes.types.Category;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

/**
 * The site's recordings as a podcast: RSS 2.0 with each recording as an enclosure (its address, length
 * in bytes and type) and the iTunes tags podcast apps read. Like the other feeds, it carries the dates
 * of its recordings, never the build's.
 */
public final class PodcastFeed {

    /** One recording: its page's entry, and its audio file. */
    public record Episode(FeedItem item, String audioUrl, long length, String type) {
    }

    private PodcastFeed() {
    }

    public static String rss(String title, String description, String homeUrl, String author, List<Episode> episodes) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle(title);
        feed.setDescription(description);
        feed.setLink(homeUrl);
        feed.setLanguage("en-GB");
        feed.setEncoding("UTF-8");
        if (!episodes.isEmpty()) {
            feed.setPublishedDate(Date.from(episodes.get(0).item().date().toInstant()));
        }
        FeedInformation show = new FeedInformationImpl();
        show.setAuthor(author);
        show.setOwnerName(author);
        show.setSummary(description);
        show.setExplicit(false);
        show.setCategories(List.of(new Category("Society & Culture")));
        feed.getModules().add(show);
        List<SyndEntry> entries = new ArrayList<>();
        for (Episode episode : episodes) {
            FeedItem item = episode.item();
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(item.title());
            entry.setLink(item.url());
            entry.setUri(item.id());
            entry.setPublishedDate(Date.from(item.date().toInstant()));
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(item.summary().isBlank() ? item.title() : item.summary());
            entry.setDescription(summary);
            SyndEnclosure enclosure = new SyndEnclosureImpl();
            enclosure.setUrl(episode.audioUrl());
            enclosure.setLength(episode.length());
            enclosure.setType(episode.type());
            entry.setEnclosures(List.of(enclosure));
            EntryInformation about = new EntryInformationImpl();
            about.setAuthor(String.join(", ", item.authors()));
            about.setSummary(summary.getValue());
            about.setExplicit(false);
            entry.getModules().add(about);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            StringWriter out = new StringWriter();
            new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).output(new SyndFeedOutput().outputJDom(feed), out);
            return out.toString();
        } catch (FeedException | IOException e) {
            throw new IllegalStateException("the podcast feed could not be written: " + e.getMessage(), e);
        }
    }

    /** The type an audio file is sent as, from its name. */
    public static String type(String path) {
        String name = path.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".mp3")) {
            return "audio/mpeg";
        }
        if (name.endsWith(".m4a") || name.endsWith(".aac")) {
            return "audio/mp4";
        }
        if (name.endsWith(".wav")) {
            return "audio/wav";
        }
        return "audio/ogg";
    }
}
