package org.socialcarefuture.northstar.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bake cache's store: what a bake kept is there for the next, and the folder does not grow without end. */
class PackStoreTest {

    private static byte[] entry(char fill, int megabytes) {
        byte[] bytes = new byte[megabytes * 1024 * 1024];
        Arrays.fill(bytes, (byte) fill);
        return bytes;
    }

    @Test
    void whatABakeKeepsIsThereForTheNextAndWhatNoBakeUsesIsCopiedOutOfTheWay(@TempDir Path dir) throws IOException {
        PackStore first = new PackStore(dir);
        for (char key : "abcde".toCharArray()) {
            first.put(String.valueOf(key), entry(key, 8));
        }
        first.finish(Set.of("a", "b", "c", "d", "e"));
        assertEquals(1, packs(dir).size());

        PackStore second = new PackStore(dir);
        assertArrayEquals(entry('c', 8), second.get("c"));
        // A bake that used only "a": 8 MB of 40 still used, so the packs are rewritten with just that.
        second.finish(Set.of("a"));
        assertEquals(1, packs(dir).size(), "the old pack went once its live entry was copied");
        assertEquals(8L * 1024 * 1024, Files.size(packs(dir).get(0)));

        PackStore third = new PackStore(dir);
        assertArrayEquals(entry('a', 8), third.get("a"));
        assertNull(third.get("b"), "dropped after a published bake that did not use it");
        third.finish(Set.of("a"));
    }

    @Test
    void aBakeThatStopsHalfWayLeavesTheLastIndexAndItsTailIsDeletedLater(@TempDir Path dir) throws IOException {
        PackStore kept = new PackStore(dir);
        kept.put("a", entry('a', 1));
        kept.finish(Set.of("a"));

        PackStore stopped = new PackStore(dir);
        stopped.put("x", entry('x', 1)); // killed before finish: no index names it
        assertEquals(2, packs(dir).size());

        PackStore next = new PackStore(dir);
        assertNull(next.get("x"));
        assertArrayEquals(entry('a', 1), next.get("a"));
        next.finish(null); // even a failed bake tidies packs no index names
        assertEquals(1, packs(dir).size());
    }

    @Test
    void aFailedBakeKeepsWhatItMadeBesideWhatWasKeptBefore(@TempDir Path dir) throws IOException {
        PackStore first = new PackStore(dir);
        first.put("a", entry('a', 1));
        first.finish(Set.of("a"));
        PackStore failed = new PackStore(dir);
        failed.put("b", entry('b', 1));
        failed.finish(null);
        PackStore next = new PackStore(dir);
        assertArrayEquals(entry('a', 1), next.get("a"));
        assertArrayEquals(entry('b', 1), next.get("b"));
        assertEquals(0, next.damaged());
    }

    private static List<Path> packs(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".bin")).sorted().toList();
        }
    }
}
