package org.socialcarefuture.northstar.pdf;

import java.nio.file.Path;
import java.util.List;

/**
 * A page's PDF: where it goes in the site, the made file (in the cache), and what veraPDF found in it.
 *
 * @param path     under the site root, e.g. {@code reports/whose-social-care-is-it-anyway/whose-social-care-is-it-anyway.pdf}
 * @param source   the page's Markdown file, as problems name it
 * @param noun     what the page's link calls it: "the report", "the letter", "this easy read page"
 * @param failures the PDF/UA-1 and PDF/A-3a rules it fails (none: the site may publish it)
 */
public record PdfFile(String path, String source, String noun, Path file, long bytes, int pages, List<PdfCheck.Failure> failures) {

    public PdfFile {
        failures = List.copyOf(failures);
    }

    public boolean passes() {
        return failures.isEmpty();
    }
}
