package org.socialcarefuture.northstar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.TestSite;

/** {@code import-wordpress} as a volunteer runs it: the summary, then a bake that publishes what is ready; --all-published as before. */
class ImportWordPressCommandTest {

    private static final String EXPORT = Path.of("src/test/resources/wordpress/north-star-6x.xml").toAbsolutePath().toString();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.fixed(TestSite.TODAY, ZoneOffset.UTC)).run(args);
    }

    private String[] site(String command, Path content, String... more) throws IOException {
        Path config = dir.resolve("site.yml");
        Files.writeString(config, "base_url: https://example.org/\nsocial_cards: false\n");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command));
        if (command.equals("import-wordpress")) {
            args.add(EXPORT);
        } else {
            args.addAll(java.util.List.of("--output", content.resolveSibling("site").toString()));
        }
        args.addAll(java.util.List.of("--content", content.toString(), "--theme", Path.of("themes/default").toAbsolutePath().toString(),
                "--config", config.toString()));
        args.addAll(java.util.List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void theImportSaysWhatItDidAndTheFirstBakePublishesWhatIsReady() throws IOException {
        Path content = dir.resolve("move/content");
        assertEquals(0, run(site("import-wordpress", content)), err.toString(StandardCharsets.UTF_8));
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("Imported 7 posts and pages: 3 to publish, 2 held back as drafts until fixed (see " + content
                + "/IMPORT-TODO.md), 2 private or password-protected kept as drafts, 0 drafts in WordPress; 7 files written, 0 unchanged,"
                + " 0 kept because edited; 0 skipped; 2 comments kept; 0 attachments missing."), said);
        assertTrue(said.contains("private, imported as a draft, never published: blog/2023-06-01-notes-for-the-board.md"), said);
        assertTrue(said.contains("held back: 1 problem of the kind image-alt"), said);
        assertEquals(0, run(site("bake", content)), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void allPublishedKeepsTodaysBehaviourAndTheGateStillRefuses() throws IOException {
        Path content = dir.resolve("all/content");
        assertEquals(0, run(site("import-wordpress", content, "--all-published")));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("0 held back as drafts"));
        assertEquals(1, run(site("bake", content)), "the gate is unchanged: a picture without a description is refused");
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("blog/2023-07-01-chart.md:12: error: [WCAG 1.1.1 image-alt policy]"), errors);
        assertTrue(errors.contains("blog/2023-07-02-more.md:2: error: [WCAG 2.4.4 link-purpose ACT 5effbb] the title \"More\""), errors);
    }
}
