package org.socialcarefuture.northstar.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's output: only changed files are written, removed pages go, nothing leaves the folder. */
class InPlaceOutputTest {

    @TempDir
    Path dir;

    @Test
    void filesBeyondMemorysShareWaitBesideTheOutputUntilPublished() throws IOException {
        // A large site's first preview would hold every page in memory; past the share, they wait on disk.
        Path site = dir.resolve("preview");
        Path waiting = dir.resolve(".preview.pending");
        InPlaceOutput first = new InPlaceOutput(site, null, 4);
        first.write("a/index.html", "AAA");
        first.write("b/index.html", "BBB");
        first.write("c/index.html", "CCC");
        assertFalse(Files.exists(site.resolve("b/index.html")), "nothing is in the output before the publish");
        assertTrue(Files.exists(waiting.resolve("b/index.html")), "the files past the share wait beside it");
        assertEquals(java.util.Set.of("a/index.html", "b/index.html", "c/index.html"), first.files());
        first.publish();
        first.close();
        for (String page : List.of("a", "b", "c")) {
            assertEquals(page.repeat(3).toUpperCase(), Files.readString(site.resolve(page + "/index.html")));
        }
        assertFalse(Files.exists(waiting), "the waiting folder is gone");

        InPlaceOutput failed = new InPlaceOutput(site, null, 4);
        failed.write("a/index.html", "AAA");
        failed.write("b/index.html", "broken build");
        failed.close(); // the build failed: no publish
        assertEquals("BBB", Files.readString(site.resolve("b/index.html")), "a failed build writes nothing");
        assertFalse(Files.exists(waiting));
    }

    @Test
    void writesOnlyWhatChangedAndRemovesWhatIsGone() throws IOException {
        Path site = dir.resolve("preview");
        InPlaceOutput first = new InPlaceOutput(site);
        first.write("a/index.html", "A");
        first.write("b/index.html", "B");
        first.publish();
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(site.resolve("a/index.html"), old);
        Files.createDirectories(site.resolve("css"));
        Files.writeString(site.resolve("css/site.css"), "x"); // a theme asset, copied by JBake's asset copier
        InPlaceOutput second = new InPlaceOutput(site);
        second.keep(List.of("css/site.css"));
        second.write("a/index.html", "A");
        second.write("c/index.html", "C");
        second.publish();
        assertEquals(old, Files.getLastModifiedTime(site.resolve("a/index.html")), "an unchanged page is not rewritten");
        assertFalse(Files.exists(site.resolve("b/index.html")), "a removed page goes");
        assertEquals("C", Files.readString(site.resolve("c/index.html")));
        assertTrue(Files.exists(site.resolve("css/site.css")), "theme assets stay");
    }

    @Test
    void refusesPathsOutsideTheFolder() throws IOException {
        InPlaceOutput output = new InPlaceOutput(dir.resolve("preview"));
        assertThrows(IllegalArgumentException.class, () -> output.write("../escape.html", "x"));
    }
}
