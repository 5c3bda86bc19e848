package org.socialcarefuture.northstar.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.socialcarefuture.northstar.newsletter.EmailVersion;
import org.socialcarefuture.northstar.security.ContentSecurityPolicy;
import org.socialcarefuture.northstar.site.RenderedPage;

/**
 * Each page whose TypePlan has an e-mail (newsletters) also as an e-mail: inline-styled HTML (email.html) and plain
 * text (email.txt), every link absolute.
 */
final class EmailPlanner implements Planner {

    private final PlanContext plan;

    EmailPlanner(PlanContext plan) {
        this.plan = plan;
    }

    @Override
    public List<OutputPage> plan() {
        List<OutputPage> files = new ArrayList<>();
        for (TypePlan kind : TypePlan.ALL) {
            if (kind.has(TypePlan.Companion.EMAIL)) {
                plan.site().ofType(kind.type()).forEach(page -> files.addAll(email(page)));
            }
        }
        return files;
    }

    /** A page's e-mail files when its type has them and it is not an easy-read version; else none. */
    List<OutputPage> files(RenderedPage page) {
        boolean emailed = TypePlan.of(page.page().type()).has(TypePlan.Companion.EMAIL) && !page.page().easyRead();
        return emailed ? email(page) : List.of();
    }

    private List<OutputPage> email(RenderedPage page) {
        Views views = plan.views();
        // Both e-mail files show the page in full: made from what the page's own file is made from.
        Supplier<Map<String, Object>> model = PlanContext.once(() -> {
            String absolute = views.absoluteHtml(page, true);
            Map<String, Object> view = views.full(page);
            view.put("permalink", views.permalink(page.url()));
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("page", view);
            extra.put("emailHtml", EmailVersion.html(absolute));
            extra.put("emailStyles", EmailVersion.FRAME_STYLES);
            extra.put("emailPolicy", ContentSecurityPolicy.forEmail(EmailVersion.styles()));
            extra.put("emailText", EmailVersion.text(absolute));
            extra.put("homeUrl", plan.config().baseUrl());
            return plan.model(page.page().title(), page.page().summary(), page.url() + "email.html", extra);
        });
        Object inputs = plan.fullPageInputs(page);
        return List.of(new OutputPage(page.url() + "email.html", "email.ftl", model, page.page().source(), page.page().a11yIgnore(),
                        null, org.socialcarefuture.northstar.site.StandalonePages.EXEMPT, inputs),
                OutputPage.lazy(page.url() + "email.txt", "email.txt.ftl", inputs, model, page.page().source(), List.of()));
    }
}
