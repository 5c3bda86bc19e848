package org.socialcarefuture.northstar.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.content.PageType;
import org.socialcarefuture.northstar.feed.FeedItem;
import org.socialcarefuture.northstar.feed.FeedSpec;
import org.socialcarefuture.northstar.feed.FeedWriter;
import org.socialcarefuture.northstar.site.RenderedPage;
import org.socialcarefuture.northstar.site.Site;
import org.socialcarefuture.northstar.site.Term;

/**
 * RSS, Atom and JSON Feed for the whole site, each section whose TypePlan has a feed, each tag and each author; the
 * podcast of the site's recordings; and /feeds/, which lists them.
 */
final class FeedPlanner implements Planner {

    /**
     * One feed, published in three formats under {@code base} (feed.xml, atom.xml, feed.json).
     *
     * @param home  the page the feed is of (its link), e.g. {@code blog/}
     * @param pages what it holds, newest (or soonest) first; only the first site.yml feed_limit are in it
     * @param item  how a page is shown in it
     */
    record Feed(String base, String title, String description, String home, List<RenderedPage> pages,
                Function<RenderedPage, FeedItem> item) {
    }

    /** A list page's own feed, which its head links to beside the site's: its folder (e.g. blog/, tags/pledge/) and title. */
    record SectionFeed(String base, String title) {
    }

    private final PlanContext plan;
    private final SiteConfig config;
    private final Site site;
    private final Views views;

    FeedPlanner(PlanContext plan) {
        this.plan = plan;
        this.config = plan.config();
        this.site = plan.site();
        this.views = plan.views();
    }

    @Override
    public List<OutputPage> plan() {
        List<OutputPage> files = new ArrayList<>();
        List<Map<String, Object>> list = new ArrayList<>();
        listed(files, list, siteFeed(true));
        for (TypePlan kind : TypePlan.ALL) {
            if (kind.feed() == TypePlan.FeedStyle.NEWEST && !site.ofType(kind.type()).isEmpty()) {
                listed(files, list, typeFeed(kind.type()));
            } else if (kind.feed() == TypePlan.FeedStyle.EVENTS) {
                Feed events = eventFeed(kind);
                if (!events.pages().isEmpty()) {
                    listed(files, list, events);
                }
            }
        }
        site.tags().values().forEach(tag -> files.addAll(files(tagFeed(tag))));
        site.authors().values().forEach(author -> files.addAll(files(authorFeed(author))));
        podcast(files, list);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("feedList", list);
        extra.put("tagCount", site.tags().size());
        extra.put("authorCount", site.authors().size());
        files.add(new OutputPage("feeds/index.html", "feeds.ftl",
                plan.model("Follow us with a feed reader", "Get our newest posts, newsletters and letters in a feed reader.", "feeds/", extra),
                null));
        return files;
    }

    /**
     * The feeds {@code changed} pages are in (the whole site's, their type's, their tags' and authors'), when
     * only their bodies changed: each feed holds the same pages, so the others are as they were.
     */
    List<OutputPage> feedsOf(List<RenderedPage> changed) {
        List<OutputPage> files = new ArrayList<>();
        java.util.Set<PageType> types = java.util.EnumSet.noneOf(PageType.class);
        java.util.Set<String> tags = new java.util.TreeSet<>();
        java.util.Set<String> authors = new java.util.TreeSet<>();
        boolean anEvent = false;
        for (RenderedPage rendered : changed) {
            Page page = rendered.page();
            anEvent |= !page.easyRead() && page.isEvent();
            if (!page.easyRead() && page.dated()) {
                types.add(page.type());
                page.tags().forEach(tag -> tags.add(org.socialcarefuture.northstar.content.Slugs.of(tag)));
                page.authors().forEach(author -> authors.add(org.socialcarefuture.northstar.content.Slugs.of(author)));
            }
        }
        if (anEvent) { // once, however many events changed: twice would be two files at one address
            for (TypePlan kind : TypePlan.ALL) {
                Feed events = kind.feed() == TypePlan.FeedStyle.EVENTS ? eventFeed(kind) : null;
                if (events != null && !events.pages().isEmpty()) {
                    files.addAll(files(events));
                }
            }
        }
        if (types.isEmpty()) {
            return files; // an easy-read page or an undated one: in no feed
        }
        files.addAll(files(siteFeed(false)));
        types.forEach(type -> files.addAll(files(typeFeed(type))));
        tags.forEach(slug -> site.tag(slug).ifPresent(tag -> files.addAll(files(tagFeed(tag)))));
        authors.forEach(slug -> site.author(slug).ifPresent(author -> files.addAll(files(authorFeed(author)))));
        return files;
    }

