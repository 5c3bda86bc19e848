package org.socialcarefuture.northstar.a11y;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.socialcarefuture.northstar.problem.Display;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.problem.Problems;

/**
 * Step 8, the report: the accessibility report beside the site (target/a11y-report/ for target/site), written even
 * when the build fails. The preview's (drafts included) goes to a folder of its own, so it never stands in for the bake's.
 */
public final class ReportFile {

    /**
     * @param folderName "a11y-report" for a bake, "a11y-report-preview" for the preview
     * @param found      every problem of the run, sorted
     */
    public record Input(Path site, String folderName, List<Problem> found, List<Gate.Waiver> waivers, int htmlPages,
                        List<Report.ReadabilityRow> readability, List<Report.PdfRow> pdfs) {
    }

    private ReportFile() {
    }

    /** Writes the report; a report that cannot be written is a warning. Returns how long it took, in milliseconds. */
    public static long write(Input in, Problems problems) {
        long start = System.nanoTime();
        Path report = in.site().toAbsolutePath().normalize().resolveSibling(in.folderName()).resolve("index.html");
        try {
            List<Gate.Waiver> sortedWaivers = new ArrayList<>(in.waivers());
            sortedWaivers.sort(Comparator.comparing(Gate.Waiver::file).thenComparing(Gate.Waiver::rule));
            Report.write(report, in.found(), sortedWaivers, in.htmlPages(), in.readability(), in.pdfs());
        } catch (IOException e) {
            problems.warning(Display.path(report), 0, "report", "the accessibility report could not be written: " + e.getMessage(),
                    "check that the folder is writable");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
