package org.socialcarefuture.northstar.print;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.socialcarefuture.northstar.a11y.Report;
import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.pdf.PdfCheck;
import org.socialcarefuture.northstar.pdf.PdfFile;
import org.socialcarefuture.northstar.picture.PictureInfo;
import org.socialcarefuture.northstar.problem.Problems;
import org.socialcarefuture.northstar.publish.SiteOutput;
import org.socialcarefuture.northstar.render.Theme;
import org.socialcarefuture.northstar.render.Views;
import org.socialcarefuture.northstar.site.Site;

/**
 * Step 4a and 6, PDFs: the PDFs of reports, letters and easy-read pages (site.yml's pdfs), each checked against
 * PDF/UA-1 and PDF/A-3a (see PrintPages); made while the site is planned, since the pages link to them with their
 * size; then copied into the site and listed in the report.
 */
public final class Printing {

    /**
     * @param code   this build's code (version and PDF format), part of each cached PDF's key
     * @param memo   the preview's PDFs of its last build, so an unchanged page's PDF costs a lookup; null for a bake
     */
    public record Input(SiteConfig config, Theme theme, Path content, Map<String, PictureInfo> pictures, Path cache, String code,
                        PrintPages.Memo memo) {
    }

    /** The site's PDFs by their page's address, and how long making (or finding) them took, in milliseconds. */
    public record Printed(Map<String, PdfFile> pdfs, long millis) {
        public static final Printed NONE = new Printed(Map.of(), 0);
    }

    private Printing() {
    }

    /** {@code code}'s part for PDFs: the release's version and the PDF format. */
    public static String code(String version) {
        return version + ";" + PrintPages.FORMAT;
    }

    public static Printed print(Input in, Site site, Views views, Problems problems) {
        long start = System.nanoTime();
        Map<String, PdfFile> pdfs = new PrintPages(in.config(), views, in.theme(), in.content(), in.pictures(), in.cache(), in.code(),
                in.memo()).print(site, problems);
        return new Printed(pdfs, (System.nanoTime() - start) / 1_000_000);
    }

    /** The PDFs into the site, beside their pages; only a PDF that passed veraPDF's checks (else nothing is published). */
    public static void copy(Map<String, PdfFile> pdfs, SiteOutput staging) throws IOException {
        for (PdfFile pdf : pdfs.values()) {
            if (pdf.passes()) {
                staging.copy(pdf.file(), pdf.path());
            }
        }
    }

    /** The PDFs' rows of the accessibility report, by path. */
    public static List<Report.PdfRow> rows(Map<String, PdfFile> pdfs) {
        return pdfs.values().stream().sorted(Comparator.comparing(PdfFile::path))
                .map(pdf -> new Report.PdfRow(pdf.path(), pdf.source(), pdf.pages(), pdf.bytes(),
                        pdf.failures().stream().map(PdfCheck.Failure::toString).toList())).toList();
    }
}
