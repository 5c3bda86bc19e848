package org.socialcarefuture.northstar.render;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socialcarefuture.northstar.content.PageType;

/**
 * What the plan makes for one type of page: its template, its section's list page, its section's feed and the
 * files made beside each of its pages. The one place on the plan's side that knows the types apart: a new type of
 * page is one entry in {@link #ALL} (its folder, label and date rule are in content/PageType, its template in the
 * theme), and every planner reads this table instead of asking which type it has.
 *
 * @param template    the theme template its pages are shown with (their easy-read versions use easy-read.ftl)
 * @param list        its list page under its folder, e.g. /blog/; shown in the menu and on the home page too
 * @param feed        its section's own feed, e.g. /blog/feed.xml
 * @param companions  the files made beside each of its pages (not beside their easy-read versions)
 */
record TypePlan(PageType type, String template, ListStyle list, FeedStyle feed, Set<Companion> companions) {

    /** A section's list page: none, list.ftl in pages of site.yml's per_page, or /events/ (coming up, then past). */
    enum ListStyle { NONE, PAGED, EVENTS }

    /** A section's feed: none, its pages newest first, or its events as /events/ lists them (see FeedPlanner). */
    enum FeedStyle { NONE, NEWEST, EVENTS }

    /** A file beside each page: its words as plain text (page.txt, see PlainText), or its e-mail (see EmailPlanner). */
    enum Companion { PLAIN_TEXT, EMAIL }

    /** Every type of page, in PageType's order (the order of the lists, feeds and menu). */
    static final List<TypePlan> ALL = List.of(
            new TypePlan(PageType.POST, "page.ftl", ListStyle.PAGED, FeedStyle.NEWEST, Set.of()),
            new TypePlan(PageType.NEWSLETTER, "page.ftl", ListStyle.PAGED, FeedStyle.NEWEST, Set.of(Companion.EMAIL)),
            new TypePlan(PageType.LETTER, "page.ftl", ListStyle.PAGED, FeedStyle.NEWEST, Set.of()),
            new TypePlan(PageType.REPORT, "report.ftl", ListStyle.PAGED, FeedStyle.NONE, Set.of(Companion.PLAIN_TEXT)),
            new TypePlan(PageType.EVENT, "event.ftl", ListStyle.EVENTS, FeedStyle.EVENTS, Set.of()),
            new TypePlan(PageType.VISION, "vision.ftl", ListStyle.NONE, FeedStyle.NONE, Set.of()),
            new TypePlan(PageType.PAGE, "page.ftl", ListStyle.NONE, FeedStyle.NONE, Set.of()));

    private static final Map<PageType, TypePlan> BY_TYPE = byType();

    static TypePlan of(PageType type) {
        return BY_TYPE.get(type);
    }

    boolean has(Companion companion) {
        return companions.contains(companion);
    }

    /** Its section's folder as a site path, e.g. {@code blog/}. */
    String section() {
        return type.folder() + "/";
    }

    /** One entry per type, in PageType's order: a type added there and not here stops the build at its first plan. */
    private static Map<PageType, TypePlan> byType() {
        Map<PageType, TypePlan> map = new EnumMap<>(PageType.class);
        for (int i = 0; i < ALL.size(); i++) {
            TypePlan plan = ALL.get(i);
            if (plan.type.ordinal() != i || plan.list != ListStyle.NONE && !plan.type.listed()) {
                throw new IllegalStateException("TypePlan.ALL: " + plan.type + " is out of PageType's order, or listed without a folder");
            }
            map.put(plan.type, plan);
        }
        if (map.size() != PageType.values().length) {
            throw new IllegalStateException("TypePlan.ALL has no entry for each of " + PageType.ids());
        }
        return map;
    }
}
