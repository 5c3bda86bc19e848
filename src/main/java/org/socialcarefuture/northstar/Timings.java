package org.socialcarefuture.northstar;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How long each step of a build took, in order, for the benchmark and the preview's log (see Build.Result#timings). */
final class Timings {

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long stepStart = System.nanoTime();

    /** The step that just ended. */
    void lap(String step) {
        long now = System.nanoTime();
        millis.put(step, (now - stepStart) / 1_000_000);
        stepStart = now;
    }

    /** A part timed within a step, since {@code startNanos} (a System.nanoTime). */
    void since(String part, long startNanos) {
        millis.put(part, (System.nanoTime() - startNanos) / 1_000_000);
    }

    /** A part timed within a step, in milliseconds. */
    void put(String part, long ms) {
        millis.put(part, ms);
    }

    Map<String, Long> all() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(millis));
    }
}
