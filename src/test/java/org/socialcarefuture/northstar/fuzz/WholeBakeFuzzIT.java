package org.socialcarefuture.northstar.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.socialcarefuture.northstar.publish.Staging;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer on the whole bake: a post with fuzzed front matter (every key of CONTENT-FORMAT.md, the event keys, media,
 * signatories) and a fuzzed body beside ordinary posts, baked in-process. {@link FuzzSite#bakeAndJudge} says what
 * must hold. In the ordinary build this replays the seeds in WholeBakeFuzzTargetsITInputs/; {@code JAZZER_FUZZ=1}
 * fuzzes coverage-guided (docs/maintainers/fuzzing-the-bake.md).
 */
class WholeBakeFuzzIT {

    private static final String[] FOLDERS = {"blog", "newsletters", "letters", "reports", "events", "pages", "easy-read"};
    private static final String[] KEYS = {"title", "date", "author", "authors", "tags", "summary", "image", "image_alt", "status",
        "aliases", "to", "signatories", "type", "slug", "a11y_ignore", "language_ignore", "pdf", "start", "end", "timezone",
        "location", "online", "joining", "booking", "cost", "organiser", "access", "video", "audio", "transcript", "captions"};
    /** Values a real page has, so the fuzzer reaches past the first check of each key. */
    private static final String[] GOOD = {"Our pledge", "2021-03-15", "2021-03-15T14:30", "2026-12-01T10:00", "Europe/London",
        "published", "draft", "cancelled", "post", "report", "event", "letter", "newsletter", "vision", "page", "false", "true",
        "x.png", "images/x.png", "A person smiling", "/2019/05/old-post/", "/?p=12", "https://example.org/", "Ann Example",
        "social care", "社会护理", "opieka społeczna", "free", "online", "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "talk.mp3", "talk.vtt", "transcript.md", "[Ann, Bob]", "[pledge, inquiry]", "- name: Ann\n  role: Chair"};
    private static final String[] BODY_BITS = {"\n\n## A heading\n\n", "[a link](", ")", "![a picture](", "](x.png)", "\n```pledge\n",
        "\n```\n", "<script>alert(1)</script>", "%00", "../", "#", "{#id}", "| a | b |\n| - | - |\n| 1 | 2 |\n", "[^1]\n\n[^1]: note\n",
        "\n> quote\n", "\n- item\n", "<a href=\"javascript:alert(1)\">x</a>", "*", "_", "`", "\n\n"};

    private static Path work;

    @BeforeAll
    static void makeWorkFolder() throws IOException {
        work = Files.createTempDirectory("north-star-bake-fuzz");
    }

    @AfterAll
    static void removeWorkFolder() throws IOException {
        Staging.deleteTree(work);
    }

    @FuzzTest(maxDuration = "10m")
    void onePostNeverTakesTheSiteDown(FuzzedDataProvider data) throws IOException {
        FuzzSite site = FuzzSite.fresh(work.resolve("site"));
        Files.write(site.content().resolve("x.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        String folder = data.pickValue(FOLDERS);
        String name = data.consumeBoolean() ? "2021-03-15-fuzzed" : "fuzzed" + (data.consumeBoolean() ? ".easy" : "");
        StringBuilder text = new StringBuilder("---\n");
        int keys = data.consumeInt(0, 12);
        for (int i = 0; i < keys; i++) {
            String key = data.consumeBoolean() ? data.pickValue(KEYS) : data.consumeString(12);
            text.append(key).append(": ").append(value(data)).append('\n');
        }
        text.append("---\n").append(body(data));
        Path fuzzed = site.content().resolve(folder).resolve(name + ".md");
        Files.createDirectories(fuzzed.getParent());
        Files.write(fuzzed, text.toString().getBytes(StandardCharsets.UTF_8));
        site.bakeAndJudge(fuzzed);
    }

    private static String value(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 5)) {
            case 0 -> data.pickValue(GOOD);
            case 1 -> FuzzSite.quoted(data.consumeString(400));
            case 2 -> "[" + String.join(", ", List.of(FuzzSite.quoted(data.consumeString(80)), data.pickValue(GOOD))) + "]";
            case 3 -> "\n  - " + FuzzSite.quoted(data.consumeString(200)) + "\n  - " + FuzzSite.quoted(data.consumeString(40));
            case 4 -> "\n  - name: " + FuzzSite.quoted(data.consumeString(60)) + "\n    role: " + FuzzSite.quoted(data.consumeString(20));
            default -> data.consumeString(60).replace("\n", " "); // raw YAML: whatever the reader makes of it
        };
    }

    private static String body(FuzzedDataProvider data) {
        StringBuilder body = new StringBuilder("Some words.\n\n");
        int bits = data.consumeInt(0, 16);
        for (int i = 0; i < bits; i++) {
            body.append(data.consumeBoolean() ? data.pickValue(BODY_BITS) : data.consumeString(60));
        }
        return body.append(data.consumeRemainingAsString()).toString();
    }
}
