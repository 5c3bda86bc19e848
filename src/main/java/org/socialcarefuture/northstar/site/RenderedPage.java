package org.socialcarefuture.northstar.site;

import java.util.List;

import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.markdown.Heading;
import org.socialcarefuture.northstar.pledge.Pledge;

/**
 * A page with its body rendered to safe HTML, and what rendering found in it.
 *
 * @param searchEntry the page's entry in the search index (JSON), made with the page so the index is only put together
 */
public record RenderedPage(Page page, String html, List<Heading> headings, List<Pledge> pledges, String searchEntry) {

    public RenderedPage {
        headings = List.copyOf(headings);
        pledges = List.copyOf(pledges);
    }

    public String url() {
        return page.url();
    }
}
