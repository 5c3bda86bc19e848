package org.socialcarefuture.northstar.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.socialcarefuture.northstar.content.PageType;
import org.socialcarefuture.northstar.pledge.Pledge;
import org.socialcarefuture.northstar.site.RenderedPage;
import org.socialcarefuture.northstar.site.Site;

/** The site in numbers (site.json, with its pledge count) and /pledges/, every pledge of the site with its card. */
final class PledgePlanner implements Planner {

    private final PlanContext plan;

    PledgePlanner(PlanContext plan) {
        this.plan = plan;
    }

    static boolean hasPledges(Site site) {
        return site.pages().stream().anyMatch(page -> !page.pledges().isEmpty());
    }

    @Override
    public List<OutputPage> plan() {
        List<RenderedPage> withPledges = plan.site().pages().stream().filter(page -> !page.pledges().isEmpty()).toList();
        int pledgeCount = withPledges.stream().mapToInt(page -> page.pledges().size()).sum();
        OutputPage siteData = OutputPage.file("site.json", siteData(pledgeCount));
        if (withPledges.isEmpty()) {
            return List.of(siteData);
        }
        return List.of(siteData, OutputPage.lazy("pledges/index.html", "pledges.ftl", List.of(withPledges, plan.siteViewDigest()), () -> {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("pledges", pledgeList(withPledges));
            return plan.model("Pledges", "Pledges you can make your own and share.", "pledges/", extra);
        }, null, List.of()));
    }

    /** Every pledge of the site with its card, numbered in the order of the pages. */
    private List<Map<String, Object>> pledgeList(List<RenderedPage> withPledges) {
        Views views = plan.views();
        List<Map<String, Object>> list = new ArrayList<>();
        int number = 0;
        for (RenderedPage page : withPledges) {
            Element body = Jsoup.parseBodyFragment(page.html()).body();
            for (Pledge pledge : page.pledges()) {
                number++;
                Element card = body.getElementById(pledge.anchor());
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("page", views.link(page));
                item.put("text", pledge.shareText());
                item.put("url", views.href(page.url()) + "#" + pledge.anchor());
                item.put("card", card == null ? "" : renumber(card.clone(), number, views.href(page.url())));
                list.add(item);
            }
        }
        return list;
    }

    /** The site in numbers, for other tools (dashboards, the movement's other sites). */
    private String siteData(int pledgeCount) {
        Site site = plan.site();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", plan.config().title());
        data.put("base_url", plan.config().baseUrl());
        data.put("pages", site.pages().size());
        Map<String, Object> byType = new LinkedHashMap<>();
        for (PageType type : PageType.values()) {
            byType.put(type.id(), site.ofType(type).size());
        }
        data.put("pages_by_type", byType);
        data.put("easy_read_pages", site.pages().stream().filter(p -> p.page().easyRead()).count());
        data.put("pledge_count", pledgeCount);
        data.put("pledges", plan.views().href("pledges/"));
        data.put("feed", plan.views().permalink("feed.json"));
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(data) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A card shown among others needs ids and link names of its own, and its permalink must go to its page. */
    private static String renumber(Element card, int number, String pageHref) {
        String anchor = card.id();
        String id = "pledge-card-" + number;
        card.id(id);
        card.select("[id]").forEach(e -> e.id(id + "-" + e.id()));
        card.select("[data-copy]").forEach(e -> e.attr("data-copy", id + "-" + e.attr("data-copy")));
        card.select(".visually-hidden").forEach(e -> e.text(" (pledge " + number + ")"));
        card.select(".pledge-copy").forEach(b -> {
            if (b.select(".visually-hidden").isEmpty()) {
                b.appendElement("span").addClass("visually-hidden").text(" (pledge " + number + ")");
            }
        });
        card.select(".pledge-permalink a").forEach(a -> a.attr("href", pageHref + "#" + anchor));
        card.select(".share-links a").forEach(a -> {
            if (a.select(".visually-hidden").isEmpty()) {
                a.appendElement("span").addClass("visually-hidden").text(" (pledge " + number + ")");
            }
        });
        card.select(".pledge-permalink a").forEach(a -> a.text("Read pledge " + number + " on its page"));
        return card.outerHtml();
    }
}
