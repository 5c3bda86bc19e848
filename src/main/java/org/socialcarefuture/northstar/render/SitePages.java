package org.socialcarefuture.northstar.render;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.content.PageType;
import org.socialcarefuture.northstar.pledge.Pledge;
import org.socialcarefuture.northstar.problem.Problems;
import org.socialcarefuture.northstar.site.RenderedPage;
import org.socialcarefuture.northstar.site.Site;
import org.socialcarefuture.northstar.site.Term;

/**
 * Step 4a: decides every file of the site, with its template and data. Also the one place that
 * knows every URL, so two things claiming one address are caught here, whatever they are.
 */
public final class SitePages {

    private final SiteConfig config;
    private final Site site;
    private final Views views;
    private final boolean preview;
    private final Problems problems;
    private final List<OutputPage> outputs = new ArrayList<>();
    private final Map<String, String> owners = new HashMap<>();
    /** Each content page's date for the sitemap, by output path (its data is only made when it is rendered). */
    private final Map<String, String> lastModified = new HashMap<>();
    private final Map<String, Object> siteView;
    private final Map<String, Object> looks;
    /**
     * The navigation and settings every page shows, as a SHA-256, for comparing files' inputs in the preview and the
     * bake's cache (a 32-bit hash could let a changed menu pass for the old one).
     */
    private final String siteViewDigest;

    /**
     * @param looks "logo": the header's logo as the templates show it (url, alt, width, height), or empty for none;
     *              "favicon": the tab's icon (url, type)
     */
    private final Map<String, org.socialcarefuture.northstar.pdf.PdfFile> pdfs;

    public SitePages(SiteConfig config, Site site, Views views, boolean preview, Problems problems, Map<String, Object> looks) {
        this(config, site, views, preview, problems, looks, Map.of());
    }

    /** @param pdfs each page's PDF by its address (see pdf/PrintPages): its page links to it, with its size */
    public SitePages(SiteConfig config, Site site, Views views, boolean preview, Problems problems, Map<String, Object> looks,
                     Map<String, org.socialcarefuture.northstar.pdf.PdfFile> pdfs) {
        this.pdfs = pdfs;
        this.config = config;
        this.looks = looks;
        this.site = site;
        this.views = views;
        this.preview = preview;
        this.problems = problems;
        this.siteView = siteView();
        this.siteViewDigest = org.socialcarefuture.northstar.cache.StableDigest.once(siteView);
    }

    public List<OutputPage> plan() {
        for (RenderedPage page : site.pages()) {
            addPage(page);
        }
        home();
        for (PageType type : PageType.values()) {
            // Only what the site has: no empty lists, feeds or links for kinds of page it has none of.
            if (type.listed() && type != PageType.EVENT && !site.ofType(type).isEmpty()) {
                paginate(type.folder() + "/", "list.ftl", type.pluralLabel(), type.pluralLabel(),
                        site.ofType(type), Map.of("listType", type.id()));
            }
        }
        events();
        terms("tags/", "Topics", "Everything we have written, by topic.", site.tags(), "Topic", "Topic: ");
        terms("authors/", "Authors", "The people who wrote for " + config.title() + ".", site.authors(), "Written by", "Author: ");
        archive();
        feeds();
        search();
        newsletterEmails();
        pledges();
        aliases();
        add(new OutputPage("404.html", "404.ftl", model("Page not found", "", "404.html", Map.of()), null));
        if (hasPledges()) {
            add(new OutputPage("share/mastodon/index.html", "mastodon.ftl",
                    model("Share on Mastodon", "Choose your Mastodon server to share a pledge.", "share/mastodon/", Map.of()), null));
        }
        sitemap();
        add(new OutputPage("robots.txt", "robots.ftl", model("robots", "", "robots.txt", Map.of()), null));
        headersFile();
        if (!config.colours().isEmpty() || !config.darkColours().isEmpty()) {
            add(OutputPage.file(BRAND_CSS, () -> org.socialcarefuture.northstar.a11y.BrandColours.css(config), List.of(config.colours(), config.darkColours())));
        }
        return List.copyOf(outputs);
    }

    /**
     * The preview's plan after edits that changed only pages' bodies (their front matter, and so every list,
     * neighbour and address, is as it was): the files that show a body are planned again, for
     * {@code changed} pages' own files, the feeds, the search index and the pledges; every other file is
     * {@code last}'s. This site must be the last plan's with the new bodies (see Site#withBodies). Null when
     * the new files are not all among the last plan's: then the whole site must be planned.
     */
    public List<OutputPage> replan(List<OutputPage> last, List<RenderedPage> changed) {
        for (RenderedPage page : changed) {
            addPage(page);
            if (page.page().type() == PageType.NEWSLETTER && !page.page().easyRead()) {
                newsletterEmail(page);
            }
        }
        feedsOf(changed);
        search();
        pledges();
        Map<String, OutputPage> fresh = new HashMap<>();
        outputs.forEach(output -> fresh.put(output.path(), output));
        List<OutputPage> plan = new ArrayList<>(last.size());
        for (OutputPage output : last) {
            OutputPage now = fresh.remove(output.path());
            plan.add(now != null ? now : output);
        }
        return fresh.isEmpty() ? List.copyOf(plan) : null;
    }

