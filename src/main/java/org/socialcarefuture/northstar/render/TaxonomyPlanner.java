package org.socialcarefuture.northstar.render;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socialcarefuture.northstar.site.RenderedPage;
import org.socialcarefuture.northstar.site.Term;

/** The ways across the sections: topics (/tags/), authors (/authors/) and months (/archive/), each with a list per term. */
final class TaxonomyPlanner implements Planner {

    /**
     * One index of terms (terms.ftl) and a list in pages for each term.
     *
     * @param base          the index's folder, e.g. {@code tags/}; a term's list is under it
     * @param headingPrefix what a term's list is headed with before its name, e.g. "Topic"
     * @param linkPrefix    what the index says before each term's link, e.g. "Topic: "
     */
    record Taxonomy(String base, String title, String intro, Map<String, Term> terms, String headingPrefix, String linkPrefix) {
    }

    private final PlanContext plan;

    TaxonomyPlanner(PlanContext plan) {
        this.plan = plan;
    }

    @Override
    public List<OutputPage> plan() {
        List<OutputPage> files = new ArrayList<>();
        files.addAll(files(new Taxonomy("tags/", "Topics", "Everything we have written, by topic.", plan.site().tags(), "Topic", "Topic: ")));
        files.addAll(files(new Taxonomy("authors/", "Authors", "The people who wrote for " + plan.config().title() + ".",
                plan.site().authors(), "Written by", "Author: ")));
        files.addAll(archive());
        return files;
    }

    private List<OutputPage> files(Taxonomy taxonomy) {
        if (taxonomy.terms().isEmpty()) {
            return List.of();
        }
        String base = taxonomy.base();
        List<OutputPage> files = new ArrayList<>();
        List<Map<String, Object>> list = new ArrayList<>();
        for (Term term : taxonomy.terms().values()) {
            list.add(Map.of("name", term.name(), "url", plan.views().href(base + term.slug() + "/"), "count", term.pages().size()));
            String heading = taxonomy.headingPrefix() + ": " + term.name();
            files.addAll(new Pagination(plan).files(new Pagination.PagedList(base + term.slug() + "/", "list.ftl", heading, heading,
                    term.pages(), Map.of("kind", base.substring(0, base.length() - 1)))));
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("heading", taxonomy.title());
        extra.put("intro", taxonomy.intro());
        extra.put("terms", list);
        extra.put("termPrefix", taxonomy.linkPrefix());
        files.add(new OutputPage(base + "index.html", "terms.ftl", plan.model(taxonomy.title(), taxonomy.intro(), base, extra), null));
        return files;
    }

    private List<OutputPage> archive() {
        if (plan.site().months().isEmpty()) {
            return List.of();
        }
        List<OutputPage> files = new ArrayList<>();
        List<Map<String, Object>> list = new ArrayList<>();
        for (Map.Entry<YearMonth, List<RenderedPage>> month : plan.site().months().entrySet()) {
            String base = "archive/" + month.getKey().getYear() + "/" + String.format("%02d", month.getKey().getMonthValue()) + "/";
            String label = Views.monthLabel(month.getKey());
            list.add(Map.of("name", label, "url", plan.views().href(base), "count", month.getValue().size()));
            files.addAll(new Pagination(plan).files(new Pagination.PagedList(base, "list.ftl", "Archive: " + label, "Archive: " + label,
                    month.getValue(), Map.of("kind", "archive"))));
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("heading", "Archive");
        extra.put("intro", "Everything we have published, month by month.");
        extra.put("terms", list);
        extra.put("termPrefix", "");
        files.add(new OutputPage("archive/index.html", "terms.ftl", plan.model("Archive", "", "archive/", extra), null));
        return files;
    }
}
