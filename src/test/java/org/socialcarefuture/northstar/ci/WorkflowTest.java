package org.socialcarefuture.northstar.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
class WorkflowTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> workflow() throws IOException {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(Path.of(".github/workflows/site.yml")));
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
        assertTrue(commands.contains("mvn -B -ntp verify -Pbrowser"), commands);
        assertTrue(commands.contains("-Dnorthstar.baseUrl=${BASE_URL}/"));
        Map<String, Object> upload = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-pages-artifact@"))
                .findFirst().orElseThrow();
        assertEquals("target/site", at(upload, "with", "path"));
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/configure-pages@")));
        // Picture sizes made by an earlier run are restored before the bake, so it only resizes new photos.
        Map<String, Object> cache = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("actions/cache@")).findFirst()
                .orElseThrow(() -> new AssertionError("no cache step"));
        assertEquals("target/.north-star-cache", at(cache, "with", "path"));
        assertTrue(steps.indexOf(cache) < steps.indexOf(steps.stream().filter(s -> String.valueOf(s.get("run")).contains("mvn -B"))
                .findFirst().orElseThrow()), "restored before the bake");
        List<Map<String, Object>> deploySteps = at(workflow(), "jobs", "deploy", "steps");
        assertTrue(String.valueOf(deploySteps.get(0).get("uses")).startsWith("actions/deploy-pages@"));
    }

    @Test
    void everyActionIsPinnedToAnExactVersion() throws IOException {
        List<String> uses = new ArrayList<>();
        Map<String, Map<String, Object>> jobs = at(workflow(), "jobs");
        for (Map<String, Object> job : jobs.values()) {
            for (Map<String, Object> step : (List<Map<String, Object>>) job.get("steps")) {
                if (step.containsKey("uses")) {
                    uses.add((String) step.get("uses"));
                }
            }
        }
        assertTrue(uses.size() >= 6, uses.toString());
        for (String action : uses) {
            assertTrue(action.matches("[\\w.-]+/[\\w.-]+@(v\\d+\\.\\d+\\.\\d+|[0-9a-f]{40})"), "not pinned: " + action);
        }
    }
}
