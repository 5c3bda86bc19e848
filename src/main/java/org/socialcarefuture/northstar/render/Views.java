package org.socialcarefuture.northstar.render;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.content.Signatory;
import org.socialcarefuture.northstar.content.Slugs;
import org.socialcarefuture.northstar.site.Heading;
import org.socialcarefuture.northstar.site.RenderedPage;
import org.socialcarefuture.northstar.site.Site;

/**
 * Turns the site model into the plain maps and lists templates read. Templates get only strings,
 * booleans, lists and maps: no Java objects, so a theme author needs to know nothing of our code.
 */
public final class Views {

    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final SiteConfig config;
    private final Site site;
    private final java.time.Instant now;

    private final String root;
    private final EventViews events;

    /** The build's time: what is past, and what is still to come, is measured from it. */
    public java.time.Instant now() {
        return now;
    }

    public Views(SiteConfig config, Site site, java.time.Instant now) {
        this.config = config;
        this.root = config.root();
        this.site = site;
        this.now = now;
        this.events = new EventViews(this, config);
    }

    public String href(String url) {
        return root + url;
    }

    public String permalink(String url) {
        return config.baseUrl() + url;
    }

    /** A root-relative href ({@code /north-star/x/}) as a full address; full addresses pass through. */
    public String absolute(String href) {
        return href.startsWith(root) ? config.baseUrl() + href.substring(root.length()) : href;
    }

    /** Whether a dated page's date has not come yet (the preview shows it with a banner). */
    public boolean future(Page page) {
        return page.dated() && page.date().toInstant().isAfter(now);
    }

    /** A page is in many lists (its type's, each tag's, its author's, its month's): its summary is made once and shared. */
    private final Map<String, Map<String, Object>> summaries = new java.util.concurrent.ConcurrentHashMap<>();

    /** A page in a list: what a card or a link needs, without the body. Shared, so never to be changed. */
    public Map<String, Object> summary(RenderedPage rendered) {
        return summaries.computeIfAbsent(rendered.page().contentPath(), key -> java.util.Collections.unmodifiableMap(makeSummary(rendered)));
    }

    /**
     * Everything {@link #summary} is made from: the page's front matter (not its text), whether its day
     * has come, and its easy-read version's address. The preview compares these to tell an unchanged
     * list without making it, so editing a page's text leaves the lists it is in alone.
     */
    public Object summaryInputs(RenderedPage rendered) {
        return summaryInputs.computeIfAbsent(rendered.page().contentPath(),
                key -> List.of(rendered.page(), future(rendered.page()), site.easyReadOf(rendered).map(RenderedPage::url).orElse(""),
                        rendered.page().isEvent() && rendered.page().event().past(now)));
    }

    private final Map<String, Object> summaryInputs = new java.util.concurrent.ConcurrentHashMap<>();

    private Map<String, Object> makeSummary(RenderedPage rendered) {
        Page page = rendered.page();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", page.title());
        view.put("url", href(page.url()));
        view.put("permalink", permalink(page.url()));
        view.put("type", page.type().id());
        view.put("typeLabel", page.easyRead() ? "Easy read" : page.type().label());
        view.put("summary", page.summary());
        view.put("dated", page.dated());
        view.put("dateIso", page.dated() ? isoDate(page.date()) : "");
        view.put("dateHuman", page.dated() ? HUMAN.format(page.date()) : "");
        view.put("authors", people(page.authors(), "authors/"));
        view.put("tags", people(page.tags(), "tags/"));
        view.put("draft", page.draft());
        view.put("future", future(page));
        view.put("easyRead", page.easyRead());
        view.put("easyReadUrl", site.easyReadOf(rendered).map(e -> href(e.url())).orElse(""));
        view.put("event", page.isEvent() ? events.summary(page) : Map.of());
        return view;
    }

    /** An event as the calendar files and links show it. */
    public org.socialcarefuture.northstar.event.Calendars.Entry calendarEntry(RenderedPage rendered) {
        return events.calendarEntry(rendered);
    }

    /** An event's page: everything the summary says, and how to take part, its access, and how to add it to a calendar. */
    public Map<String, Object> event(RenderedPage rendered) {
        return events.page(rendered);
    }

