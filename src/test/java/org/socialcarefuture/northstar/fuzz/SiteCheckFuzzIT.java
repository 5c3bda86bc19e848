package org.socialcarefuture.northstar.fuzz;

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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.socialcarefuture.northstar.Build;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.cli.Main;
import org.socialcarefuture.northstar.publish.Staging;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer on {@code check SITE_DIR}: a built site's pages replaced by fuzzed HTML (links, ids, any bytes). The check
 * ends in 0 (no errors) or 1 (errors), each at a page of the site; never a usage error, a crash or a stack trace.
 */
class SiteCheckFuzzIT {

    private static final String[] BITS = {"<a href=\"", "\">x</a>", "<a href=\"foo%00bar\">x</a>", "<a href=\"/../../x\">x</a>",
        "<a href=\"#", "<img src=\"", "\" alt=\"", "<h1>", "</h1>", "<main>", "</main>", "id=\"", "<html lang=\"en\">",
        "%", "%ff", "/", "..", "\0", "<svg>", "<table><tr><td>", "<iframe src=\"", "<form>", "<button>", "<script>", "&#0;"};

    private static Path work;

    @BeforeAll
    static void makeWorkFolder() throws IOException {
        work = Files.createTempDirectory("north-star-check-fuzz");
    }

    @AfterAll
    static void removeWorkFolder() throws IOException {
        Staging.deleteTree(work);
    }

    @FuzzTest(maxDuration = "10m")
    void checkingAnyBuiltSiteEndsInItsProblems(FuzzedDataProvider data) throws IOException {
        Path site = work.resolve("out/site");
        Staging.deleteTree(work.resolve("out"));
        Files.deleteIfExists(Build.crashLog(site));
        Files.createDirectories(site.resolve("about"));
        Files.writeString(site.resolve("style.css"), "body{}");
        StringBuilder html = new StringBuilder("<!doctype html>");
        int bits = data.consumeInt(0, 30);
        for (int i = 0; i < bits; i++) {
            html.append(data.consumeBoolean() ? data.pickValue(BITS) : data.consumeString(40));
        }
        Files.writeString(site.resolve("index.html"), html, StandardCharsets.UTF_8);
        Files.write(site.resolve("about/index.html"), data.consumeRemainingAsBytes());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.fixed(TestSite.TODAY, ZoneOffset.UTC)).run(new String[] {"check", site.toString()});
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(code == 0 || code == 1, "check ended with " + code + ":\n" + said);
        // A fault in North Star always writes its log (beside the site); the output alone could quote any words.
        assertFalse(Files.exists(Build.crashLog(site)), "a fault in North Star:\n" + said);
        String shown = Build.display(site);
        for (String line : said.split("\n")) {
            if (line.contains(": error: ")) {
                assertTrue(line.startsWith(shown + "/"), "an error not at a page of the site: " + line);
            }
        }
        assertFalse(Files.exists(Path.of("north-star-crash.log")), "a crash log in the working folder");
    }
}
