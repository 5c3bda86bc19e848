package org.socialcarefuture.northstar.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.site.RenderedPage;

/**
 * The content pages' own files: each page with its type's template (see TypePlan), its calendar file when it is an
 * event, and its plain text when its type has one.
 */
final class PagePlanner {

    /**
     * @param files        every page's files, page by page
     * @param lastModified each page's date for the sitemap, by output path, "" for an undated page (its data is only
     *                     made when it is rendered)
     */
    record Planned(List<OutputPage> files, Map<String, String> lastModified) {
    }

    private final PlanContext plan;
    private final Views views;

    PagePlanner(PlanContext plan) {
        this.plan = plan;
        this.views = plan.views();
    }

    Planned plan(List<RenderedPage> pages) {
        List<OutputPage> files = new ArrayList<>();
        Map<String, String> lastModified = new HashMap<>();
        for (RenderedPage page : pages) {
            files.addAll(files(page));
            lastModified.put(page.page().url() + "index.html", page.page().dated() ? Views.isoDate(page.page().date()) : "");
        }
        return new Planned(List.copyOf(files), lastModified);
    }

    /** One page's files: its calendar file, its plain text, then the page. */
    List<OutputPage> files(RenderedPage rendered) {
        List<OutputPage> files = new ArrayList<>();
        Page page = rendered.page();
        TypePlan kind = TypePlan.of(page.type());
        String template = page.easyRead() ? "easy-read.ftl" : kind.template();
        if (page.isEvent() && !page.easyRead()) {
            // Its calendar file: made from the page's front matter alone, so the same event makes the same file.
            files.add(OutputPage.file(page.url() + page.slug() + ".ics", () -> org.socialcarefuture.northstar.event.Calendars.ics(
                    page.title(), List.of(views.calendarEntry(rendered))), List.of(page, "ics")));
        }
        String textFile = page.url() + page.slug() + ".txt";
        boolean plainText = kind.has(TypePlan.Companion.PLAIN_TEXT) && !page.easyRead();
        if (plainText) {
            files.add(OutputPage.lazy(textFile, "report.txt.ftl", () -> {
                Map<String, Object> textModel = new LinkedHashMap<>(plan.frame().siteModel());
                textModel.put("page", pageView(rendered, plainText, textFile));
                textModel.put("text", PlainText.of(rendered.html()));
                return textModel;
            }, page.source(), List.of()));
        }
        // Everything the page's data is made from (see Views.full and model): the preview compares these
        // instead of making the data, so a page whose neighbours and links are unchanged costs a lookup.
        Object inputs = plan.fullPageInputs(rendered);
        files.add(OutputPage.lazy(page.url() + "index.html", template, inputs, () -> {
            Map<String, Object> view = pageView(rendered, plainText, textFile);
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("page", view);
            Map<String, Object> model = plan.model(page.title(), page.summary(), page.url(), extra);
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
        return files;
    }

    private Map<String, Object> pageView(RenderedPage rendered, boolean plainText, String textFile) {
        Map<String, Object> view = views.full(rendered);
        view.put("pdf", plan.pdfLink(rendered));
        if (plainText) {
            view.put("textUrl", views.href(textFile));
        }
        return view;
    }

    private String absoluteOrEmpty(String href) {
        return href.isEmpty() ? "" : views.absolute(href);
    }
}
