package org.socialcarefuture.northstar.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socialcarefuture.northstar.site.RenderedPage;
import org.socialcarefuture.northstar.site.Site;

/**
 * Each section's list page (e.g. /blog/ in pages, /events/ with its calendar), for the types whose TypePlan has
 * one and of which the site has pages: no empty lists for kinds of page it has none of.
 */
final class ListPlanner implements Planner {

    private final PlanContext plan;
    private final Views views;

    ListPlanner(PlanContext plan) {
        this.plan = plan;
        this.views = plan.views();
    }

    /** The types with a list page that this site has pages of, in PageType's order (the menu's and home page's too). */
    static List<TypePlan> sections(Site site) {
        return TypePlan.ALL.stream().filter(kind -> kind.list() != TypePlan.ListStyle.NONE && !site.ofType(kind.type()).isEmpty())
                .toList();
    }

    @Override
    public List<OutputPage> plan() {
        List<OutputPage> files = new ArrayList<>();
        for (TypePlan kind : sections(plan.site())) {
            if (kind.list() == TypePlan.ListStyle.PAGED) {
                String label = kind.type().pluralLabel();
                files.addAll(new Pagination(plan).files(new Pagination.PagedList(kind.section(), "list.ftl", label, label,
                        plan.site().ofType(kind.type()), Map.of("listType", kind.type().id()))));
            } else {
                files.addAll(events(kind));
            }
        }
        return files;
    }

    /** A section's events (easy-read versions aside) still to come, soonest first. */
    static List<RenderedPage> upcoming(PlanContext plan, TypePlan kind) {
        return plan.site().ofType(kind.type()).stream()
                .filter(page -> !page.page().easyRead() && !page.page().event().past(plan.views().now()))
                .sorted(Comparator.comparing((RenderedPage page) -> page.page().event().start().toInstant())
                        .thenComparing(RenderedPage::url))
                .toList();
    }

    /** A section's events that are over (easy-read versions aside), newest first. */
    static List<RenderedPage> past(PlanContext plan, TypePlan kind) {
        return plan.site().ofType(kind.type()).stream()
                .filter(page -> !page.page().easyRead() && page.page().event().past(plan.views().now()))
                .sorted(Comparator.comparing((RenderedPage page) -> page.page().event().start().toInstant()).reversed()
                        .thenComparing(RenderedPage::url))
                .toList();
    }

    /**
     * /events/: what is coming up (soonest first), then what is past (newest first), from the build's date (the daily
     * build moves an event to the past without an edit); and /events/calendar.ics, every upcoming event, to subscribe to.
     */
    private List<OutputPage> events(TypePlan kind) {
        String base = kind.section();
        List<RenderedPage> all = plan.site().ofType(kind.type()).stream().filter(page -> !page.page().easyRead()).toList();
        if (all.isEmpty()) {
            return List.of();
        }
        List<RenderedPage> upcoming = upcoming(plan, kind);
        List<RenderedPage> past = past(plan, kind);
        Object inputs = List.of(upcoming.stream().map(views::summaryInputs).toList(), past.stream().map(views::summaryInputs).toList(),
                plan.siteViewDigest());
        String title = plan.config().title();
        return List.of(OutputPage.lazy(base + "index.html", "events.ftl", inputs, () -> {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("upcoming", upcoming.stream().map(views::summary).toList());
            extra.put("past", past.stream().map(views::summary).toList());
            extra.put("calendarUrl", views.href(base + "calendar.ics"));
            extra.put("feedUrl", views.href(base + "feed.xml"));
            extra.put("webcalUrl", views.permalink(base + "calendar.ics").replaceFirst("^https?://", "webcal://"));
            return plan.model(kind.type().pluralLabel(), "What " + title + " is holding next, and what it held before.", base, extra);
        }, null, List.of()), OutputPage.file(base + "calendar.ics", () -> org.socialcarefuture.northstar.event.Calendars.ics(
                title + ": " + FeedPlanner.lowerPlural(kind), upcoming.stream().map(views::calendarEntry).toList()),
                List.of(upcoming.stream().map(RenderedPage::page).toList(), "ics")));
    }
}
