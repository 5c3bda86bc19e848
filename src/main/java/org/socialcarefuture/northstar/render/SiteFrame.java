package org.socialcarefuture.northstar.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.problem.Problems;
import org.socialcarefuture.northstar.site.Site;

/**
 * What every page of the site is shown in: the site's settings, its menu and footer links ("site" in the templates),
 * and each file's head ("meta": title, addresses, feeds, link preview). Made once per plan; a menu entry that leads
 * nowhere is reported when it is made.
 */
final class SiteFrame {

    private final SiteConfig config;
    private final Site site;
    private final Views views;
    private final boolean preview;
    private final Problems problems;
    private final Map<String, Object> looks;
    private final Map<String, Object> siteView;
    /**
     * The navigation and settings every page shows, as a SHA-256, for comparing files' inputs in the preview and the
     * bake's cache (a 32-bit hash could let a changed menu pass for the old one).
     */
    private final String siteViewDigest;

    /**
     * @param looks "logo": the header's logo as the templates show it (url, alt, width, height), or empty for none;
     *              "favicon": the tab's icon (url, type)
     */
    SiteFrame(SiteConfig config, Site site, Views views, boolean preview, Problems problems, Map<String, Object> looks) {
        this.config = config;
        this.site = site;
        this.views = views;
        this.preview = preview;
        this.problems = problems;
        this.looks = looks;
        this.siteView = siteView();
        this.siteViewDigest = org.socialcarefuture.northstar.site.StableDigest.once(siteView);
    }

    String digest() {
        return siteViewDigest;
    }

    /** A template's data: "site", "meta" for the file at {@code url}, then {@code extra}. */
    Map<String, Object> model(String title, String description, String url, Map<String, Object> extra) {
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
        meta.put("feeds", feedLinks(FeedPlanner.section(config, site, url)));
        meta.put("ogType", "website");
        meta.put("published", "");
        meta.put("authors", List.of());
        meta.put("image", Map.of("url", views.permalink("card.png"), "alt", views.siteCard().alt(), "card", true));
        meta.put("jsonLd", "");
        model.put("meta", meta);
        model.putAll(extra);
        return model;
    }

    /** Only "site": for a file that makes its own head (a report's plain text). */
    Map<String, Object> siteModel() {
        return Map.of("site", siteView);
    }

    /** Autodiscovery links for a page's head: the whole site's feeds, plus its section's when it has one. */
    private List<Map<String, Object>> feedLinks(FeedPlanner.SectionFeed section) {
        List<Map<String, Object>> links = new ArrayList<>();
        links.add(Map.of("title", config.title() + " (RSS)", "type", "application/rss+xml", "url", views.href("feed.xml")));
        links.add(Map.of("title", config.title() + " (Atom)", "type", "application/atom+xml", "url", views.href("atom.xml")));
        links.add(Map.of("title", config.title() + " (JSON Feed)", "type", "application/feed+json", "url", views.href("feed.json")));
        if (section != null) {
            links.add(Map.of("title", section.title() + " (RSS)", "type", "application/rss+xml", "url", views.href(section.base() + "feed.xml")));
            links.add(Map.of("title", section.title() + " (Atom)", "type", "application/atom+xml", "url", views.href(section.base() + "atom.xml")));
        }
        return links;
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
        view.put("brandCss", config.colours().isEmpty() && config.darkColours().isEmpty() ? "" : views.href(SitePages.BRAND_CSS));
        view.put("footer", config.footer());
        view.put("licence", config.licence());
        view.put("latestHeading", config.latestHeading());
        view.put("nav", config.nav().isEmpty() ? automaticNav() : configuredNav());
        // The footer's links, to what the site has: no "Pledges" for a site with none.
        boolean pledges = PledgePlanner.hasPledges(site);
        List<Map<String, Object>> more = new ArrayList<>();
        if (pledges) {
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
                "pledges", pledges));
        List<Map<String, Object>> social = new ArrayList<>();
        config.social().forEach((label, href) -> social.add(Map.of("label", label, "url", href)));
        view.put("social", social);
        return view;
    }

    /** The menu of a site whose site.yml says none: home, the vision, each section it has, then two common pages. */
    private List<Map<String, Object>> automaticNav() {
        List<Map<String, Object>> nav = new ArrayList<>();
        nav.add(Map.of("label", "Home", "url", views.href("")));
        site.firstOfType(org.socialcarefuture.northstar.content.PageType.VISION)
                .ifPresent(v -> nav.add(Map.of("label", "Our vision", "url", views.href(v.url()))));
        for (TypePlan kind : ListPlanner.sections(site)) {
            nav.add(Map.of("label", kind.type().pluralLabel(), "url", views.href(kind.section())));
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
        ListPlanner.sections(site).forEach(kind -> lists.add(kind.section()));
        if (PledgePlanner.hasPledges(site)) {
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
}