    /** The paths {@link #replan} made again (the rest of its plan was the last one's). */
    public java.util.Set<String> replanned() {
        java.util.Set<String> paths = new java.util.HashSet<>();
        outputs.forEach(output -> paths.add(output.path()));
        return paths;
    }

    private void addPage(RenderedPage rendered) {
        Page page = rendered.page();
        String template = page.easyRead() ? "easy-read.ftl" : switch (page.type()) {
            case VISION -> "vision.ftl";
            case REPORT -> "report.ftl";
            case EVENT -> "event.ftl";
            default -> "page.ftl";
        };
        if (page.isEvent() && !page.easyRead()) {
            // Its calendar file: made from the page's front matter alone, so the same event makes the same file.
            add(OutputPage.file(page.url() + page.slug() + ".ics", () -> org.socialcarefuture.northstar.event.Calendars.ics(
                    page.title(), List.of(views.calendarEntry(rendered))), List.of(page, "ics")));
        }
        String textFile = page.url() + page.slug() + ".txt";
        boolean plainText = page.type() == PageType.REPORT && !page.easyRead();
        if (plainText) {
            add(OutputPage.lazy(textFile, "report.txt.ftl", () -> {
                Map<String, Object> textModel = new LinkedHashMap<>(siteModel());
                textModel.put("page", pageView(rendered, plainText, textFile));
                textModel.put("text", PlainText.of(rendered.html()));
                return textModel;
            }, page.source(), List.of()));
        }
        lastModified.put(page.url() + "index.html", page.dated() ? Views.isoDate(page.date()) : "");
        // Everything the page's data is made from (see Views.full and model): the preview compares these
        // instead of making the data, so a page whose neighbours and links are unchanged costs a lookup.
        Object inputs = fullPageInputs(rendered);
        add(OutputPage.lazy(page.url() + "index.html", template, inputs, () -> {
            Map<String, Object> view = pageView(rendered, plainText, textFile);
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("page", view);
            Map<String, Object> model = model(page.title(), page.summary(), page.url(), extra);
            @SuppressWarnings("unchecked")
            Map<String, Object> meta = (Map<String, Object>) model.get("meta");
            // The two versions point at each other in full addresses, as search engines want an alternate's.
            meta.put("easyReadUrl", absoluteOrEmpty((String) view.get("easyReadUrl")));
            meta.put("mainUrl", absoluteOrEmpty((String) view.get("mainUrl")));
            meta.put("csp", org.socialcarefuture.northstar.security.ContentSecurityPolicy.forPage(rendered.html() + rendered.recording(),
                    page.image()));
            meta.put("ogType", page.dated() ? "article" : "website");
            meta.put("published", page.dated() ? java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(page.date()) : "");
            meta.put("authors", page.authors());
            meta.put("image", views.socialImage(rendered));
            meta.put("draft", page.draft() || (Boolean) view.get("future"));
            if (page.isEvent()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> event = (Map<String, Object>) view.get("event");
                meta.put("jsonLd", event.get("jsonLd"));
            }
            return model;
        }, page.source(), page.a11yIgnore()));
    }

    /** Everything a page shown in full is made from: its view's inputs (see Views.fullInputs) and the navigation. */
    private Object fullPageInputs(RenderedPage rendered) {
        return List.of(views.fullInputs(rendered), siteViewDigest, pdfLink(rendered));
    }

    /** The page's PDF as its download link shows it: address, size and what it is; empty for none. */
    private Map<String, Object> pdfLink(RenderedPage rendered) {
        org.socialcarefuture.northstar.pdf.PdfFile pdf = pdfs.get(rendered.url());
        if (pdf == null || !pdf.passes()) {
            return Map.of(); // a PDF that fails is an error of its own, not a broken link too
        }
        return Map.of("url", views.href(pdf.path()), "size", org.socialcarefuture.northstar.media.MediaMarkup.size(pdf.bytes()),
                "noun", pdf.noun(), "pages", pdf.pages());
    }

    private Map<String, Object> pageView(RenderedPage rendered, boolean plainText, String textFile) {
        Map<String, Object> view = views.full(rendered);
        view.put("pdf", pdfLink(rendered));
        if (plainText) {
            view.put("textUrl", views.href(textFile));
        }
        return view;
    }

    /** The events of the site (easy-read versions aside), upcoming ones soonest first. */
    private List<RenderedPage> upcomingEvents() {
        return site.ofType(PageType.EVENT).stream().filter(page -> !page.page().easyRead() && !page.page().event().past(now()))
                .sorted(java.util.Comparator.comparing((RenderedPage page) -> page.page().event().start().toInstant())
                        .thenComparing(RenderedPage::url))
                .toList();
    }

    /** The events that are over (easy-read versions aside), newest first. */
    private List<RenderedPage> pastEvents() {
        return site.ofType(PageType.EVENT).stream().filter(page -> !page.page().easyRead() && page.page().event().past(now()))
                .sorted(java.util.Comparator.comparing((RenderedPage page) -> page.page().event().start().toInstant()).reversed()
                        .thenComparing(RenderedPage::url))
                .toList();
    }

    private java.time.Instant now() {
        return views.now();
    }

