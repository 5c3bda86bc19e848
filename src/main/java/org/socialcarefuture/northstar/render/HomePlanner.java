package org.socialcarefuture.northstar.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socialcarefuture.northstar.content.PageType;
import org.socialcarefuture.northstar.site.RenderedPage;
import org.socialcarefuture.northstar.site.Site;

/** The home page: the next events, the latest pages, the vision, each section with its count, and the old addresses' map. */
final class HomePlanner implements Planner {

    private final PlanContext plan;

    HomePlanner(PlanContext plan) {
        this.plan = plan;
    }

    @Override
    public List<OutputPage> plan() {
        Site site = plan.site();
        Views views = plan.views();
        TypePlan events = TypePlan.of(PageType.EVENT);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("events", ListPlanner.upcoming(plan, events).stream().limit(3).map(views::summary).toList());
        extra.put("eventsUrl", site.ofType(PageType.EVENT).isEmpty() ? "" : views.href(events.section()));
        extra.put("latest", site.latest(plan.config().homeLatest()).stream().map(views::summary).toList());
        extra.put("vision", site.firstOfType(PageType.VISION).map(views::summary).orElse(Map.of()));
        extra.put("getInvolved", site.byUrl("get-involved/").map(views::summary).orElse(Map.of()));
        extra.put("about", site.byUrl("about/").map(views::summary).orElse(Map.of()));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (TypePlan kind : ListPlanner.sections(site)) {
            PageType type = kind.type();
            sections.add(Map.of("label", type.pluralLabel(), "noun", type.noun(2), "url", views.href(kind.section()),
                    "count", site.ofType(type).size()));
        }
        extra.put("sections", sections);
        extra.put("oldAddresses", oldAddresses());
        return List.of(new OutputPage("index.html", "home.ftl", plan.model(plan.config().title(), plan.config().description(), "", extra),
                null));
    }

    /**
     * WordPress's /?p=123 addresses reach the home page on static hosting (the query is ignored), so
     * the home page carries a map from those ids to the new addresses, and site.js redirects.
     */
    private String oldAddresses() {
        Map<String, String> map = new java.util.TreeMap<>();
        for (RenderedPage page : plan.site().pages()) {
            for (String alias : page.page().aliases()) {
                if (alias.startsWith("?p=")) {
                    map.put(alias.substring(3), plan.views().href(page.url()));
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
}
