package org.socialcarefuture.northstar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page's cost grows with its size, not with its size squared: a long resource list or a pasted archive
 * page must not stall CI. Measured as a benchmark, not a stopwatch: the same page at one and at ten times
 * the size, median of three warm bakes each, and only the ratio is held to a bound (30, where linear work
 * gives about 10 and quadratic work about 100), so a slow or busy machine does not fail it. The figures
 * are printed.
 */
class LinearTimeIT {

    @TempDir
    Path dir;

    /** A page with {@code n} links in one paragraph, {@code n} in a list and {@code 5n} table rows. */
    private static String page(int n) {
        StringBuilder body = new StringBuilder("---\ntitle: Resources\n---\n\nEverything we have read.\n\n");
        for (int i = 0; i < n; i++) {
            body.append("[paper ").append(i).append("](https://example.org/p/").append(i).append(") ");
        }
        body.append("\n\n");
        for (int i = 0; i < n; i++) {
            body.append("- [Resource ").append(i).append("](https://example.org/r/").append(i).append(")\n");
        }
        body.append("\n| Number | Name |\n| --- | --- |\n");
        for (int i = 0; i < 5 * n; i++) {
            body.append("| ").append(i).append(" | Row ").append(i).append(" |\n");
        }
        return body.toString();
    }

    private long medianBakeMillis(String text, int runs) throws IOException {
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path root = Files.createTempDirectory(dir, "run");
            TestSite site = TestSite.of(root, "-- content/resources.md --\n" + text);
            long start = System.nanoTime();
            site.bake();
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }

    @Test
    void twentyThousandLinksAndAHundredThousandTableRowsCostAboutTenTimesATenthOfThem() throws IOException {
        String small = page(2_000);
        String large = page(20_000);
        medianBakeMillis(small, 2); // warm the JIT on the same work
        long smallMillis = medianBakeMillis(small, 3);
        long largeMillis = medianBakeMillis(large, 3);
        double ratio = (double) largeMillis / Math.max(1, smallMillis);
        System.out.printf("LinearTimeIT: 2,000 links + 10,000 rows %d ms; 20,000 links + 100,000 rows (%d KB) %d ms; ratio %.1f%n",
                smallMillis, large.length() / 1024, largeMillis, ratio);
        assertTrue(ratio < 30, "ten times the page took " + ratio + " times as long (" + smallMillis + " ms, then "
                + largeMillis + " ms): some per-page work is no longer linear");
    }
}
