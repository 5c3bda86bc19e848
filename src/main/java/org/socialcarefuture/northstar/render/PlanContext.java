package org.socialcarefuture.northstar.render;

import java.util.Map;
import java.util.function.Supplier;

import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.pdf.PdfFile;
import org.socialcarefuture.northstar.site.RenderedPage;
import org.socialcarefuture.northstar.site.Site;

/**
 * What every planner plans from: the settings, the site, its views, the frame every page is shown in, and the
 * PDFs made before the plan. Read only: each planner returns its files, and SitePages claims their addresses.
 *
 * @param pdfs each page's PDF by its address (see pdf/PrintPages): its page links to it, with its size
 */
record PlanContext(SiteConfig config, Site site, Views views, SiteFrame frame, Map<String, PdfFile> pdfs) {

    /** A template's data: the site's frame and {@code extra} (see SiteFrame#model). */
    Map<String, Object> model(String title, String description, String url, Map<String, Object> extra) {
        return frame.model(title, description, url, extra);
    }

    /** The navigation and settings every page shows, as a SHA-256 (see SiteFrame#digest). */
    String siteViewDigest() {
        return frame.digest();
    }

    /** Everything a page shown in full is made from: its view's inputs (see Views.fullInputs) and the navigation. */
    Object fullPageInputs(RenderedPage rendered) {
        return java.util.List.of(views.fullInputs(rendered), siteViewDigest(), pdfLink(rendered));
    }

    /** The page's PDF as its download link shows it: address, size and what it is; empty for none. */
    Map<String, Object> pdfLink(RenderedPage rendered) {
        PdfFile pdf = pdfs.get(rendered.url());
        if (pdf == null || !pdf.passes()) {
            return Map.of(); // a PDF that fails is an error of its own, not a broken link too
        }
        return Map.of("url", views.href(pdf.path()), "size", org.socialcarefuture.northstar.media.MediaMarkup.size(pdf.bytes()),
                "noun", pdf.noun(), "pages", pdf.pages());
    }

    /** Made on first use, by whichever thread gets there first, then shared (a feed's three formats share one list). */
    static <T> Supplier<T> once(Supplier<T> maker) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = maker.get();
                }
                return value;
            }
        };
    }
}
