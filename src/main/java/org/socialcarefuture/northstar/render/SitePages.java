package org.socialcarefuture.northstar.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.pdf.PdfFile;
import org.socialcarefuture.northstar.problem.Problems;
import org.socialcarefuture.northstar.site.RenderedPage;
import org.socialcarefuture.northstar.site.Site;

/**
 * Step 4a: decides every file of the site, with its template and data, by running one planner per kind of file in
 * the order below. Also the one place that knows every URL, so two things claiming one address are caught here,
 * whatever they are. What differs between types of page is in TypePlan, not here.
 */
public final class SitePages {

    /** Where the site's own colours (site.yml's colours:) are published, after the theme's CSS. */
    public static final String BRAND_CSS = "css/brand.css";

    private final PlanContext context;
    private final Problems problems;
    private final List<OutputPage> outputs = new ArrayList<>();
    private final Map<String, String> owners = new HashMap<>();

    /**
     * @param looks "logo": the header's logo as the templates show it (url, alt, width, height), or empty for none;
     *              "favicon": the tab's icon (url, type)
     */
    public SitePages(SiteConfig config, Site site, Views views, boolean preview, Problems problems, Map<String, Object> looks) {
        this(config, site, views, preview, problems, looks, Map.of());
    }

    /** @param pdfs each page's PDF by its address (see pdf/PrintPages): its page links to it, with its size */
    public SitePages(SiteConfig config, Site site, Views views, boolean preview, Problems problems, Map<String, Object> looks,
                     Map<String, PdfFile> pdfs) {
        this.problems = problems;
        this.context = new PlanContext(config, site, views, new SiteFrame(config, site, views, preview, problems, looks), pdfs);
    }

    public List<OutputPage> plan() {
        PagePlanner.Planned pages = new PagePlanner(context).plan(context.site().pages());
        claim(pages.files());
        List<Planner> planners = List.of(new HomePlanner(context), new ListPlanner(context), new TaxonomyPlanner(context),
                new FeedPlanner(context), new SearchPlanner(context), new EmailPlanner(context), new PledgePlanner(context),
                new RedirectPlanner(context));
        planners.forEach(planner -> claim(planner.plan()));
        claim(new SiteFilesPlanner(context).plan(List.copyOf(outputs), pages.lastModified()));
        return List.copyOf(outputs);
    }

    /**
     * The preview's plan after edits that changed only pages' bodies (their front matter, and so every list,
     * neighbour and address, is as it was): the files that show a body are planned again, for
     * {@code changed} pages' own files, the feeds, the search index and the pledges; every other file is
     * {@code last}'s. This site must be the last plan's with the new bodies (see Site#withBodies). Null when
     * the new files are not all among the last plan's: then the whole site must be planned.
     */
    public List<OutputPage> replan(List<OutputPage> last, List<RenderedPage> changed) {
        PagePlanner pages = new PagePlanner(context);
        EmailPlanner emails = new EmailPlanner(context);
        for (RenderedPage page : changed) {
            claim(pages.files(page));
            claim(emails.files(page));
        }
        claim(new FeedPlanner(context).feedsOf(changed));
        claim(new SearchPlanner(context).plan());
        claim(new PledgePlanner(context).plan());
        Map<String, OutputPage> fresh = new HashMap<>();
        outputs.forEach(output -> fresh.put(output.path(), output));
        List<OutputPage> plan = new ArrayList<>(last.size());
        for (OutputPage output : last) {
            OutputPage now = fresh.remove(output.path());
            plan.add(now != null ? now : output);
        }
        return fresh.isEmpty() ? List.copyOf(plan) : null;
    }

    /** The paths {@link #replan} made again (the rest of its plan was the last one's). */
    public java.util.Set<String> replanned() {
        java.util.Set<String> paths = new java.util.HashSet<>();
        outputs.forEach(output -> paths.add(output.path()));
        return paths;
    }

    /** Records who owns each output path; a second claimant is an error against its content file. */
    private void claim(List<OutputPage> files) {
        for (OutputPage output : files) {
            String previous = owners.putIfAbsent(output.path(), describe(output));
            if (previous == null) {
                outputs.add(output);
                continue;
            }
            String address = "/" + output.path().replaceFirst("index\\.html$", "");
            String culprit = output.source() != null ? output.source() : previous;
            String what = RedirectPlanner.TEMPLATE.equals(output.template()) ? "an alias of this page" : "this page";
            problems.error(culprit, 0, "duplicate-url", what + " would be published at " + address
                            + ", which is already used by " + (culprit.equals(previous) ? describe(output) : previous),
                    "give one of them another slug (slug: new-name), file name or alias");
        }
    }

    private static String describe(OutputPage output) {
        return output.source() != null ? output.source() : "the generated page " + "/" + output.path().replaceFirst("index\\.html$", "");
    }
}
