package org.socialcarefuture.northstar.site;

import java.util.List;

/** A tag, an author or a month: its name, its URL segment and its pages, newest first. */
public record Term(String name, String slug, List<RenderedPage> pages) {

    public Term {
        pages = List.copyOf(pages);
    }
}
