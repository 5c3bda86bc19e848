import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.socialcarefuture.northstar.Build;
import org.socialcarefuture.northstar.config.BuildOptions;
import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.memo.BuildMemo;
import org.socialcarefuture.northstar.render.Theme;

/**
 * The preview's path: a warm engine, with the preview's memo of its last good build, rebuilds after
 * one edited post, told which file changed as the preview's file watcher tells it. Warms up with three
 * builds and ten edits (the edits' own code is only compiled by the JIT once edits come), then prints the
 * first edit's time, the median of twenty timed edits, and the median of each step; then the time to
 * rebuild after a new post is added, and after it is removed.
 * Usage: java -cp target/north-star.jar bench/WarmRebuild.java CONTENT_DIR OUT_DIR
 */
public class WarmRebuild {
    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        BuildOptions options = new BuildOptions(content, Path.of("themes/default"), Path.of(args[1]),
                SiteConfig.load(Path.of("bench/site.yml")), true, Clock.systemUTC());
        Theme theme = Theme.load(options);
        Path post;
        try (Stream<Path> files = Files.list(content.resolve("blog"))) {
            post = files.filter(p -> p.toString().endsWith(".md") && !p.toString().endsWith(".easy.md")).sorted().findFirst().orElseThrow();
        }
        String original = Files.readString(post);
        // As the preview does it: its file watcher tells the memo which content file changed.
        BuildMemo memo = BuildMemo.watched();
        String edited = content.relativize(post).toString().replace('\\', '/');
        for (int i = 0; i < 3; i++) {
            new Build(options, theme, memo).run(); // warm up the JIT as a running preview would be
        }
        Build.Result last = null;
        List<Long> times = new ArrayList<>();
        long first = -1;
        java.util.Map<String, List<Long>> steps = new java.util.LinkedHashMap<>();
        int warmUp = Integer.getInteger("warmUpEdits", 10);
        try {
            for (int i = 0; i < warmUp + Integer.getInteger("edits", 20); i++) {
                Files.writeString(post, original + "\nEdited " + i + ".\n");
                long start = System.nanoTime();
                memo.contentChanged(java.util.Set.of(edited));
                last = new Build(options, theme, memo).run();
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (i == 0) {
                    first = millis;
                }
                if (i >= warmUp) {
                    times.add(millis);
                    last.timings().forEach((step, ms) -> steps.computeIfAbsent(step, k -> new ArrayList<>()).add(ms));
                }
            }
        } finally {
            Files.writeString(post, original);
        }
        // A volunteer adds a post, then deletes it: every list it is in changes, but no other page is rendered again.
        Path added = post.resolveSibling("2099-01-01-a-new-post.md");
        String addedPath = content.relativize(added).toString().replace('\\', '/');
        long newPost;
        long removed;
        try {
            Files.writeString(added, "---\ntitle: A new post\ndate: 2025-06-01\ntags: [care]\n---\nA few new words.\n");
            long start = System.nanoTime();
            memo.contentChanged(java.util.Set.of(addedPath));
            new Build(options, theme, memo).run();
            newPost = (System.nanoTime() - start) / 1_000_000;
        } finally {
            Files.deleteIfExists(added);
        }
        long start = System.nanoTime();
        memo.contentChanged(java.util.Set.of(addedPath));
        new Build(options, theme, memo).run();
        removed = (System.nanoTime() - start) / 1_000_000;
        Collections.sort(times);
        java.util.Map<String, Long> medianSteps = new java.util.LinkedHashMap<>();
        steps.forEach((step, millis) -> medianSteps.put(step, millis.stream().sorted().toList().get(millis.size() / 2)));
        System.out.println("warm rebuild after one edit: median " + times.get(times.size() / 2) + " ms, first edit after starting "
                + first + " ms, all " + times
                + "; the last: " + last.reused() + "; median of each step (ms): " + medianSteps
                + "; a new post: " + newPost + " ms, and removing it: " + removed + " ms");
    }
}