    /**
     * /events/: what is coming up (soonest first), then what is past (newest first), from the build's date (the daily
     * build moves an event to the past without an edit); and /events/calendar.ics, every upcoming event, to subscribe to.
     */
    private void events() {
        List<RenderedPage> all = site.ofType(PageType.EVENT).stream().filter(page -> !page.page().easyRead()).toList();
        if (all.isEmpty()) {
            return;
        }
        List<RenderedPage> upcoming = upcomingEvents();
        List<RenderedPage> past = pastEvents();
        Object inputs = List.of(upcoming.stream().map(views::summaryInputs).toList(), past.stream().map(views::summaryInputs).toList(),
                siteViewDigest);
        add(OutputPage.lazy("events/index.html", "events.ftl", inputs, () -> {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("upcoming", upcoming.stream().map(views::summary).toList());
            extra.put("past", past.stream().map(views::summary).toList());
            extra.put("calendarUrl", views.href("events/calendar.ics"));
            extra.put("feedUrl", views.href("events/feed.xml"));
            extra.put("webcalUrl", views.permalink("events/calendar.ics").replaceFirst("^https?://", "webcal://"));
            return model("Events", "What " + config.title() + " is holding next, and what it held before.", "events/", extra);
        }, null, List.of()));
        add(OutputPage.file("events/calendar.ics", () -> org.socialcarefuture.northstar.event.Calendars.ics(config.title() + ": events",
                upcoming.stream().map(views::calendarEntry).toList()), List.of(upcoming.stream().map(RenderedPage::page).toList(), "ics")));
    }

