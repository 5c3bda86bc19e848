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
