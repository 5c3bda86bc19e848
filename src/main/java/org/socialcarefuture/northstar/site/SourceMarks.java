package org.socialcarefuture.northstar.site;

/**
 * Attributes the Markdown step leaves on a page's elements for the gate to read, removed before publishing. Here, in
 * the model both steps see, so that the gate need not import the Markdown step (which uses the gate's ARIA data).
 */
public final class SourceMarks {

    /** On a link whose problem the Markdown step already reported at its line: the gate does not report it again. */
    public static final String REPORTED = "data-src-reported";

    private SourceMarks() {
    }
}
