package org.socialcarefuture.northstar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialcarefuture.northstar.TestSite;

/**
 * The runnable jar's command line is a public interface: CI scripts and other groups call
 * {@code bake}, {@code check} and {@code new} and read the exit code (0 built, 1 content problems,
 * 2 wrong usage) and the {@code file:line: error:} lines.
 */
class CommandLineTest {

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

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** bake with this test's folders; link-preview cards off, as drawing them is not what is tested. */
    private int bake(String... more) throws IOException {
        Path config = dir.resolve("site.yml");
        Files.writeString(config, "base_url: https://example.org/\nsocial_cards: false\n");
        List<String> args = new ArrayList<>(List.of("bake", "--content", dir.resolve("content").toString(),
                "--theme", Path.of("themes/default").toAbsolutePath().toString(), "--output", dir.resolve("site").toString(),
                "--config", config.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private static final String GOOD = """
            -- content/about.md --
            ---
            title: About us
            ---
            We are a movement for better social care.
            -- content/blog/2021-03-01-hello.md --
            ---
            title: Hello
            date: 2021-03-01
            ---
            Our first post. Read [about us](../about.md).
            """;

    @Test
    void aGoodSiteBakesWithExitZeroAndSaysWhatItMade() throws IOException {
        TestSite.of(dir, GOOD);

        assertEquals(0, bake(), err());
        assertTrue(out().contains("Baked 2 pages"), out());
        assertTrue(Files.exists(dir.resolve("site/blog/2021/03/hello/index.html")));
        assertEquals("", err());
    }

    @Test
    void aBadPageExitsOneWithFileLineAndFixAndLeavesTheLastSiteAsItWas() throws IOException {
        TestSite.of(dir, GOOD);
        assertEquals(0, bake());
        Path home = dir.resolve("site/index.html");
        String published = Files.readString(home);
        Files.writeString(dir.resolve("content/blog/2021-03-02-broken.md"), "---\ntitle: Broken\ndate: 2021-02-30\n---\nText.\n");

        assertEquals(1, bake());
        assertTrue(err().contains("content/blog/2021-03-02-broken.md:3: error: date \"2021-02-30\" is not a real date"), err());
        assertTrue(err().contains("1 error: the site was not published;"), err());
        assertTrue(err().contains("was left as it was"), err());
        assertEquals(published, Files.readString(home), "the previous good site is untouched");
    }

    @Test
    void wrongUsageExitsTwoWithTheUsage() throws IOException {
        assertEquals(2, run());
        assertTrue(err().contains("usage:"), err());

        assertEquals(2, run("bake", "--contnet", "content"));
        assertTrue(err().startsWith("north-star: "), err());
        assertTrue(err().contains("--contnet"), "names the mistaken option: " + err());

        assertEquals(2, run("publish"));
        assertTrue(err().contains("unknown command \"publish\""), err());

        assertEquals(2, run("check"));
        assertTrue(err().contains("check needs the folder of a built site"), err());

        assertEquals(0, run("help"));
        assertTrue(out().contains("java -jar north-star.jar bake"), out());
    }

    @Test
    void checkPassesABuiltSiteAndFailsOneWithAPictureWithoutAlt() throws IOException {
        // with a newsletter, whose e-mail version the bake does not ask for landmarks or a skip link, nor may check;
        // and a letter, whose PDF sits beside its page
        TestSite.of(dir, GOOD + "-- content/newsletters/2021-03-01-news.md --\n---\ntitle: News\ndate: 2021-03-01\n---\nOur news.\n"
                + "-- content/letters/2021-03-02-dear.md --\n---\ntitle: Dear all\ndate: 2021-03-02\n---\nDear all.\n");
        assertEquals(0, bake());
        String site = dir.resolve("site").toString();

        assertTrue(Files.exists(dir.resolve("site/newsletters/2021/03/news/email.html")));
        assertTrue(Files.exists(dir.resolve("site/letters/2021/03/dear/dear.pdf")));
        assertEquals(0, run("check", site, "--base-url", "https://example.org/"), err());
        assertTrue(out().contains("0 errors"), out());

        Path about = dir.resolve("site/about/index.html");
        Files.writeString(about, Files.readString(about).replace("</main>", "<img src=\"/x.png\"></main>"));
        assertEquals(1, run("check", site, "--base-url", "https://example.org/"));
        assertTrue(err().contains("about/index.html"), err());
        assertTrue(err().contains("image-alt"), err());
    }

    /** A volunteer's first step must not be an error: every new file bakes as it is. */
    @ParameterizedTest
    @ValueSource(strings = {"post", "newsletter", "letter", "event", "report", "page"})
    void aNewFileOfEachTypeIsCreatedWhereItBelongsAndBakes(String type) throws IOException {
        TestSite.of(dir, GOOD);
        String content = dir.resolve("content").toString();

        assertEquals(0, run("new", type, "Our \"first\" pledge: care", "--content", content), err());
        String created = out().strip().substring("Created ".length());
        Path file = Path.of(created);
        assertTrue(Files.isRegularFile(file), created);
        String expectedFolder = switch (type) {
            case "post" -> "content/blog";
            case "newsletter" -> "content/newsletters";
            case "letter" -> "content/letters";
            case "report" -> "content/reports";
            case "event" -> "content/events";
            default -> "content";
        };
        assertTrue(file.getParent().toString().replace('\\', '/').endsWith(expectedFolder), created);
        assertTrue(Files.readString(file).contains("title: \"Our \\\"first\\\" pledge: care\""), Files.readString(file));

        assertEquals(0, bake("--drafts"), err());
        assertEquals(0, bake(), "and without drafts: " + err());
    }

    @Test
    void aNewEasyReadVersionSitsBesideItsPageAndBakes() throws IOException {
        TestSite.of(dir, GOOD);
        Path about = dir.resolve("content/about.md");

        assertEquals(0, run("new", "easy-read", about.toString()), err());
        Path easy = dir.resolve("content/about.easy.md");
        assertTrue(Files.exists(easy));
        assertEquals(0, bake("--drafts"), err());
        assertTrue(Files.exists(dir.resolve("site/about/easy-read/index.html")), "the preview shows the new draft");
        assertEquals(0, bake(), err());
        assertFalse(Files.exists(dir.resolve("site/about/easy-read/index.html")), "a draft until the volunteer says it is ready");
    }

    /** What new writes is an example to replace: published as it is, it is an error at each example's line. */
    @Test
    void newFilesExamplesLeftInAPublishedPageAreErrorsAtTheirLines() throws IOException {
        TestSite.of(dir, GOOD);
        String content = dir.resolve("content").toString();
        assertEquals(0, run("new", "letter", "To the minister", "--content", content), err());
        Path letter = Path.of(out().strip().substring("Created ".length()));
        String written = Files.readString(letter);
        Files.writeString(letter, written.replace("status: draft\n", ""));
        out.reset();

        assertEquals(1, bake(), err());
        List<String> lines = err().lines().filter(line -> line.contains("example new wrote")).toList();
        String file = dir.resolve("content").relativize(letter).toString().replace('\\', '/');
        // author, summary, to, a signatory's name, role and organisation; then the body's "Write here."
        assertEquals(List.of(":4:", ":6:", ":8:", ":10:", ":11:", ":12:", ":15:1:"),
                lines.stream().map(line -> line.substring(line.indexOf(file) + file.length()).replaceFirst("^(:\\d+(?::\\d+)?:).*", "$1"))
                        .toList(), err());
        assertTrue(lines.get(0).contains("\"Your Name\" (under author) is the example new wrote"), lines.get(0));
        assertTrue(lines.get(0).contains("add status: draft"), lines.get(0));
    }

    @Test
    void newRefusesToOverwriteAndSaysWhatIsWrong() throws IOException {
        TestSite.of(dir, GOOD);
        String content = dir.resolve("content").toString();
        assertEquals(0, run("new", "page", "About us", "--content", content));
        String before = Files.readString(dir.resolve("content/about-us.md"));
        Files.writeString(dir.resolve("content/about-us.md"), before + "My own words.\n");

        assertEquals(1, run("new", "page", "About us", "--content", content));
        assertTrue(err().contains("already exists"), err());
        assertTrue(Files.readString(dir.resolve("content/about-us.md")).endsWith("My own words.\n"), "the volunteer's file is kept");

        assertEquals(2, run("new", "poem", "Spring", "--content", content));
        assertTrue(err().contains("unknown type \"poem\""), err());

        assertEquals(2, run("new", "easy-read", dir.resolve("content/nothere.md").toString()));
        assertTrue(err().contains("nothere.md does not exist"), err());
        assertFalse(Files.exists(dir.resolve("content/nothere.easy.md")));
    }
}
