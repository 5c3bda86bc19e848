package org.socialcarefuture.northstar.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socialcarefuture.northstar.content.ContentLoader.KnownFile;

/**
 * The preview's memo of files lays each build's few changes over the last one's files instead of copying
 * thousands: what it answers must be what a plain copy with the changes made would answer, however many
 * builds are layered.
 */
class KnownFilesTest {

    private static KnownFile file(int size) {
        return new KnownFile(size, FileTime.fromMillis(size), null, null, List.of());
    }

    @Test
    void changesLaidOverTheLastFilesReadAsAPlainMapWould() {
        Map<String, KnownFile> first = new HashMap<>(Map.of("a.md", file(1), "b.md", file(2), "c.md", file(3)));
        KnownFiles second = new KnownFiles(first);
        second.put("b.md", file(20));
        second.remove("c.md");
        second.put("d.md", file(4));
        KnownFiles third = new KnownFiles(second);
        third.put("c.md", file(30));
        third.remove("a.md");

        Map<String, KnownFile> expected = Map.of("b.md", file(20), "c.md", file(30), "d.md", file(4));
        assertEquals(expected, Map.copyOf(third));
        assertNull(third.get("a.md"), "a file removed in this build is gone");
        assertFalse(third.containsKey("a.md"));
        assertEquals(file(20), third.get("b.md"), "a change from the build before is kept");
        assertEquals(Map.of("a.md", file(1), "b.md", file(20), "d.md", file(4)), Map.copyOf(second),
                "a later build's changes do not reach the earlier build's map");
        assertSame(first.get("a.md"), new KnownFiles(first).get("a.md"), "an unchanged file is the last build's own, not a copy");
    }

    @Test
    void manyBuildsOfChangesAreFoldedIntoANewBaseAndStillReadTheSame() {
        Map<String, KnownFile> plain = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            plain.put(i + ".md", file(i));
        }
        Map<String, KnownFile> memo = new HashMap<>(plain);
        for (int build = 0; build < 1_500; build++) {
            KnownFiles next = new KnownFiles(memo);
            String path = (build % 1_200) + ".md"; // more than 1,000 different files: the layers must fold
            if (build % 3 == 0) {
                next.remove(path);
                plain.remove(path);
            } else {
                next.put(path, file(build));
                plain.put(path, file(build));
            }
            memo = next;
        }
        assertEquals(plain, Map.copyOf(memo));
    }
}
