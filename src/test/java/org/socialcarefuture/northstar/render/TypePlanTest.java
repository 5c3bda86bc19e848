package org.socialcarefuture.northstar.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.content.PageType;

/**
 * TypePlan is the plan's one table of page types: a type added to PageType needs its entry there, its template in
 * the theme, and then gets its list page, menu entry, feed and companion files from the table alone.
 */
class TypePlanTest {

    @TempDir
    Path dir;

    @Test
    void everyTypeOfPageHasOnePlanWhoseTemplateTheBundledThemeHas() {
        assertEquals(PageType.values().length, TypePlan.ALL.size());
        for (PageType type : PageType.values()) {
            TypePlan plan = TypePlan.of(type);
            assertNotNull(plan, type + " has no TypePlan");
            assertEquals(type, plan.type());
            assertTrue(Files.isRegularFile(Path.of("themes/default/templates", plan.template())),
                    type + "'s template " + plan.template() + " is not in themes/default/templates");
        }
    }

    @Test
    void eachTypeGetsTheListMenuEntryFeedAndFilesItsPlanSays() throws IOException {
        StringBuilder txtar = new StringBuilder();
        for (PageType type : PageType.values()) {
            txtar.append(page(type));
        }
        TestSite site = TestSite.of(dir, txtar.toString());
        site.bake();
        Document home = Jsoup.parse(site.file("index.html"));
        for (TypePlan plan : TypePlan.ALL) {
            PageType type = plan.type();
            if (plan.list() == TypePlan.ListStyle.NONE) {
                continue;
            }
            String section = plan.section();
            assertTrue(site.has(section + "index.html"), type + " has no list page at /" + section);
            assertFalse(home.select("nav a[href$=/" + section + "]").isEmpty(), "the menu does not link to /" + section);
            assertEquals(plan.feed() != TypePlan.FeedStyle.NONE, site.has(section + "feed.xml"), "/" + section + "feed.xml");
            String url = "/" + section + (type.dated() ? "2025/06/" : "") + "a-" + type.id() + "/";
            if (plan.has(TypePlan.Companion.PLAIN_TEXT)) {
                assertTrue(site.has(url.substring(1) + "a-" + type.id() + ".txt"), type + "'s plain text at " + url);
            }
            assertEquals(plan.has(TypePlan.Companion.EMAIL), site.has(url.substring(1) + "email.html"), type + "'s e-mail at " + url);
            assertTrue(Jsoup.parse(site.file(url.substring(1) + "index.html")).select("h1").text().contains("A " + type.id()),
                    type + "'s page at " + url);
        }
    }

    /** One page of the type in its folder (or at the top for a type without one), with what its type needs. */
    private static String page(PageType type) {
        String name = "a-" + type.id();
        String folder = type.folder() == null ? "" : type.folder() + "/";
        String front = "title: A " + type.id() + "\ntype: " + type.id() + "\nsummary: One page of this type.\n";
        if (type.dated()) {
            name = "2025-06-01-" + name;
            front += "date: 2025-06-01\n";
        }
        if (type == PageType.EVENT) {
            front += "start: 2027-05-13 11:00\nonline: true\njoining: link sent on booking\n";
        }
        return "-- content/" + folder + name + ".md --\n---\n" + front + "---\nSome words about this page, for everyone.\n\n";
    }
}
