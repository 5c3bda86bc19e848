package org.socialcarefuture.northstar.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socialcarefuture.northstar.site.RenderedPage;

/**
 * A page at each of a page's old addresses (its aliases:) that sends the reader on to it. WordPress's {@code ?p=123}
 * addresses are the home page's (see HomePlanner).
 */
final class RedirectPlanner implements Planner {

    /** The template of every redirect: the plan names "an alias of this page" when one takes a used address. */
    static final String TEMPLATE = "redirect.ftl";

    private final PlanContext plan;

    RedirectPlanner(PlanContext plan) {
        this.plan = plan;
    }

    @Override
    public List<OutputPage> plan() {
        List<OutputPage> files = new ArrayList<>();
        for (RenderedPage page : plan.site().pages()) {
            for (String alias : page.page().aliases()) {
                if (alias.startsWith("?p=")) {
                    continue; // answered by the home page's script, see HomePlanner.oldAddresses()
                }
                String path = alias.endsWith(".html") ? alias : alias + "index.html";
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("target", plan.views().link(page));
                extra.put("targetPermalink", plan.views().permalink(page.url()));
                Map<String, Object> model = plan.model(page.page().title(), "", page.url(), extra);
                files.add(new OutputPage(path, TEMPLATE, model, page.page().source()));
            }
        }
        return files;
    }
}
