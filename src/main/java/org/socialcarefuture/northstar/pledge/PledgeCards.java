package org.socialcarefuture.northstar.pledge;

import java.util.List;

import org.jsoup.nodes.Element;
import org.socialcarefuture.northstar.problem.Problem;

/**
 * Turns each rendered pledge into a share card. This runs after sanitising, so the card's button
 * and live region are ours alone: raw HTML in Markdown can never add controls of its own. Each card's
 * share links follow the pledge's {@link SharePlan}; what the plan says of the pledge's length is
 * returned as problems at the pledge's line.
 */
public final class PledgeCards {

    private PledgeCards() {
    }

    public static List<Problem> enrich(Element body, List<Pledge> pledges, String source, String permalink, String mastodonSharePage) {
        List<Problem> problems = new java.util.ArrayList<>();
        boolean several = pledges.size() > 1;
        int number = 0;
        for (Pledge pledge : pledges) {
            number++;
            Element figure = body.getElementById(pledge.anchor());
            if (figure == null || !figure.tagName().equals("figure")) {
                continue;
            }
            String pledgeUrl = permalink + "#" + pledge.anchor();
            SharePlan.Plan plan = pledge.sharePlan(pledgeUrl);
            plan.error().ifPresent(error -> problems.add(Problem.error(source, pledge.line(), "pledge-length", error.message(),
                    error.fix())));
            for (SharePlan.Note warning : plan.warnings()) {
                problems.add(Problem.warning(source, pledge.line(), "pledge-length", warning.message(), warning.fix()));
            }
            String which = several ? " (pledge " + number + ")" : "";
            Element text = figure.selectFirst("blockquote");
            if (text != null) {
                text.id(pledge.anchor() + "-text");
            }
            Element caption = figure.appendElement("figcaption").addClass("pledge-actions");
            caption.appendElement("p").addClass("pledge-heading").text("Make this pledge your own: copy it or share it.");
            Element copy = caption.appendElement("button").attr("type", "button").addClass("pledge-copy")
                    .attr("data-copy", pledge.anchor() + "-text").attr("hidden", true);
            copy.text("Copy the pledge");
            if (several) {
                copy.appendElement("span").addClass("visually-hidden").text(which);
            }
            caption.appendElement("p").addClass("pledge-status").attr("role", "status");
            Element list = caption.appendElement("ul").addClass("share-links");
            for (ShareLinks.Link link : ShareLinks.forPledge(pledge.shareText(), plan, pledgeUrl, mastodonSharePage)) {
                Element a = list.appendElement("li").appendElement("a").attr("href", link.href())
                        .addClass("share-" + link.network());
                a.appendText(link.network().equals("email") ? "Share by " : "Share on ");
                a.appendText(link.name());
                if (several) {
                    a.appendElement("span").addClass("visually-hidden").text(which);
                }
            }
            Element permalinkPara = caption.appendElement("p").addClass("pledge-permalink");
            permalinkPara.appendElement("a").attr("href", "#" + pledge.anchor())
                    .text("Link to this pledge" + which);
        }
        return problems;
    }
}
