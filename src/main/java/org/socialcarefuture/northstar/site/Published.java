package org.socialcarefuture.northstar.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.socialcarefuture.northstar.content.Page;

/** Which pages a build publishes: drafts and future-dated pages wait, unless this is a preview. */
public final class Published {

    private Published() {
    }

    /** Drafts and future-dated pages wait, unless {@code drafts} (the preview); an easy-read variant follows its main page. */
    public static List<Page> select(List<Page> pages, Instant now, boolean drafts) {
        if (drafts) {
            return pages; // the preview shows everything, marked as not yet published
        }
        Set<String> hidden = new HashSet<>();
        List<Page> kept = new ArrayList<>();
        for (Page page : pages) {
            boolean future = page.dated() && page.date().toInstant().isAfter(now);
            if (!page.easyRead() && (page.draft() || future)) {
                hidden.add(page.contentPath());
            }
        }
        for (Page page : pages) {
            boolean future = page.dated() && page.date().toInstant().isAfter(now);
            boolean hide = hidden.contains(page.contentPath())
                    || (page.easyRead() && page.easyReadOf() != null && hidden.contains(page.easyReadOf()))
                    || (page.easyRead() && (page.draft() || future));
            if (!hide) {
                kept.add(page);
            }
        }
        return kept;
    }
}
