package org.socialcarefuture.northstar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The walkthrough "Adding a kind of page" in docs/maintainers/architecture.md was followed once, as the example commit
 * kept in docs/maintainers/examples/campaign-page-type.patch (a campaign page, with a test that bakes one). That commit
 * touched only the files the walkthrough names, and it still applies to today's code, so the walkthrough has not drifted.
 */
class PageTypeWalkthroughTest {

    private static final Path PATCH = Path.of("docs/maintainers/examples/campaign-page-type.patch");

    @Test
    void theExampleTouchesOnlyTheFilesTheWalkthroughNames() throws Exception {
        Set<String> touched = new TreeSet<>();
        Matcher file = Pattern.compile("(?m)^diff --git a/(\\S+) b/").matcher(Files.readString(PATCH));
        while (file.find()) {
            touched.add(file.group(1).replaceFirst(".*/", ""));
        }
        assertEquals(Set.of("CampaignPageTypeTest.java", "ContentFormat.java", "PageType.java", "TypePlan.java", "campaign.ftl"), touched);
        String walkthrough = Files.readString(Path.of("docs/maintainers/architecture.md"));
        for (String name : touched) {
            assertTrue(name.endsWith("Test.java") || walkthrough.contains(name),
                    "the walkthrough names " + name);
        }
    }

    @Test
    void theExampleStillAppliesToTheCode() throws Exception {
        assumeTrue(Files.isDirectory(Path.of(".git")) || Files.isRegularFile(Path.of(".git")), "a git checkout");
        Process git;
        try {
            git = new ProcessBuilder("git", "apply", "--check", PATCH.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "git is not installed");
            return;
        }
        String said = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(git.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, git.exitValue(), "the example no longer applies: follow the walkthrough again and keep the new commit as "
                + PATCH + "\n" + said);
    }
}
