package org.socialcarefuture.northstar.memo;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socialcarefuture.northstar.a11y.Gate;
import org.socialcarefuture.northstar.a11y.LinkChecker;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.render.OutputPage;

/**
 * What one build may take from earlier work instead of doing it again. The bake reads as the same steps
 * whichever it is given: {@link #NOTHING} (a bake with {@code --no-cache}: everything from scratch),
 * the bake's cache on disk (cache/BakeCache: pages and files made by an earlier bake, in any JVM), or the
 * preview's memo of its last good build (BuildMemo.Session: kept in memory, and with its plan and link check too).
 *
 * <p>Everything offered must be what doing the work again would give, byte for byte; the tests compare a build
 * that reused with one that did not (BuildMemoIT, BakeCacheIT).
 */
public interface Reuse {

    /**
     * A file made before: what the gate found in it, and where its bytes are: its {@code text}, or a file {@code same}
     * that has exactly them (the previous site's copy), or, with both null, the file already in the output folder.
     */
    record Known(Gate.Checked checked, String text, java.nio.file.Path same) {
    }

    /** A page rendered before from this very file, its links resolving as they did then; else null. */
    BuildMemo.RenderedMarkdown page(Page page);

    /** A page this build rendered. */
    void rendered(BuildMemo.RenderedMarkdown page);

    /**
     * What a site file is made from, as this reuse compares it ({@code model}: the file's data, when made already);
     * null when it cannot tell (the file is then always made).
     */
    Object key(OutputPage output, Map<String, Object> model);

    /** The file as made before from the same {@code key}; else null. */
    Known file(OutputPage output, Object key);

    /** A file this build made from {@code key}: its text as written and what the gate found (null for a file the gate does not read). */
    void written(OutputPage output, Object key, String text, Gate.Checked checked);

    /** The preview's last plan, when only bodies can have changed (see BuildMemo.Plan); null: plan the whole site. */
    default BuildMemo.Plan lastPlan() {
        return null;
    }

    /** This build's plan. */
    default void planned(BuildMemo.Plan plan) {
    }

    /** A file the last plan decided and this build kept (see {@link #lastPlan}): what was found in it, or null. */
    default BuildMemo.CheckedFile kept(String path) {
        return null;
    }

    /** Whether the files this reuse says are in the output folder may be taken to be there without looking. */
    default boolean trustsOutput() {
        return false;
    }

    /**
     * The link check of the whole site (see LinkChecker#check); {@code written}, when only these files can have
     * changed since the build this reuse remembers, else null.
     */
    default List<Problem> checkLinks(String root, Set<String> files, Map<String, Set<String>> ids,
                                     Map<String, List<Gate.PageLink>> links, Set<String> written) {
        return LinkChecker.check(root, files, ids, links);
    }

    /** The build was published: what it made may be offered to the next. */
    void published(Set<String> site);

    /** The build ended, published or not (called last, always). */
    default void finished() {
    }

    /** What was reused, for the log ("" when nothing could be). */
    String reuse();

    /** Nothing from before: the bake with {@code --no-cache}. */
    Reuse NOTHING = new Reuse() {
        @Override
        public BuildMemo.RenderedMarkdown page(Page page) {
            return null;
        }

        @Override
        public void rendered(BuildMemo.RenderedMarkdown page) {
        }

        @Override
        public Object key(OutputPage output, Map<String, Object> model) {
            return null;
        }

        @Override
        public Known file(OutputPage output, Object key) {
            return null;
        }

        @Override
        public void written(OutputPage output, Object key, String text, Gate.Checked checked) {
        }

        @Override
        public void published(Set<String> site) {
        }

        @Override
        public String reuse() {
            return "";
        }
    };
}
