package org.socialcarefuture.northstar.site;

import java.util.List;

import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.pledge.Pledge;

/**
 * A page with its body rendered to safe HTML, and what rendering found in it.
 *
 * @param searchEntry the page's entry in the search index (JSON), made with the page so the index is only put together
 * @param leadPicture the page's lead picture as a responsive {@code <picture>}, or "" when it has none the site made sizes of
 * @param recording   the page's recording (its player, or a video's placeholder) with its transcript, or ""
 */
public record RenderedPage(Page page, String html, List<Heading> headings, List<Pledge> pledges, String searchEntry,
                           String leadPicture, String recording) {

    public RenderedPage {
        headings = List.copyOf(headings);
        pledges = List.copyOf(pledges);
    }

    public String url() {
        return page.url();
    }
}