    /** The feed a list page at {@code url} (any of its pages) has of its own, or null: a section's, a tag's or an author's. */
    static SectionFeed section(SiteConfig config, Site site, String url) {
        String base = url.replaceFirst("page/\\d+/$", "");
        for (TypePlan kind : TypePlan.ALL) {
            if (kind.feed() != TypePlan.FeedStyle.NONE && base.equals(kind.section())) {
                return new SectionFeed(base, config.title() + ": " + (kind.feed() == TypePlan.FeedStyle.EVENTS ? lowerPlural(kind)
                        : kind.type().pluralLabel()));
            }
        }
        if ((base.startsWith("tags/") || base.startsWith("authors/")) && base.chars().filter(c -> c == '/').count() == 2) {
            String slug = base.substring(base.indexOf('/') + 1, base.length() - 1);
            Term term = base.startsWith("tags/") ? site.tags().get(slug) : site.authors().get(slug);
            return new SectionFeed(base, config.title() + ": " + (term == null ? slug : term.name()));
        }
        return null;
    }

    /** What a section of events is called inside a sentence or title: "events". */
    static String lowerPlural(TypePlan kind) {
        return kind.type().pluralLabel().toLowerCase(Locale.ROOT);
    }

    /** Adds a feed's files, and its entry with its count to the feeds page's list. */
    private void listed(List<OutputPage> files, List<Map<String, Object>> list, Feed feed) {
        files.addAll(files(feed));
        String base = feed.base();
        list.add(Map.of("title", feed.title(), "rss", views.href(base + "feed.xml"), "atom", views.href(base + "atom.xml"),
                "json", views.href(base + "feed.json"), "count", feed.pages().size()));
    }

    /** The whole site's feed; {@code counted}: all its pages, for the feeds page's count (else only the newest, all it holds). */
    private Feed siteFeed(boolean counted) {
        List<RenderedPage> dated = site.pages().stream().filter(p -> !p.page().easyRead() && p.page().dated())
                .limit(counted ? Long.MAX_VALUE : config.feedLimit()).toList();
        return new Feed("", config.title(), "Everything new from " + config.title() + ".", "", dated, views::feedItem);
    }

    private Feed typeFeed(PageType type) {
        return new Feed(type.folder() + "/", config.title() + ": " + type.pluralLabel(), type.pluralLabel() + " from " + config.title() + ".",
                type.folder() + "/", site.ofType(type), views::feedItem);
    }

    /**
     * /events/feed.xml, atom.xml and feed.json: what is coming up, soonest first, then what is past, newest first,
     * as /events/ lists them; each entry dated by its start and saying when and where before its text.
     */
    private Feed eventFeed(TypePlan kind) {
        List<RenderedPage> events = java.util.stream.Stream.concat(ListPlanner.upcoming(plan, kind).stream(),
                ListPlanner.past(plan, kind).stream()).toList();
        return new Feed(kind.section(), config.title() + ": " + lowerPlural(kind), kind.type().pluralLabel() + " from " + config.title()
                + ", with when and where.", kind.section(), events, views::eventFeedItem);
    }

