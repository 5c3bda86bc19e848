package org.socialcarefuture.northstar.problem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem of a run, so a volunteer sees them all at once instead of
 * fixing one, rebuilding and meeting the next. Thread-safe: pages are checked in parallel.
 */
public final class Problems {

    private final Set<Problem> found = new LinkedHashSet<>(); // one template bug seen on 500 pages is one problem

    public synchronized void add(Problem problem) {
        found.add(problem);
    }

    public synchronized void addAll(List<Problem> problems) {
        found.addAll(problems);
    }

    public synchronized void error(String file, int line, String rule, String message, String fix) {
        add(Problem.error(file, line, rule, message, fix));
    }

    public synchronized void warning(String file, int line, String rule, String message, String fix) {
        add(Problem.warning(file, line, rule, message, fix));
    }

    public synchronized boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    /** Sorted by file, then line, so the report reads like the source tree and is deterministic. */
    public synchronized List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(found);
        copy.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column).thenComparing(Problem::message));
        return List.copyOf(copy);
    }
}
