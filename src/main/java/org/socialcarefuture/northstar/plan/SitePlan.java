package org.socialcarefuture.northstar.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.memo.BuildMemo;
import org.socialcarefuture.northstar.memo.Reuse;
import org.socialcarefuture.northstar.print.Printing;
import org.socialcarefuture.northstar.problem.Problems;
import org.socialcarefuture.northstar.render.OutputPage;
import org.socialcarefuture.northstar.render.SitePages;
import org.socialcarefuture.northstar.render.Views;
import org.socialcarefuture.northstar.site.RenderedPage;
import org.socialcarefuture.northstar.site.Site;

/**
 * Steps 3 and 4, model and plan: the site as data, its views, and every file of the site with its template and data
 * (see render/SitePages); the PDFs are made on the way (step 4a, see print/Printing), since pages link to them. In the
 * preview, after edits to pages' text only, the reuse's last plan with just the files that show a body planned again.
 */
public final class SitePlan {

    /**
     * @param looks    the header's logo and the tab's icon as the templates show them (see picture/SitePictures)
     * @param drafts   whether drafts are shown (the preview)
     * @param printing what the PDFs are made with
     */
    public record Input(List<RenderedPage> rendered, Instant now, SiteConfig config, boolean drafts, Map<String, Object> looks,
                        Printing.Input printing, Reuse reuse) {
    }

    /**
     * The site model, its views, every file of the site and the site's PDFs. {@code replanned}: in the preview, when only
     * pages' bodies changed, the files planned again (every other file is the last plan's, unchanged); else null.
     */
    public record Planned(Site site, Views views, List<OutputPage> outputs, Set<String> replanned, Printing.Printed printed) {
    }

    private SitePlan() {
    }

    public static Planned plan(Input in, Problems problems) {
        Reuse reuse = in.reuse();
        List<RenderedPage> rendered = in.rendered();
        Instant now = in.now();
        BuildMemo.Plan last = reuse.lastPlan();
        List<RenderedPage> changedBodies = last == null ? null : bodiesChanged(last, rendered, now);
        Planned planned = null;
        Printing.Printed printed = Printing.Printed.NONE;
        if (changedBodies != null && hasPledges(last.site().pages()) == hasPledges(rendered)) {
            // (A first or last pledge adds or takes away the pledges page and every footer's link to it: all is planned again.)
            Site site = last.site().withBodies(changedBodies);
            Views views = new Views(in.config(), site, now);
            printed = Printing.print(in.printing(), site, views, problems);
            SitePages pages = new SitePages(in.config(), site, views, in.drafts(), problems, in.looks(), printed.pdfs());
            List<OutputPage> outputs = pages.replan(last.outputs(), changedBodies);
            if (outputs != null) {
                planned = new Planned(site, views, outputs, pages.replanned(), printed);
            }
        }
        if (planned == null) {
            Site site = new Site(rendered);
            Views views = new Views(in.config(), site, now);
            printed = Printing.print(in.printing(), site, views, problems);
            planned = new Planned(site, views, new SitePages(in.config(), site, views, in.drafts(), problems, in.looks(),
                    printed.pdfs()).plan(), null, printed);
        }
        // Kept by the preview's memo only: its next build, in this JVM, may change only bodies.
        reuse.planned(new BuildMemo.Plan(rendered, planned.site(), planned.outputs(), now,
                planned.replanned() != null ? last.nextDate() : nextDate(rendered, now)));
        return planned;
    }

    private static boolean hasPledges(List<RenderedPage> pages) {
        return pages.stream().anyMatch(page -> !page.pledges().isEmpty());
    }

    /**
     * The pages whose bodies alone changed since the last plan (the same objects are unchanged pages), or
     * null when anything else changed: a page came, went or moved in the order, its front matter changed, or
     * a page's date has come since (it then loses its "not yet published" banner, and lists may change);
     * the last plan knows the first date still to come.
     */
    private static List<RenderedPage> bodiesChanged(BuildMemo.Plan last, List<RenderedPage> rendered, Instant now) {
        if (last.pages().size() != rendered.size() || now.isBefore(last.now()) || !now.isBefore(last.nextDate())) {
            return null;
        }
        List<RenderedPage> changed = new ArrayList<>();
        for (int i = 0; i < rendered.size(); i++) {
            RenderedPage was = last.pages().get(i);
            RenderedPage is = rendered.get(i);
            if (was != is) {
                if (!was.page().equals(is.page())) {
                    return null;
                }
                changed.add(is);
            }
        }
        return changed;
    }

    /** The first date of a page still to come, or the end of time. */
    private static Instant nextDate(List<RenderedPage> rendered, Instant now) {
        Instant next = Instant.MAX;
        for (RenderedPage page : rendered) {
            List<Instant> dates = new ArrayList<>();
            if (page.page().date() != null) {
                dates.add(page.page().date().toInstant());
            }
            if (page.page().isEvent()) {
                dates.add(page.page().event().over()); // then it moves from upcoming to past
            }
            for (Instant date : dates) {
                if (date.isAfter(now) && date.isBefore(next)) {
                    next = date;
                }
            }
        }
        return next;
    }
}
