package org.socialcarefuture.northstar.a11y;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.aria.AriaData;

/**
 * The vendored ARIA data (axe-core's lib/standards) and language subtags (IANA registry, via npm
 * language-subtag-registry) are the sources' own, not hand-kept lists: regenerated from node_modules they come
 * out the same, and they are of the versions package.json pins.
 */
class AriaDataTest {

    static final Path RESOURCES = Path.of("src/main/resources/org/socialcarefuture/northstar/a11y");

    @TempDir
    Path temp;

    @Test
    void theCopiesAreOfThePinnedVersions() throws IOException {
        var pins = new ObjectMapper().readTree(Path.of("package.json").toFile()).get("devDependencies");
        assertTrue(AriaData.SOURCE.startsWith("axe-core " + pins.get("axe-core").asText() + ","),
                "aria-standards.json is from " + AriaData.SOURCE + ", package.json pins axe-core " + pins.get("axe-core")
                        + ": run node src/test/browser/a11y-data.mjs " + RESOURCES);
        assertTrue(Files.readString(RESOURCES.resolve("language-subtags.txt"))
                        .contains("language-subtag-registry " + pins.get("language-subtag-registry").asText() + " "),
                "language-subtags.txt is not from the pinned language-subtag-registry");
    }

    @Test
    void theCopiesMatchTheirSourcesInNodeModules() throws IOException, InterruptedException {
        assumeTrue(Files.isDirectory(Path.of("node_modules/axe-core")) && Files.isDirectory(Path.of("node_modules/language-subtag-registry")),
                "node_modules not installed (npm ci --ignore-scripts); the version check above still runs");
        Process node;
        try {
            node = new ProcessBuilder("node", "src/test/browser/a11y-data.mjs", temp.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "node is not installed");
            return;
        }
        assertTrue(node.waitFor(60, TimeUnit.SECONDS) && node.exitValue() == 0, "the generator ran");
        for (String file : new String[] {"aria-standards.json", "language-subtags.txt"}) {
            Path kept = (file.startsWith("aria") ? RESOURCES.resolveSibling("aria") : RESOURCES).resolve(file);
            assertArrayEquals(Files.readAllBytes(temp.resolve(file)), Files.readAllBytes(kept),
                    file + " has drifted from its source: run node src/test/browser/a11y-data.mjs " + temp + ", then copy it to " + kept);
        }
    }

    @Test
    void theDataCoversDpubAndGraphicsAria() {
        assertTrue(AriaData.isRole("doc-abstract"), "DPUB-ARIA 1.1");
        assertTrue(AriaData.isRole("graphics-document"), "Graphics-ARIA 1.0");
        assertFalse(AriaData.isRole("widget"), "an abstract role is not for authors");
        assertEquals("int", AriaData.attribute("aria-level").type());
        assertTrue(AriaData.role("listitem").requiredContext().contains("list"));
        assertTrue(AriaData.role("checkbox").requiredAttrs().contains("aria-checked"));
    }

    @Test
    void languageTagsAreThoseTheRegistryHolds() {
        assertTrue(LanguageTags.validPrimary("en-GB"));
        assertTrue(LanguageTags.validPrimary("cy"));
        assertTrue(LanguageTags.validPrimary("NL"));
        assertFalse(LanguageTags.validPrimary("dutch"), "looks like a tag, is not one");
        assertFalse(LanguageTags.validPrimary("xx"), "well formed, not in the registry");
        assertFalse(LanguageTags.validPrimary("i-lux"), "grandfathered, not a primary language");
        assertFalse(LanguageTags.validPrimary("  "));
        assertTrue(LanguageTags.valid("zh-Hant-TW"));
        assertFalse(LanguageTags.valid("en-XQ-zzzzzzzz"));
        assertTrue(LanguageTags.FILE_DATE.matches("\\d{4}-\\d{2}-\\d{2}"), LanguageTags.FILE_DATE);
    }
}
