package org.socialcarefuture.northstar.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.socialcarefuture.northstar.problem.Problem;

/** The bake cache's keys: equal values always match, however they were made, and different ones never do. */
class StableDigestTest {

    @Test
    void equalValuesMatchHoweverTheirMapsAndSetsWereFilled() {
        Map<String, Object> one = new HashMap<>();
        Map<String, Object> other = new HashMap<>(64);
        for (int i = 0; i < 50; i++) {
            one.put("key " + i, List.of(i, "value ‘" + i + "’"));
        }
        for (int i = 49; i >= 0; i--) {
            other.put("key " + i, List.of(i, "value ‘" + i + "’"));
        }
        assertEquals(StableDigest.once(one), StableDigest.once(other));
        assertEquals(StableDigest.once(Set.of("a", "b", "c")), StableDigest.once(Set.of("c", "a", "b")));
        assertEquals(StableDigest.once(Problem.warning("f.md", 3, "language", "m", "f")),
                StableDigest.once(Problem.warning("f.md", 3, "language", "m", "f")));
        // Settings files read by SnakeYAML may hold timestamps and binary values.
        assertEquals(StableDigest.once(Map.of("when", new java.util.Date(0))), StableDigest.once(Map.of("when", new java.util.Date(0))));
    }

    @Test
    void differentValuesNeverMatch() {
        assertNotEquals(StableDigest.once(List.of("ab", "c")), StableDigest.once(List.of("a", "bc")), "where one text ends counts");
        assertNotEquals(StableDigest.once(List.of(1)), StableDigest.once(List.of("1")), "a number is not its text");
        assertNotEquals(StableDigest.once(Problem.warning("f.md", 3, "language", "m", "f")),
                StableDigest.once(Problem.error("f.md", 3, "language", "m", "f")), "an enum's value counts");
        Map<String, Integer> ordered = new LinkedHashMap<>();
        ordered.put("a", 1);
        ordered.put("b", 2);
        Map<String, Integer> reversed = new LinkedHashMap<>();
        reversed.put("b", 2);
        reversed.put("a", 1);
        assertNotEquals(StableDigest.once(ordered), StableDigest.once(reversed), "an ordered map's order is what a template shows");
    }

    @Test
    void aValueWithNoStableDigestIsSaidToBeSo() {
        Supplier<String> function = () -> "made when asked";
        assertThrows(StableDigest.Undigestable.class, () -> StableDigest.once(List.of(function)));
    }
}