    /**
     * Everything {@link #full} is made from: the page, whether its day has come, and the front matter of
     * its neighbours, its related items and its easy-read or main page (a link shows a title, a date and
     * an address), so editing a page's text leaves the pages that link to it alone.
     */
    public Object fullInputs(RenderedPage rendered) {
        return List.of(rendered, site.previous(rendered).map(RenderedPage::page), site.next(rendered).map(RenderedPage::page),
                site.easyReadOf(rendered).map(RenderedPage::page), site.mainOf(rendered).map(RenderedPage::page),
                future(rendered.page()), related(rendered).stream().map(RenderedPage::page).toList(),
                rendered.page().isEvent() && rendered.page().event().past(now));
    }

    /** A page to show in full, with its body, neighbours and letter details. */
    public Map<String, Object> full(RenderedPage rendered) {
        Page page = rendered.page();
        Map<String, Object> view = makeSummary(rendered);
        view.put("content", rendered.html());
        view.put("image", page.image().isEmpty() ? "" : imageHref(page));
        view.put("leadPicture", rendered.leadPicture());
        view.put("recording", rendered.recording());
        view.put("imageAlt", page.imageAlt());
        view.put("headings", headings(rendered.headings()));
        view.put("to", page.to());
        List<Map<String, Object>> signatories = new ArrayList<>();
        for (Signatory s : page.signatories()) {
            Map<String, Object> signatory = new LinkedHashMap<>();
            signatory.put("name", s.name());
            signatory.put("role", s.role());
            signatory.put("organisation", s.organisation());
            signatories.add(signatory);
        }
        view.put("signatories", signatories);
        view.put("previous", site.previous(rendered).map(this::link).orElse(Map.of()));
        view.put("next", site.next(rendered).map(this::link).orElse(Map.of()));
        view.put("related", related(rendered).stream().map(this::datedLink).toList());
        view.put("mainUrl", site.mainOf(rendered).map(m -> href(m.url())).orElse(""));
        view.put("mainTitle", site.mainOf(rendered).map(m -> m.page().title()).orElse(""));
        view.put("pledgeCount", rendered.pledges().size());
        if (page.isEvent()) {
            view.put("event", event(rendered));
        }
        return view;
    }

    /** The body with every link and picture made absolute, for feeds (they have no base address). */
    public String absoluteHtml(RenderedPage rendered) {
        return absoluteHtml(rendered, false);
    }

