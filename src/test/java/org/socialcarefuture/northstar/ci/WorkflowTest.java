package org.socialcarefuture.northstar.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The publishing workflow cannot run here, so its shape is checked: triggers, jobs, permissions, pinned actions. */
public class WorkflowTest {

    private static Map<String, Object> workflow() throws IOException {
        return workflow(Path.of(".github/workflows/site.yml"));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> workflow(Path file) throws IOException {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object map, String... keys) {
        Object value = map;
        for (String key : keys) {
            value = ((Map<String, Object>) value).get(key);
            assertNotNull(value, "missing " + String.join(".", keys));
        }
        return (T) value;
    }

    @Test
    void runsOnPushToMainPullRequestsAndDaily() throws IOException {
        // YAML 1.1 reads the key "on" as the boolean true; GitHub reads it as "on".
        Map<String, Object> workflow = workflow();
        @SuppressWarnings("unchecked")
        Map<String, Object> triggers = (Map<String, Object>) ((Map<Object, Object>) (Map<?, ?>) workflow).get(Boolean.TRUE);
        assertNotNull(triggers, "no on: triggers");
        assertEquals(List.of("main"), at(triggers, "push", "branches"));
        assertTrue(triggers.containsKey("pull_request"));
        List<Map<String, String>> schedule = at(triggers, "schedule");
        assertTrue(schedule.get(0).get("cron").matches("\\d+ \\d+ \\* \\* \\*"), "daily, for posts whose date has come");
    }

    @Test
    void thePreviewsWatcherIsTestedOnMacOsAndWindows() throws IOException {
        Map<String, Object> job = at(workflow(), "jobs", "preview-watcher");
        assertEquals(List.of("macos-latest", "windows-latest"), at(job, "strategy", "matrix", "os"));
        assertEquals("${{ matrix.os }}", job.get("runs-on"));
        List<Map<String, Object>> steps = at(job, "steps");
        assertTrue(steps.stream().anyMatch(step -> String.valueOf(step.get("run")).contains("-Dtest=ContentWatcherTest,PreviewServerTest")),
                "runs the watcher's tests there");
        assertTrue(Files.exists(Path.of("src/test/java/org/socialcarefuture/northstar/preview/ContentWatcherTest.java")));
    }

    @Test
    void buildReadsOnlyAndOnlyDeployMayPublish() throws IOException {
        Map<String, Object> workflow = workflow();
        assertEquals(Map.of("contents", "read"), at(workflow, "permissions"));
        Map<String, Object> deploy = at(workflow, "jobs", "deploy");
        assertEquals(Map.of("pages", "write", "id-token", "write"), at(deploy, "permissions"));
        assertEquals("build", deploy.get("needs"));
        assertEquals("github.event_name != 'pull_request'", deploy.get("if"), "pull requests never publish");
        assertEquals("github-pages", at(deploy, "environment", "name"));
    }

    @Test
    void buildRunsTheTestsAndTheGateWithThePagesBaseUrlAndUploadsTheSite() throws IOException {
        List<Map<String, Object>> steps = at(workflow(), "jobs", "build", "steps");
        String commands = String.join("\n", steps.stream().filter(s -> s.containsKey("run")).map(s -> (String) s.get("run")).toList());
        assertTrue(commands.contains("./mvnw -B -ntp verify -Pbrowser"), commands);
        assertTrue(commands.contains("-Dnorthstar.baseUrl=${BASE_URL}/"));
        Map<String, Object> upload = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-pages-artifact@"))
                .findFirst().orElseThrow();
        assertEquals("target/pages", at(upload, "with", "path"));
        // the site at the top, the documentation (baked from docs/ by the same build) under /docs/
        assertTrue(commands.contains("cp -a target/site/. target/pages/") && commands.contains("cp -a target/docs/site/. target/pages/docs/"),
                commands);
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/configure-pages@")));
        // Picture sizes made by an earlier run are restored before the bake, so it only resizes new photos.
        Map<String, Object> cache = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("actions/cache@")).findFirst()
                .orElseThrow(() -> new AssertionError("no cache step"));
        assertEquals("target/.north-star-cache", at(cache, "with", "path"));
        assertTrue(steps.indexOf(cache) < steps.indexOf(steps.stream().filter(s -> String.valueOf(s.get("run")).contains("mvnw -B"))
                .findFirst().orElseThrow()), "restored before the bake");
        List<Map<String, Object>> deploySteps = at(workflow(), "jobs", "deploy", "steps");
        assertTrue(String.valueOf(deploySteps.get(0).get("uses")).startsWith("actions/deploy-pages@"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTaggedReleaseTestsSignsAndPublishesToMavenCentralWithSecretsFromTheRepository() throws IOException {
        Map<String, Object> release = workflow(Path.of(".github/workflows/release.yml"));
        Map<String, Object> triggers = (Map<String, Object>) ((Map<Object, Object>) (Map<?, ?>) release).get(Boolean.TRUE);
        assertEquals(Map.of("tags", List.of("v*")), triggers.get("push"), "only a version tag releases");
        assertEquals(Map.of("contents", "read"), at(release, "permissions"), "nothing on GitHub is written");
        List<Map<String, Object>> steps = at(release, "jobs", "release", "steps");
        String commands = String.join("\n", steps.stream().filter(s -> s.containsKey("run")).map(s -> (String) s.get("run")).toList());
        assertTrue(commands.contains("versions:set \"-DnewVersion=${GITHUB_REF_NAME#v}\""), "the tag is the version: " + commands);
        // Tests first, then the bundle is checked against Central's rules, then the same profile uploads it.
        int test = commands.indexOf("./mvnw -B -ntp -Prelease verify");
        int check = commands.indexOf(".ci/check-central-bundle target/central-publishing/central-bundle.zip");
        int publish = commands.indexOf("./mvnw -B -ntp -Prelease deploy");
        assertTrue(test >= 0 && test < check && check < publish, commands);
        assertTrue(commands.contains("-Dcentral.skipUpload=false"), "only the workflow uploads: " + commands);
        int archetype = commands.indexOf("./mvnw -B -ntp -Prelease -f archetype/pom.xml deploy");
        assertTrue(archetype > publish, "the archetype is released after the classes it is made from: " + commands);
        assertTrue(Files.isExecutable(Path.of(".ci/check-central-bundle")));
        // The key, its passphrase and Central's token come from the repository's secrets, never from the repository.
        Map<String, Object> java = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("actions/setup-java@"))
                .findFirst().orElseThrow();
        assertEquals("central", at(java, "with", "server-id"));
        assertEquals("${{ secrets.GPG_PRIVATE_KEY }}", at(java, "with", "gpg-private-key"));
        assertEquals("MAVEN_GPG_PASSPHRASE", at(java, "with", "gpg-passphrase"));
        for (Map<String, Object> step : steps) {
            if (String.valueOf(step.get("run")).contains("deploy")) {
                assertEquals(Map.of("CENTRAL_USERNAME", "${{ secrets.CENTRAL_USERNAME }}", "CENTRAL_TOKEN", "${{ secrets.CENTRAL_TOKEN }}",
                        "MAVEN_GPG_PASSPHRASE", "${{ secrets.GPG_PASSPHRASE }}"), step.get("env"));
            }
        }
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<groupId>blog.socialcarefuture</groupId>"), "a namespace the movement can verify on Central");
        assertFalse(pom.contains("maven.pkg.github.com") || Files.readString(Path.of("archetype/pom.xml")).contains("maven.pkg.github.com"),
                "nothing goes to GitHub Packages any more");
        pinned(at(release, "jobs"));
    }

    @Test
    void theMavenWrapperPinsOneMavenFromCentralAndCiAndTheWorkflowsUseIt() throws IOException {
        java.util.Properties wrapper = new java.util.Properties();
        try (var in = Files.newInputStream(Path.of(".mvn/wrapper/maven-wrapper.properties"))) {
            wrapper.load(in);
        }
        assertTrue(wrapper.getProperty("distributionUrl", "")
                .matches("https://repo\\.maven\\.apache\\.org/maven2/org/apache/maven/apache-maven/3\\.9\\.\\d+/apache-maven-3\\.9\\.\\d+-bin\\.zip"),
                "a pinned Maven 3.9 from Maven Central: " + wrapper);
        assertTrue(wrapper.getProperty("distributionSha256Sum", "").matches("[0-9a-f]{64}"), "and its checksum");
        assertTrue(Files.isExecutable(Path.of("mvnw")) && Files.exists(Path.of("mvnw.cmd")), "both scripts");
        String ci = Files.readString(Path.of(".ci/run"));
        assertTrue(ci.contains("./mvnw -B -ntp verify -Pbrowser") && !ci.matches("(?s).*\\nmvn .*"), ci);
        for (String file : List.of(".github/workflows/site.yml", ".github/workflows/release.yml")) {
            assertTrue(!Files.readString(Path.of(file)).matches("(?s).*run: mvn .*"), file + " runs Maven through the wrapper");
        }
    }

    @Test
    void aPullRequestGetsOneCommentWithTheProblemsAndTheStatusTheEditorShows() throws IOException {
        Map<String, Object> build = at(workflow(), "jobs", "build");
        assertEquals(Map.of("contents", "read", "pull-requests", "write", "statuses", "write"), at(build, "permissions"),
                "the build may comment and set a status, and still not write the repository");
        List<Map<String, Object>> steps = at(build, "steps");
        Map<String, Object> check = steps.stream().filter(s -> String.valueOf(s.get("run")).contains("--problems-markdown"))
                .findFirst().orElseThrow(() -> new AssertionError("no step bakes the problems as Markdown"));
        assertEquals("always() && github.event_name == 'pull_request'", check.get("if"), "also when the build failed: that is when it matters");
        String run = (String) check.get("run");
        assertTrue(run.contains("java -jar target/north-star.jar bake") && run.contains("--problems-markdown target/pull-request-problems.md"), run);
        assertTrue(run.contains("<!-- north-star-checks -->"), "a comment even when the jar was never made");
        Map<String, Object> comment = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("actions/github-script@"))
                .findFirst().orElseThrow(() -> new AssertionError("no step posts the comment"));
        assertTrue(steps.indexOf(comment) > steps.indexOf(check), "after the problems are written");
        assertTrue(String.valueOf(comment.get("if")).startsWith("always() && github.event_name == 'pull_request'"));
        String script = at(comment, "with", "script");
        assertTrue(script.contains("readFileSync('target/pull-request-problems.md'"), script);
        assertTrue(script.contains("'<!-- north-star-checks -->'") && script.contains("startsWith(marker)"), "finds its own comment by the marker");
        assertTrue(script.contains("github.rest.issues.updateComment") && script.contains("github.rest.issues.createComment"),
                "updates the one comment, or makes it the first time");
        assertTrue(script.contains("github.rest.repos.createCommitStatus"), script);
        assertTrue(script.contains("context: '" + org.socialcarefuture.northstar.cms.CmsConfig.STATUS_CONTEXT + "'"),
                "the status is the one the editor's configuration names as its preview");
        assertTrue(script.contains("sha: context.payload.pull_request.head.sha") && script.contains("target_url: comment.html_url"),
                "on the pull request's last commit, linking to the problems");
        assertTrue(script.contains("state: ready ? 'success' : 'failure'"));
    }

    @Test
    void everyActionIsPinnedToAnExactVersion() throws IOException {
        pinned(at(workflow(), "jobs"));
    }

    /** Every action a workflow's jobs use is pinned to an exact version or commit. */
    @SuppressWarnings("unchecked")
    public static void pinned(Map<String, Map<String, Object>> jobs) {
        List<String> uses = new ArrayList<>();
        for (Map<String, Object> job : jobs.values()) {
            for (Map<String, Object> step : (List<Map<String, Object>>) job.get("steps")) {
                if (step.containsKey("uses")) {
                    uses.add((String) step.get("uses"));
                }
            }
        }
        assertTrue(uses.size() >= 2, uses.toString());
        for (String action : uses) {
            assertTrue(action.matches("[\\w.-]+/[\\w.-]+@(v\\d+\\.\\d+\\.\\d+|[0-9a-f]{40})"), "not pinned: " + action);
        }
    }
}
