package org.socialcarefuture.northstar.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socialcarefuture.northstar.site.RenderedPage;

/** The search index and page: every published page, easy-read ones marked as such. */
final class SearchPlanner implements Planner {

    private final PlanContext plan;

    SearchPlanner(PlanContext plan) {
        this.plan = plan;
    }

    @Override
    public List<OutputPage> plan() {
        // Each page's entry was made with the page: the index is only put together, and only when a page changed.
        List<RenderedPage> pages = plan.site().pages();
        OutputPage index = OutputPage.file("search-index.json", () -> org.socialcarefuture.northstar.search.SearchIndex.json(
                pages.stream().map(RenderedPage::searchEntry).toList()), pages);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("indexUrl", plan.views().href("search-index.json"));
        return List.of(index, new OutputPage("search/index.html", "search.ftl",
                plan.model("Search", "Search everything " + plan.config().title() + " has published.", "search/", extra), null));
    }
}
