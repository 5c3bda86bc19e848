package org.socialcarefuture.northstar.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socialcarefuture.northstar.config.SiteConfig;

/**
 * The files every site has around its pages: the not-found page, the Mastodon share page (with pledges), the sitemap
 * of every other page planned, robots.txt, the security headers and the site's own colours.
 */
final class SiteFilesPlanner {

    private final PlanContext plan;
    private final Views views;

    SiteFilesPlanner(PlanContext plan) {
        this.plan = plan;
        this.views = plan.views();
    }

    /**
     * @param planned      every file planned before these, each at its own address (the sitemap lists their pages)
     * @param lastModified each content page's date by output path (see PagePlanner.Planned)
     */
    List<OutputPage> plan(List<OutputPage> planned, Map<String, String> lastModified) {
        List<OutputPage> files = new ArrayList<>();
        files.add(new OutputPage("404.html", "404.ftl", plan.model("Page not found", "", "404.html", Map.of()), null));
        if (PledgePlanner.hasPledges(plan.site())) {
            files.add(new OutputPage("share/mastodon/index.html", "mastodon.ftl",
                    plan.model("Share on Mastodon", "Choose your Mastodon server to share a pledge.", "share/mastodon/", Map.of()), null));
        }
        files.add(sitemap(planned, lastModified)); // (the two above are in no sitemap)
        files.add(new OutputPage("robots.txt", "robots.ftl", plan.model("robots", "", "robots.txt", Map.of()), null));
        // Security headers for hosts that read a _headers file (see HeadersFile); made from the code and the theme alone.
        files.add(OutputPage.file("_headers", () -> org.socialcarefuture.northstar.security.HeadersFile.text(
                org.socialcarefuture.northstar.markdown.HtmlSanitizer.VIDEO_HOSTS,
                org.socialcarefuture.northstar.newsletter.EmailVersion.styles()), "headers"));
        SiteConfig config = plan.config();
        if (!config.colours().isEmpty() || !config.darkColours().isEmpty()) {
            files.add(OutputPage.file(SitePages.BRAND_CSS, () -> org.socialcarefuture.northstar.a11y.BrandColours.css(config),
                    List.of(config.colours(), config.darkColours())));
        }
        return files;
    }

    /** Every page a search engine should know, with its date: not redirects, the not-found page, share pages or e-mails. */
    private OutputPage sitemap(List<OutputPage> planned, Map<String, String> lastModified) {
        List<String> paths = new ArrayList<>();
        for (OutputPage output : planned) {
            if (!output.isHtml() || output.template() == null || output.template().equals(RedirectPlanner.TEMPLATE)
                    || output.path().equals("404.html") || output.path().startsWith("share/")
                    || org.socialcarefuture.northstar.site.StandalonePages.isOne(output.path())) {
                continue;
            }
            paths.add(output.path());
        }
        List<String> dates = paths.stream().map(path -> lastModified.getOrDefault(path, "")).toList();
        return OutputPage.lazy("sitemap.xml", "sitemap.ftl", List.of(paths, dates), () -> {
            List<Map<String, Object>> urls = new ArrayList<>();
            for (int i = 0; i < paths.size(); i++) {
                String url = paths.get(i).substring(0, paths.get(i).length() - "index.html".length());
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("loc", views.permalink(url));
                entry.put("lastmod", dates.get(i));
                urls.add(entry);
            }
            urls.sort(java.util.Comparator.comparing(m -> String.valueOf(m.get("loc"))));
            return plan.model("sitemap", "", "sitemap.xml", Map.of("urls", urls));
        }, null, List.of());
    }
}