    private void home() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("events", upcomingEvents().stream().limit(3).map(views::summary).toList());
        extra.put("eventsUrl", site.ofType(PageType.EVENT).isEmpty() ? "" : views.href("events/"));
        extra.put("latest", site.latest(config.homeLatest()).stream().map(views::summary).toList());
        extra.put("vision", site.firstOfType(PageType.VISION).map(views::summary).orElse(Map.of()));
        extra.put("getInvolved", site.byUrl("get-involved/").map(views::summary).orElse(Map.of()));
        extra.put("about", site.byUrl("about/").map(views::summary).orElse(Map.of()));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (PageType type : PageType.values()) {
            if (type.listed() && !site.ofType(type).isEmpty()) {
                sections.add(Map.of("label", type.pluralLabel(), "noun", type.noun(2), "url", views.href(type.folder() + "/"),
                        "count", site.ofType(type).size()));
            }
        }
        extra.put("sections", sections);
        extra.put("oldAddresses", oldAddresses());
        add(new OutputPage("index.html", "home.ftl", model(config.title(), config.description(), "", extra), null));
    }

    /**
     * WordPress's /?p=123 addresses reach the home page on static hosting (the query is ignored), so
     * the home page carries a map from those ids to the new addresses, and site.js redirects.
     */
    private String oldAddresses() {
        Map<String, String> map = new java.util.TreeMap<>();
        for (RenderedPage page : site.pages()) {
            for (String alias : page.page().aliases()) {
                if (alias.startsWith("?p=")) {
                    map.put(alias.substring(3), views.href(page.url()));
                }
            }
        }
        if (map.isEmpty()) {
            return "";
        }
        try {
            // Escaped so the JSON can never close the <script> element it sits in.
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(map).replace("<", "\\u003c");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes list pages of {@code perPage} items: {@code base}, {@code base/page/2/}, ... */
    private void paginate(String base, String template, String title, String heading, List<RenderedPage> items,
                          Map<String, Object> more) {
        int perPage = config.perPage();
        int total = Math.max(1, (items.size() + perPage - 1) / perPage);
        for (int number = 1; number <= total; number++) {
            String url = pageUrl(base, number);
            String pageTitle = total > 1 ? title + " (page " + number + " of " + total + ")" : title;
            List<RenderedPage> onThisPage = items.subList((number - 1) * perPage, Math.min(items.size(), number * perPage));
            int current = number;
            // A list page is made from its items' summaries, its place among its list's pages and the navigation.
            Object inputs = List.of(base, pageTitle, heading, more, current, total,
                    onThisPage.stream().map(views::summaryInputs).toList(), siteViewDigest);
            add(OutputPage.lazy(url + "index.html", template, inputs,
                    () -> listModel(base, url, pageTitle, heading, onThisPage, current, total, more), null, List.of()));
        }
    }

    private Map<String, Object> listModel(String base, String url, String pageTitle, String heading, List<RenderedPage> items,
                                          int number, int total, Map<String, Object> more) {
        List<Map<String, Object>> pageItems = items.stream().map(views::summary).toList();
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("current", number);
        pagination.put("total", total);
        pagination.put("previousUrl", number > 1 ? views.href(pageUrl(base, number - 1)) : "");
        pagination.put("nextUrl", number < total ? views.href(pageUrl(base, number + 1)) : "");
        // A window of page numbers (first, last and two either side), not all of them: a list of
        // 1,000 pages would otherwise carry 1,000 links on each of its 1,000 pages.
        java.util.SortedSet<Integer> shown = new java.util.TreeSet<>(List.of(1, total));
        for (int n = Math.max(1, number - 2); n <= Math.min(total, number + 2); n++) {
            shown.add(n);
        }
        List<Map<String, Object>> numbers = new ArrayList<>();
        int previousShown = 0;
        for (int n : shown) {
            if (previousShown > 0 && n > previousShown + 1) {
                numbers.add(Map.of("gap", true));
            }
            numbers.add(Map.of("number", n, "url", views.href(pageUrl(base, n)), "current", n == number, "gap", false));
            previousShown = n;
        }
        pagination.put("pages", numbers);
        Map<String, Object> extra = new LinkedHashMap<>(more);
        extra.put("heading", heading);
        extra.put("items", pageItems);
        extra.put("pagination", pagination);
        return model(pageTitle, "", url, extra);
    }

    private static String pageUrl(String base, int number) {
        return number == 1 ? base : base + "page/" + number + "/";
    }

    private void terms(String base, String title, String intro, Map<String, Term> terms, String headingPrefix, String linkPrefix) {
        if (terms.isEmpty()) {
            return;
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (Term term : terms.values()) {
            list.add(Map.of("name", term.name(), "url", views.href(base + term.slug() + "/"), "count", term.pages().size()));
            paginate(base + term.slug() + "/", "list.ftl", headingPrefix + ": " + term.name(),
                    headingPrefix + ": " + term.name(), term.pages(), Map.of("kind", base.substring(0, base.length() - 1)));
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("heading", title);
        extra.put("intro", intro);
        extra.put("terms", list);
        extra.put("termPrefix", linkPrefix);
        add(new OutputPage(base + "index.html", "terms.ftl", model(title, intro, base, extra), null));
    }

    private void archive() {
        if (site.months().isEmpty()) {
            return;
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (Map.Entry<YearMonth, List<RenderedPage>> month : site.months().entrySet()) {
            String base = "archive/" + month.getKey().getYear() + "/" + String.format("%02d", month.getKey().getMonthValue()) + "/";
            String label = Views.monthLabel(month.getKey());
            list.add(Map.of("name", label, "url", views.href(base), "count", month.getValue().size()));
            paginate(base, "list.ftl", "Archive: " + label, "Archive: " + label, month.getValue(), Map.of("kind", "archive"));
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("heading", "Archive");
        extra.put("intro", "Everything we have published, month by month.");
        extra.put("terms", list);
        extra.put("termPrefix", "");
        add(new OutputPage("archive/index.html", "terms.ftl", model("Archive", "", "archive/", extra), null));
    }

    /** RSS, Atom and JSON Feed for the whole site, each dated type, each tag and each author. */
    private void feeds() {
        List<Map<String, Object>> list = new ArrayList<>();
        siteFeed(list);
        for (PageType type : PageType.values()) {
            if (type.dated() && !site.ofType(type).isEmpty()) {
                typeFeed(type, list);
            }
        }
        eventFeed(list);
        site.tags().values().forEach(this::tagFeed);
        site.authors().values().forEach(this::authorFeed);
        podcast(list);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("feedList", list);
        extra.put("tagCount", site.tags().size());
        extra.put("authorCount", site.authors().size());
        add(new OutputPage("feeds/index.html", "feeds.ftl",
                model("Follow us with a feed reader", "Get our newest posts, newsletters and letters in a feed reader.", "feeds/", extra), null));
    }

    /**
     * The feeds {@code changed} pages are in (the whole site's, their type's, their tags' and authors'), when
     * only their bodies changed: each feed holds the same pages, so the others are as they were.
     */
    private void feedsOf(List<RenderedPage> changed) {
        java.util.Set<PageType> types = java.util.EnumSet.noneOf(PageType.class);
        java.util.Set<String> tags = new java.util.TreeSet<>();
        java.util.Set<String> authors = new java.util.TreeSet<>();
        for (RenderedPage rendered : changed) {
            Page page = rendered.page();
            if (!page.easyRead() && page.isEvent()) {
                eventFeed(null);
            }
            if (!page.easyRead() && page.dated()) {
                types.add(page.type());
                page.tags().forEach(tag -> tags.add(org.socialcarefuture.northstar.content.Slugs.of(tag)));
                page.authors().forEach(author -> authors.add(org.socialcarefuture.northstar.content.Slugs.of(author)));
            }
        }
        if (types.isEmpty()) {
            return; // an easy-read page or an undated one: in no feed
        }
        siteFeed(null);
        types.forEach(type -> typeFeed(type, null));
        tags.forEach(slug -> site.tag(slug).ifPresent(this::tagFeed));
        authors.forEach(slug -> site.author(slug).ifPresent(this::authorFeed));
    }

    /** The pages with an audio recording of ours, as a podcast (podcast.xml): newest first, each with its enclosure. */
    private void podcast(List<Map<String, Object>> list) {
        List<RenderedPage> recordings = site.pages().stream().filter(p -> !p.page().easyRead() && p.page().dated()
                && p.page().media() != null && p.page().media().hasAudio()).toList();
        if (recordings.isEmpty()) {
            return;
        }
        add(OutputPage.file("podcast.xml", () -> org.socialcarefuture.northstar.feed.PodcastFeed.rss(config.title() + ": recordings",
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
     * /events/feed.xml, atom.xml and feed.json: what is coming up, soonest first, then what is past, newest first,
     * as /events/ lists them; each entry dated by its start and saying when and where before its text.
     */
    private void eventFeed(List<Map<String, Object>> list) {
        List<RenderedPage> events = java.util.stream.Stream.concat(upcomingEvents().stream(), pastEvents().stream()).toList();
        if (!events.isEmpty()) {
            feed("events/", config.title() + ": events", "Events from " + config.title() + ", with when and where.", "events/",
                    events, list, views::eventFeedItem);
        }
    }

    /** The whole site's feed; listed (with its count) on the feeds page unless {@code list} is null. */
    private void siteFeed(List<Map<String, Object>> list) {
        // Unless it is counted, only the newest pages are needed: the feed holds no more.
        List<RenderedPage> dated = site.pages().stream().filter(p -> !p.page().easyRead() && p.page().dated())
                .limit(list == null ? config.feedLimit() : Long.MAX_VALUE).toList();
        feed("", config.title(), "Everything new from " + config.title() + ".", "", dated, list);
    }

    private void typeFeed(PageType type, List<Map<String, Object>> list) {
        feed(type.folder() + "/", config.title() + ": " + type.pluralLabel(), type.pluralLabel() + " from " + config.title() + ".",
                type.folder() + "/", site.ofType(type), list);
    }

    private void tagFeed(Term tag) {
        feed("tags/" + tag.slug() + "/", config.title() + ": " + tag.name(), "Everything about " + tag.name() + ".",
                "tags/" + tag.slug() + "/", dated(tag.pages()), null);
    }

    private void authorFeed(Term author) {
        feed("authors/" + author.slug() + "/", config.title() + ": " + author.name(), "Everything by " + author.name() + ".",
                "authors/" + author.slug() + "/", dated(author.pages()), null);
    }

    /** The dated pages a term's feed shows: its newest (a feed holds no more; a tag may be on thousands of pages). */
    private List<RenderedPage> dated(List<RenderedPage> pages) {
        return pages.stream().filter(p -> p.page().dated()).limit(config.feedLimit()).toList();
    }

    private void feed(String base, String title, String description, String home, List<RenderedPage> pages,
                      List<Map<String, Object>> listing) {
        feed(base, title, description, home, pages, listing, views::feedItem);
    }

    private void feed(String base, String title, String description, String home, List<RenderedPage> pages,
                      List<Map<String, Object>> listing,
                      java.util.function.Function<RenderedPage, org.socialcarefuture.northstar.feed.FeedItem> item) {
        List<RenderedPage> newest = pages.stream().limit(config.feedLimit()).toList();
        // A feed is made from its newest pages and their easy-read versions: the same inputs give the same feed.
        List<String> easyReads = newest.stream().map(p -> site.easyReadOf(p).map(RenderedPage::url).orElse("")).toList();
        // An empty feed is dated by the site's newest page, so that date is one of its inputs (the bake's cache keys on them).
        Object inputs = List.of(base, title, description, home, newest, easyReads, newest.isEmpty() ? newestDate() : "");
        Supplier<org.socialcarefuture.northstar.feed.FeedSpec> spec = once(() -> new org.socialcarefuture.northstar.feed.FeedSpec(
                title, description, views.permalink(home), views.permalink(base), views.href("feed.xsl"),
                newest.stream().map(item).toList(), config.title(), newestDate()));
        add(OutputPage.file(base + "feed.xml", () -> org.socialcarefuture.northstar.feed.FeedWriter.rss(spec.get()), inputs));
        add(OutputPage.file(base + "atom.xml", () -> org.socialcarefuture.northstar.feed.FeedWriter.atom(spec.get()), inputs));
        add(OutputPage.file(base + "feed.json", () -> org.socialcarefuture.northstar.feed.FeedWriter.json(spec.get()), inputs));
        if (listing != null) {
            listing.add(Map.of("title", title, "rss", views.href(base + "feed.xml"), "atom", views.href(base + "atom.xml"),
                    "json", views.href(base + "feed.json"), "count", pages.size()));
        }
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

    /** Made on first use, by whichever thread gets there first, then shared (a feed's three formats share one list). */
    private static <T> Supplier<T> once(Supplier<T> maker) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = maker.get();
                }
                return value;
            }
        };
    }

    /** Autodiscovery links for a page's head: the whole site's feeds, plus its section's when it has one. */
    private List<Map<String, Object>> feedLinks(String sectionBase, String sectionTitle) {
        List<Map<String, Object>> links = new ArrayList<>();
        links.add(Map.of("title", config.title() + " (RSS)", "type", "application/rss+xml", "url", views.href("feed.xml")));
        links.add(Map.of("title", config.title() + " (Atom)", "type", "application/atom+xml", "url", views.href("atom.xml")));
        links.add(Map.of("title", config.title() + " (JSON Feed)", "type", "application/feed+json", "url", views.href("feed.json")));
        if (sectionBase != null) {
            links.add(Map.of("title", sectionTitle + " (RSS)", "type", "application/rss+xml", "url", views.href(sectionBase + "feed.xml")));
            links.add(Map.of("title", sectionTitle + " (Atom)", "type", "application/atom+xml", "url", views.href(sectionBase + "atom.xml")));
        }
        return links;
    }

    /** The search index and page: every published page, easy-read ones marked as such. */
    private void search() {
        // Each page's entry was made with the page: the index is only put together, and only when a page changed.
        List<RenderedPage> pages = site.pages();
        add(OutputPage.file("search-index.json", () -> org.socialcarefuture.northstar.search.SearchIndex.json(
                pages.stream().map(RenderedPage::searchEntry).toList()), pages));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("indexUrl", views.href("search-index.json"));
        add(new OutputPage("search/index.html", "search.ftl",
                model("Search", "Search everything " + config.title() + " has published.", "search/", extra), null));
    }

    /** Each newsletter also as an e-mail: inline-styled HTML and plain text, every link absolute. */
    private void newsletterEmails() {
        for (RenderedPage page : site.ofType(PageType.NEWSLETTER)) {
            newsletterEmail(page);
        }
    }

    private void newsletterEmail(RenderedPage page) {
        // Both e-mail files show the page in full: made from what the page's own file is made from.
        Supplier<Map<String, Object>> model = once(() -> {
            String absolute = views.absoluteHtml(page, true);
            Map<String, Object> view = views.full(page);
            view.put("permalink", views.permalink(page.url()));
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("page", view);
            extra.put("emailHtml", org.socialcarefuture.northstar.newsletter.EmailVersion.html(absolute));
            extra.put("emailStyles", org.socialcarefuture.northstar.newsletter.EmailVersion.FRAME_STYLES);
            extra.put("emailPolicy", org.socialcarefuture.northstar.security.ContentSecurityPolicy.forEmail(
                    org.socialcarefuture.northstar.newsletter.EmailVersion.styles()));
            extra.put("emailText", org.socialcarefuture.northstar.newsletter.EmailVersion.text(absolute));
            extra.put("homeUrl", config.baseUrl());
            return model(page.page().title(), page.page().summary(), page.url() + "email.html", extra);
        });
        Object inputs = fullPageInputs(page);
        add(new OutputPage(page.url() + "email.html", "email.ftl", model, page.page().source(), page.page().a11yIgnore(),
                null, List.of("landmarks", "skip-link"), inputs));
        add(OutputPage.lazy(page.url() + "email.txt", "email.txt.ftl", inputs, model, page.page().source(), List.of()));
    }

    private void pledges() {
        List<RenderedPage> withPledges = site.pages().stream().filter(page -> !page.pledges().isEmpty()).toList();
        int pledgeCount = withPledges.stream().mapToInt(page -> page.pledges().size()).sum();
        add(OutputPage.file("site.json", siteData(pledgeCount)));
        if (withPledges.isEmpty()) {
            return;
        }
        add(OutputPage.lazy("pledges/index.html", "pledges.ftl", List.of(withPledges, siteViewDigest), () -> {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("pledges", pledgeList(withPledges));
            return model("Pledges", "Pledges you can make your own and share.", "pledges/", extra);
        }, null, List.of()));
    }

    private boolean hasPledges() {
        return site.pages().stream().anyMatch(page -> !page.pledges().isEmpty());
    }

    /** Every pledge of the site with its card, numbered in the order of the pages. */
    private List<Map<String, Object>> pledgeList(List<RenderedPage> withPledges) {
        List<Map<String, Object>> list = new ArrayList<>();
        int number = 0;
        for (RenderedPage page : withPledges) {
            Element body = Jsoup.parseBodyFragment(page.html()).body();
            for (Pledge pledge : page.pledges()) {
                number++;
                Element card = body.getElementById(pledge.anchor());
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("page", views.link(page));
                item.put("text", pledge.shareText());
                item.put("url", views.href(page.url()) + "#" + pledge.anchor());
                item.put("card", card == null ? "" : renumber(card.clone(), number, views.href(page.url())));
                list.add(item);
            }
        }
        return list;
    }

    /** The site in numbers, for other tools (dashboards, the movement's other sites). */
    private String siteData(int pledgeCount) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", config.title());
        data.put("base_url", config.baseUrl());
        data.put("pages", site.pages().size());
        Map<String, Object> byType = new LinkedHashMap<>();
        for (PageType type : PageType.values()) {
            byType.put(type.id(), site.ofType(type).size());
        }
        data.put("pages_by_type", byType);
        data.put("easy_read_pages", site.pages().stream().filter(p -> p.page().easyRead()).count());
        data.put("pledge_count", pledgeCount);
        data.put("pledges", views.href("pledges/"));
        data.put("feed", views.permalink("feed.json"));
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(data) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A card shown among others needs ids and link names of its own, and its permalink must go to its page. */
    private static String renumber(Element card, int number, String pageHref) {
        String anchor = card.id();
        String id = "pledge-card-" + number;
        card.id(id);
        card.select("[id]").forEach(e -> e.id(id + "-" + e.id()));
        card.select("[data-copy]").forEach(e -> e.attr("data-copy", id + "-" + e.attr("data-copy")));
        card.select(".visually-hidden").forEach(e -> e.text(" (pledge " + number + ")"));
        card.select(".pledge-copy").forEach(b -> {
            if (b.select(".visually-hidden").isEmpty()) {
                b.appendElement("span").addClass("visually-hidden").text(" (pledge " + number + ")");
            }
        });
        card.select(".pledge-permalink a").forEach(a -> a.attr("href", pageHref + "#" + anchor));
        card.select(".share-links a").forEach(a -> {
            if (a.select(".visually-hidden").isEmpty()) {
                a.appendElement("span").addClass("visually-hidden").text(" (pledge " + number + ")");
            }
        });
        card.select(".pledge-permalink a").forEach(a -> a.text("Read pledge " + number + " on its page"));
        return card.outerHtml();
    }

    /** Security headers for hosts that read a _headers file (see HeadersFile); made from the code and the theme alone. */
    private void headersFile() {
        add(OutputPage.file("_headers", () -> org.socialcarefuture.northstar.security.HeadersFile.text(
                org.socialcarefuture.northstar.markdown.HtmlSanitizer.VIDEO_HOSTS,
                org.socialcarefuture.northstar.newsletter.EmailVersion.styles()), "headers"));
    }

    private void aliases() {
        for (RenderedPage page : site.pages()) {
            for (String alias : page.page().aliases()) {
                if (alias.startsWith("?p=")) {
                    continue; // answered by the home page's script, see oldAddresses()
                }
                String path = alias.endsWith(".html") ? alias : alias + "index.html";
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("target", views.link(page));
                extra.put("targetPermalink", views.permalink(page.url()));
                Map<String, Object> model = model(page.page().title(), "", page.url(), extra);
                add(new OutputPage(path, "redirect.ftl", model, page.page().source()));
            }
        }
    }

    private void sitemap() {
        List<String> paths = new ArrayList<>();
        for (OutputPage output : outputs) {
            if (!output.isHtml() || output.template() == null || output.template().equals("redirect.ftl")
                    || output.path().equals("404.html") || output.path().startsWith("share/") || output.path().endsWith("email.html")) {
                continue;
            }
            paths.add(output.path());
        }
        List<String> dates = paths.stream().map(path -> lastModified.getOrDefault(path, "")).toList();
        add(OutputPage.lazy("sitemap.xml", "sitemap.ftl", List.of(paths, dates), () -> {
            List<Map<String, Object>> urls = new ArrayList<>();
            for (int i = 0; i < paths.size(); i++) {
                String url = paths.get(i).substring(0, paths.get(i).length() - "index.html".length());
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("loc", views.permalink(url));
                entry.put("lastmod", dates.get(i));
                urls.add(entry);
            }
            urls.sort(java.util.Comparator.comparing(m -> String.valueOf(m.get("loc"))));
            return model("sitemap", "", "sitemap.xml", Map.of("urls", urls));
        }, null, List.of()));
    }

    private Map<String, Object> model(String title, String description, String url, Map<String, Object> extra) {
        Map<String, Object> model = new LinkedHashMap<>(siteModel());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("title", title);
        meta.put("description", description == null || description.isBlank() ? config.description() : description);
        meta.put("url", views.href(url));
        meta.put("canonical", views.permalink(url));
        meta.put("easyReadUrl", "");
        meta.put("mainUrl", "");
        meta.put("draft", false);
        meta.put("csp", org.socialcarefuture.northstar.security.ContentSecurityPolicy.SITE);
        meta.put("feeds", feedLinks(sectionFeed(url), sectionFeedTitle(url)));
        meta.put("ogType", "website");
        meta.put("published", "");
        meta.put("authors", List.of());
        meta.put("image", Map.of("url", views.permalink("card.png"), "alt", views.siteCard().alt(), "card", true));
        meta.put("jsonLd", "");
        model.put("meta", meta);
        model.putAll(extra);
        return model;
    }

    /** The feed folder a list page has its own feed in (e.g. blog/, tags/pledge/), or null. */
    private String sectionFeed(String url) {
        String base = url.replaceFirst("page/\\d+/$", "");
        for (PageType type : PageType.values()) {
            if ((type.dated() || type == PageType.EVENT) && base.equals(type.folder() + "/")) {
                return base;
            }
        }
        if ((base.startsWith("tags/") || base.startsWith("authors/")) && base.chars().filter(c -> c == '/').count() == 2) {
            return base;
        }
        return null;
    }

    private String sectionFeedTitle(String url) {
        String base = sectionFeed(url);
        if (base == null) {
            return "";
        }
        if (base.equals(PageType.EVENT.folder() + "/")) {
            return config.title() + ": events";
        }
        for (PageType type : PageType.values()) {
            if (type.dated() && base.equals(type.folder() + "/")) {
                return config.title() + ": " + type.pluralLabel();
            }
        }
        String slug = base.substring(base.indexOf('/') + 1, base.length() - 1);
        Term term = base.startsWith("tags/") ? site.tags().get(slug) : site.authors().get(slug);
        return config.title() + ": " + (term == null ? slug : term.name());
    }

    private String absoluteOrEmpty(String href) {
        return href.isEmpty() ? "" : views.absolute(href);
    }

    private Map<String, Object> siteModel() {
        return Map.of("site", siteView);
    }

    private Map<String, Object> siteView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", config.title());
        view.put("description", config.description());
        view.put("root", config.root());
        view.put("baseUrl", config.baseUrl());
        view.put("preview", preview);
        view.put("logo", looks.getOrDefault("logo", Map.of()));
        view.put("favicon", looks.getOrDefault("favicon", Map.of("url", views.href("favicon.svg"), "type", "image/svg+xml")));
        view.put("brandCss", config.colours().isEmpty() && config.darkColours().isEmpty() ? "" : views.href(BRAND_CSS));
        view.put("footer", config.footer());
        view.put("licence", config.licence());
        view.put("latestHeading", config.latestHeading());
        view.put("nav", config.nav().isEmpty() ? automaticNav() : configuredNav());
        // The footer's links, to what the site has: no "Pledges" for a site with none.
        List<Map<String, Object>> more = new ArrayList<>();
        if (hasPledges()) {
            more.add(Map.of("label", "Pledges", "url", views.href("pledges/")));
        }
        if (!site.tags().isEmpty()) {
            more.add(Map.of("label", "Topics", "url", views.href("tags/")));
        }
        if (!site.authors().isEmpty()) {
            more.add(Map.of("label", "Authors", "url", views.href("authors/")));
        }
        if (!site.months().isEmpty()) {
            more.add(Map.of("label", "Archive", "url", views.href("archive/")));
        }
        more.add(Map.of("label", "Search", "url", views.href("search/")));
        more.add(Map.of("label", "Feeds (RSS)", "url", views.href("feeds/")));
        view.put("footerLinks", more);
        view.put("has", Map.of("tags", !site.tags().isEmpty(), "authors", !site.authors().isEmpty(), "archive", !site.months().isEmpty(),
                "pledges", hasPledges()));
        List<Map<String, Object>> social = new ArrayList<>();
        config.social().forEach((label, href) -> social.add(Map.of("label", label, "url", href)));
        view.put("social", social);
        return view;
    }

    /** Where the site's own colours (site.yml's colours:) are published, after the theme's CSS. */
    public static final String BRAND_CSS = "css/brand.css";

    /** The menu of a site whose site.yml says none: home, the vision, each kind of page it has, then two common pages. */
    private List<Map<String, Object>> automaticNav() {
        List<Map<String, Object>> nav = new ArrayList<>();
        nav.add(Map.of("label", "Home", "url", views.href("")));
        site.firstOfType(PageType.VISION).ifPresent(v -> nav.add(Map.of("label", "Our vision", "url", views.href(v.url()))));
        for (PageType type : List.of(PageType.POST, PageType.NEWSLETTER, PageType.LETTER, PageType.REPORT, PageType.EVENT)) {
            if (!site.ofType(type).isEmpty()) {
                nav.add(Map.of("label", type.pluralLabel(), "url", views.href(type.folder() + "/")));
            }
        }
        site.byUrl("get-involved/").ifPresent(p -> nav.add(Map.of("label", "Get involved", "url", views.href(p.url()))));
        site.byUrl("about/").ifPresent(p -> nav.add(Map.of("label", "About us", "url", views.href(p.url()))));
        return nav;
    }

    /** site.yml's menu, each entry checked against what the site has; one that leads nowhere is an error at its line. */
    private List<Map<String, Object>> configuredNav() {
        List<Map<String, Object>> nav = new ArrayList<>();
        for (int i = 0; i < config.nav().size(); i++) {
            SiteConfig.NavItem item = config.nav().get(i);
            String link = item.link();
            if (link.matches("(?i)https?://.+")) {
                nav.add(Map.of("label", item.label(), "url", link));
                continue;
            }
            String path = link.replaceFirst("^/", "").replaceFirst("^(index\\.html)$", "");
            if (!path.isEmpty() && !path.endsWith("/") && !path.contains(".")) {
                path = path + "/";
            }
            if (published(path)) {
                nav.add(Map.of("label", item.label(), "url", views.href(path)));
            } else {
                problems.error(config.source(), config.line("nav." + i + ".link"), "settings",
                        "the menu entry \"" + item.label() + "\" links to " + link + ", which is not a page of this site",
                        "link to a folder or page the site has (" + String.join(", ", sections()) + ", or a page's address such as about/),"
                                + " or to a full address");
            }
        }
        return nav;
    }

    /** Whether a site path (blog/, about/, events/) is a page or list this site publishes. */
    private boolean published(String path) {
        return path.isEmpty() || site.byUrl(path).isPresent() || sections().contains(path);
    }

    /** The lists this site publishes, e.g. blog/, events/, tags/, search/. */
    private List<String> sections() {
        List<String> lists = new ArrayList<>();
        for (PageType type : PageType.values()) {
            if (type.listed() && !site.ofType(type).isEmpty()) {
                lists.add(type.folder() + "/");
            }
        }
        if (hasPledges()) {
            lists.add("pledges/");
        }
        if (!site.tags().isEmpty()) {
            lists.add("tags/");
        }
        if (!site.authors().isEmpty()) {
            lists.add("authors/");
        }
        if (!site.months().isEmpty()) {
            lists.add("archive/");
        }
        lists.addAll(List.of("search/", "feeds/"));
        return lists;
    }

    /** Records who owns each output path; a second claimant is an error against its content file. */
    private void add(OutputPage output) {
        String previous = owners.putIfAbsent(output.path(), describe(output));
        if (previous == null) {
            outputs.add(output);
            return;
        }
        String address = "/" + output.path().replaceFirst("index\\.html$", "");
        String culprit = output.source() != null ? output.source() : previous;
        String what = "redirect.ftl".equals(output.template()) ? "an alias of this page" : "this page";
        problems.error(culprit, 0, "duplicate-url", what + " would be published at " + address
                        + ", which is already used by " + (culprit.equals(previous) ? describe(output) : previous),
                "give one of them another slug (slug: new-name), file name or alias");
    }

    private static String describe(OutputPage output) {
        return output.source() != null ? output.source() : "the generated page " + "/" + output.path().replaceFirst("index\\.html$", "");
    }
}
