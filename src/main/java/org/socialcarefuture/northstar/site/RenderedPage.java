package org.socialcarefuture.northstar.site;

import java.util.List;

import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.markdown.Heading;
import org.socialcarefuture.northstar.pledge.Pledge;

/**
 * A page with its body rendered to safe HTML, and what rendering found in it.
 *
 * @param searchWords the distinct words of the body, for the search index
 */
public record RenderedPage(Page page, String html, List<Heading> headings, List<Pledge> pledges, String searchWords) {

    public RenderedPage {
        headings = List.copyOf(headings);
        pledges = List.copyOf(pledges);
    }

    public String url() {
        return page.url();
    }
}
