package org.socialcarefuture.northstar.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socialcarefuture.northstar.site.RenderedPage;

/** A list in pages of site.yml's per_page items: {@code base}, {@code base/page/2/}, ... (sections, topics, months). */
final class Pagination {

    /**
     * One list to publish in pages.
     *
     * @param base    its first page's folder, e.g. {@code blog/} or {@code tags/rights/}
     * @param title   its pages' title (each says "page 2 of 5" after it)
     * @param heading its pages' heading
     * @param items   what it lists, in order
     * @param more    what else its template is given (e.g. "listType")
     */
    record PagedList(String base, String template, String title, String heading, List<RenderedPage> items,
                     Map<String, Object> more) {
    }

    private final PlanContext plan;
    private final Views views;

    Pagination(PlanContext plan) {
        this.plan = plan;
        this.views = plan.views();
    }

    /** The list's pages, first to last. */
    List<OutputPage> files(PagedList list) {
        List<OutputPage> files = new ArrayList<>();
        List<RenderedPage> items = list.items();
        int perPage = plan.config().perPage();
        int total = Math.max(1, (items.size() + perPage - 1) / perPage);
        for (int number = 1; number <= total; number++) {
            String url = pageUrl(list.base(), number);
            String pageTitle = total > 1 ? list.title() + " (page " + number + " of " + total + ")" : list.title();
            List<RenderedPage> onThisPage = items.subList((number - 1) * perPage, Math.min(items.size(), number * perPage));
            int current = number;
            // A list page is made from its items' summaries, its place among its list's pages and the navigation.
            Object inputs = List.of(list.base(), pageTitle, list.heading(), list.more(), current, total,
                    onThisPage.stream().map(views::summaryInputs).toList(), plan.siteViewDigest());
            files.add(OutputPage.lazy(url + "index.html", list.template(), inputs,
                    () -> listModel(list, url, pageTitle, onThisPage, current, total), null, List.of()));
        }
        return files;
    }

    private Map<String, Object> listModel(PagedList list, String url, String pageTitle, List<RenderedPage> items, int number, int total) {
        String base = list.base();
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
        Map<String, Object> extra = new LinkedHashMap<>(list.more());
        extra.put("heading", list.heading());
        extra.put("items", pageItems);
        extra.put("pagination", pagination);
        return plan.model(pageTitle, "", url, extra);
    }

    private static String pageUrl(String base, int number) {
        return number == 1 ? base : base + "page/" + number + "/";
    }
}