    private Feed tagFeed(Term tag) {
        return new Feed("tags/" + tag.slug() + "/", config.title() + ": " + tag.name(), "Everything about " + tag.name() + ".",
                "tags/" + tag.slug() + "/", dated(tag.pages()), views::feedItem);
    }

    private Feed authorFeed(Term author) {
        return new Feed("authors/" + author.slug() + "/", config.title() + ": " + author.name(), "Everything by " + author.name() + ".",
                "authors/" + author.slug() + "/", dated(author.pages()), views::feedItem);
    }

    /** The dated pages a term's feed shows: its newest (a feed holds no more; a tag may be on thousands of pages). */
    private List<RenderedPage> dated(List<RenderedPage> pages) {
        return pages.stream().filter(p -> p.page().dated()).limit(config.feedLimit()).toList();
    }

    private List<OutputPage> files(Feed feed) {
        String base = feed.base();
        List<RenderedPage> newest = feed.pages().stream().limit(config.feedLimit()).toList();
        // A feed is made from its newest pages and their easy-read versions: the same inputs give the same feed.
        List<String> easyReads = newest.stream().map(p -> site.easyReadOf(p).map(RenderedPage::url).orElse("")).toList();
        // An empty feed is dated by the site's newest page, so that date is one of its inputs (the bake's cache keys on them).
        Object inputs = List.of(base, feed.title(), feed.description(), feed.home(), newest, easyReads, newest.isEmpty() ? newestDate() : "");
        Supplier<FeedSpec> spec = PlanContext.once(() -> new FeedSpec(feed.title(), feed.description(), views.permalink(feed.home()),
                views.permalink(base), views.href("feed.xsl"), newest.stream().map(feed.item()).toList(), config.title(), newestDate()));
        return List.of(OutputPage.file(base + "feed.xml", () -> FeedWriter.rss(spec.get()), inputs),
                OutputPage.file(base + "atom.xml", () -> FeedWriter.atom(spec.get()), inputs),
                OutputPage.file(base + "feed.json", () -> FeedWriter.json(spec.get()), inputs));
    }

    /** The pages with an audio recording of ours, as a podcast (podcast.xml): newest first, each with its enclosure. */
    private void podcast(List<OutputPage> files, List<Map<String, Object>> list) {
        List<RenderedPage> recordings = site.pages().stream().filter(p -> !p.page().easyRead() && p.page().dated()
                && p.page().media() != null && p.page().media().hasAudio()).toList();
        if (recordings.isEmpty()) {
            return;
        }
        files.add(OutputPage.file("podcast.xml", () -> org.socialcarefuture.northstar.feed.PodcastFeed.rss(config.title() + ": recordings",
                "Recordings from " + config.title() + ", each with its transcript on its page.", views.permalink(""), config.title(),
                recordings.stream().map(page -> {
                    String path = Views.contentRelative(page.page(), page.page().media().audio());
                    return new org.socialcarefuture.northstar.feed.PodcastFeed.Episode(views.feedItem(page), views.permalink(path),
                            page.page().media().audioBytes(), org.socialcarefuture.northstar.feed.PodcastFeed.type(path));
                }).toList()), List.of(recordings.stream().map(RenderedPage::page).toList(), "podcast")));
        list.add(Map.of("title", config.title() + ": recordings (a podcast)", "rss", views.href("podcast.xml"), "atom", "", "json", "",
                "count", recordings.size()));
    }

    /**
     * The date an empty feed says it last changed: the site's newest dated page, or the start of 1970 for a site
     * with none (a date, never the build's time, so the file stays the same from bake to bake).
     */
    private java.time.ZonedDateTime newestDate() {
        return site.pages().stream().filter(p -> p.page().dated()).map(p -> p.page().date())
                .max(java.util.Comparator.naturalOrder())
                .orElse(java.time.ZonedDateTime.ofInstant(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC));
    }
}