    /**
     * The body with every link and picture made absolute, for feeds and e-mail. {@code withLines}: keep the
     * Markdown line of each block, so the gate can point a problem in the e-mail at the volunteer's line
     * rather than at the e-mail template (the build removes them before writing, as on every page).
     */
    public String absoluteHtml(RenderedPage rendered, boolean withLines) {
        String permalink = permalink(rendered.url());
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parseBodyFragment(rendered.html(), permalink);
        document.outputSettings().prettyPrint(false);
        if (!withLines) {
            document.select("[data-src-line]").removeAttr("data-src-line");
            document.select("[" + org.socialcarefuture.northstar.markdown.MarkdownRenderer.REPORTED + "]")
                    .removeAttr(org.socialcarefuture.northstar.markdown.MarkdownRenderer.REPORTED);
        }
        document.select(".pledge-copy, .pledge-status").remove(); // feed readers and mail run no script
        for (org.jsoup.nodes.Element element : document.select("a[href], img[src]")) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            String value = element.attr(attribute);
            if (!value.startsWith("mailto:") && !value.isEmpty()) {
                element.attr(attribute, element.absUrl(attribute));
            }
        }
        return document.body().html();
    }

    /** A page is in several feeds (the site's, its type's, each tag's, its author's): its entry is made once. */
    private final Map<String, org.socialcarefuture.northstar.feed.FeedItem> feedItems = new java.util.concurrent.ConcurrentHashMap<>();

    public org.socialcarefuture.northstar.feed.FeedItem feedItem(RenderedPage rendered) {
        return feedItems.computeIfAbsent(rendered.page().contentPath(), key -> makeFeedItem(rendered));
    }

    private org.socialcarefuture.northstar.feed.FeedItem makeFeedItem(RenderedPage rendered) {
        Page page = rendered.page();
        String easyRead = site.easyReadOf(rendered).map(e -> permalink(e.url())).orElse("");
        String html = absoluteHtml(rendered);
        if (!easyRead.isEmpty()) {
            html = "<p><a href=\"" + easyRead + "\">Read this in easy read</a></p>" + html;
        }
        String image = page.image().isEmpty() ? "" : absolute(imageHref(page));
        return new org.socialcarefuture.northstar.feed.FeedItem(permalink(page.url()), permalink(page.url()), page.title(),
                page.summary(), html, page.date(), page.authors(), page.tags(), easyRead, image);
    }

    /** An event in the events feed: dated by its start, saying when and where first (see EventViews). */
    public org.socialcarefuture.northstar.feed.FeedItem eventFeedItem(RenderedPage rendered) {
        return events.feedItem(rendered);
    }

    /** The card drawn for a page without its own picture. */
    public org.socialcarefuture.northstar.social.SocialCards.Card card(RenderedPage rendered) {
        Page page = rendered.page();
        return new org.socialcarefuture.northstar.social.SocialCards.Card(page.title(),
                page.easyRead() ? "Easy read" : page.type().label(), page.dated() ? HUMAN.format(page.date()) : "", config.title());
    }

    public org.socialcarefuture.northstar.social.SocialCards.Card siteCard() {
        return new org.socialcarefuture.northstar.social.SocialCards.Card(config.title(), "Home page", "", hostName());
    }

    private String hostName() {
        return java.net.URI.create(config.baseUrl()).getHost();
    }

    /** The link-preview picture of a page: its own, or its drawn card (absolute URL and text alternative). */
    public Map<String, Object> socialImage(RenderedPage rendered) {
        Page page = rendered.page();
        Map<String, Object> image = new LinkedHashMap<>();
        if (!rendered.leadPicture().isEmpty()) {
            // A photo the site made sizes of also becomes the page's 1200 x 630 card (its middle), light and without metadata.
            image.put("url", permalink(page.url()) + "card.jpg");
            image.put("alt", page.imageAlt());
            image.put("card", true);
        } else if (!page.image().isEmpty()) {
            image.put("url", absolute(imageHref(page)));
            image.put("alt", page.imageAlt());
            image.put("card", false);
        } else {
            image.put("url", permalink(page.url()) + "card.png");
            image.put("alt", card(rendered).alt());
            image.put("card", true);
        }
        return image;
    }

    /** How many related items a page shows (see Site.related). */
    static final int RELATED = 3;

    /** Each page's related items, found once: the plan's inputs, the page and its e-mail version all ask. */
    private final Map<String, List<RenderedPage>> related = new java.util.concurrent.ConcurrentHashMap<>();

    private List<RenderedPage> related(RenderedPage rendered) {
        return related.computeIfAbsent(rendered.page().contentPath(), key -> site.related(rendered, RELATED));
    }

    private Map<String, Object> datedLink(RenderedPage page) {
        Map<String, Object> link = link(page);
        link.put("dateIso", isoDate(page.page().date()));
        link.put("dateHuman", HUMAN.format(page.page().date()));
        return link;
    }

    public Map<String, Object> link(RenderedPage page) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("title", page.page().title());
        link.put("url", href(page.url()));
        return link;
    }

    private List<Map<String, Object>> people(List<String> names, String section) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String name : names) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("name", name);
            person.put("url", href(section + Slugs.of(name) + "/"));
            list.add(person);
        }
        return list;
    }

    private static List<Map<String, Object>> headings(List<Heading> headings) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Heading heading : headings) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("level", heading.level());
            h.put("id", heading.id());
            h.put("text", heading.text());
            list.add(h);
        }
        return list;
    }

    /** The lead image: a full address as is, otherwise relative to the page's folder in content/. */
    public String imageHref(Page page) {
        String image = page.image();
        if (image.startsWith("http://") || image.startsWith("https://")) {
            return image;
        }
        if (image.startsWith("/")) {
            return href(image.substring(1));
        }
        return href(contentRelative(page, image));
    }

    public static String contentRelative(Page page, String relative) {
        int slash = page.contentPath().lastIndexOf('/');
        String folder = slash < 0 ? "" : page.contentPath().substring(0, slash + 1);
        return org.socialcarefuture.northstar.address.Addresses.normalise(folder + relative); // as text: any characters, no exception
    }

    public static String isoDate(ZonedDateTime date) {
        if (date.getHour() == 0 && date.getMinute() == 0) {
            return date.toLocalDate().toString();
        }
        return date.toOffsetDateTime().toString();
    }

    public static String monthLabel(java.time.YearMonth month) {
        return MONTH.format(month);
    }
}
