package org.socialcarefuture.northstar.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.problem.Problem;

/**
 * The W3C ACT Rules examples (src/test/resources/act/, commit named there) through {@code check}, counted as
 * /work/shared/ACT-RULES.md and issue 39 count them: each example is a one-page site; what the bare wrapper page
 * always gets (no h1, no main, no landmarks, no skip link) is set aside, and so are page lang/title findings on
 * examples that bring their own {@code <html>} without them; a finding counts for an example when its bracket
 * names the example's own ACT rule and is not a {@code policy} one. Writes the implementation report (Markdown
 * page and EARL JSON-LD) from the results, and fails when a figure falls below what the gate reached.
 */
class ActExamplesTest {

    static final Path EXAMPLES = Path.of("src/test/resources/act/act-examples.json");
    static final Path ASSETS = Path.of("src/test/resources/act");
    private static final java.util.regex.Pattern VIDEO = java.util.regex.Pattern.compile("\"/(test-assets/[^\"#?]+\\.mp4)");
    static final Path REPORT_PAGE = Path.of("docs/maintainers/act-implementation-report.md");
    static final Path EARL = Path.of("docs/maintainers/act-implementation-report.jsonld");
    private static final String WRAP_START = "<!DOCTYPE html><html lang=\"en\"><head><title>Test</title></head><body>";
    private static final String WRAP_END = "</body></html>";
    private static final Pattern OWN_HTML = Pattern.compile("(?is)^\\s*(<!doctype[^>]*>\\s*)?<html");

    /** What one example got. */
    record Outcome(String rule, String expected, int number, boolean counted, List<String> own, List<String> other) {
        boolean failing() {
            return expected.equals("failed");
        }
    }

    @TempDir
    Path temp;

    @Test
    void actExamplesAreCaughtAndPassingOnesAreNotFailed() throws IOException {
        JsonNode act = new ObjectMapper().readTree(EXAMPLES.toFile());
        Set<String> bare = bareFindings();
        List<Outcome> outcomes = new ArrayList<>();
        int n = 0;
        for (JsonNode rule : act.get("rules")) {
            for (JsonNode example : rule.get("examples")) {
                outcomes.add(run(rule.get("id").asText(), example, bare, n++));
            }
        }
        Figures figures = Figures.of(outcomes);
        String page = ActReport.markdown(act, outcomes, figures);
        Files.writeString(REPORT_PAGE, page, StandardCharsets.UTF_8);
        Files.writeString(EARL, ActReport.earl(act, outcomes), StandardCharsets.UTF_8);
        System.out.println(figures);
        for (Outcome o : outcomes) {
            if (o.counted() != o.failing()) {
                System.out.println((o.failing() ? "MISSED " : "WRONG  ") + o.rule() + " " + o.expected() + " " + o.number() + " " + o.own());
            } else if (!o.other().isEmpty() && o.expected().equals("passed")) {
                System.out.println("OTHER  " + o.rule() + " " + o.expected() + " " + o.number() + " " + o.other());
            }
        }
        // The floors are what the gate reached when this was written; they may only go up.
        // (issue 39's targets: 150, 2, 30 and 16; see the report page for why the rest needs a person, and why most of
        // the 24 passed examples with a finding do fail another ACT rule)
        assertTrue(figures.caught() >= 150, figures.toString());
        assertTrue(figures.wrong() <= 1, figures.toString());
        assertTrue(figures.consistent() >= 38, figures.toString());
        assertTrue(figures.passedWithAny() <= 22, figures.toString());
        // every passed example with another rule's finding is explained on the report page, by the failed example it matches
        for (Outcome o : outcomes) {
            if (o.expected().equals("passed") && !o.other().isEmpty()) {
                assertTrue(ActReport.FAILS_AS.containsKey(o.rule() + " " + o.number()),
                        o.rule() + " passed example " + o.number() + " gets " + o.other() + ": say in ActReport.FAILS_AS which failed example it matches");
            }
        }
        for (var claim : ActReport.FAILS_AS.entrySet()) {
            java.util.regex.Matcher same = SAME_MARKUP.matcher(claim.getValue());
            if (same.find()) {
                String[] passed = claim.getKey().split(" ");
                assertEquals(markup(act, passed[0], "passed", Integer.parseInt(passed[1])),
                        markup(act, same.group(1), "failed", Integer.parseInt(same.group(2))), claim.getKey() + ": " + claim.getValue());
            }
        }
    }

    private static final java.util.regex.Pattern SAME_MARKUP = java.util.regex.Pattern.compile("same markup as (\\w+) failed example (\\d+)");

    /** An example's HTML with its white space and html element set aside, to compare two examples. */
    private static String markup(JsonNode act, String rule, String outcome, int number) {
        for (JsonNode r : act.get("rules")) {
            for (JsonNode e : r.get("examples")) {
                if (r.get("id").asText().equals(rule) && e.get("outcome").asText().equals(outcome) && e.get("number").asInt() == number) {
                    return e.get("html").asText().replaceAll("</?html[^>]*>", "").replaceAll("\\s+", "");
                }
            }
        }
        throw new AssertionError("no " + outcome + " example " + number + " of " + rule);
    }

    private Outcome run(String rule, JsonNode example, Set<String> bare, int n) throws IOException {
        String html = example.get("html").asText();
        boolean ownHtml = OWN_HTML.matcher(html).find();
        String page = ownHtml ? html : WRAP_START + html + WRAP_END;
        List<Problem> problems = check(page, "ex" + n);
        if (rule.equals(System.getProperty("act.show"))) { // -Dact.show=RULE prints every finding on that rule's examples
            System.out.println("SHOW " + rule + " " + example.get("outcome").asText() + " " + example.get("number").asInt());
            problems.forEach(p -> System.out.println("     " + p.rule() + ": " + p.message()));
        }
        List<String> own = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (Problem p : problems) {
            if (!Rules.ids().contains(p.rule()) || bare.contains(p.message())) {
                continue; // link checker (the examples' assets are not vendored), or what the bare wrapper always gets
            }
            if (ownHtml && (p.rule().equals("html-lang") && p.message().contains("does not say its language")
                    || p.rule().equals("document-title"))) {
                continue;
            }
            String bracket = p.message().substring(0, Math.max(0, p.message().indexOf(']') + 1));
            if (bracket.contains(" policy")) {
                continue;
            }
            int act = bracket.indexOf(" ACT ");
            List<String> acts = act < 0 ? List.of() : List.of(bracket.substring(act + 5, bracket.length() - 1).split(" "));
            if (acts.contains(rule)) {
                own.add(p.message());
            } else {
                other.add(p.message());
            }
        }
        String expected = example.get("outcome").asText();
        return new Outcome(rule, expected, example.get("number").asInt(), !own.isEmpty(), own, other);
    }

    private List<Problem> check(String page, String name) throws IOException {
        Path site = Files.createDirectories(temp.resolve(name));
        Files.writeString(site.resolve("index.html"), page, StandardCharsets.UTF_8);
        // the videos' track tables (strip-media.py), where the example uses them: the gate reads whether a video has sound
        java.util.regex.Matcher video = VIDEO.matcher(page);
        while (video.find()) {
            Path asset = ASSETS.resolve(video.group(1));
            if (Files.isRegularFile(asset)) {
                Path copy = site.resolve(video.group(1));
                Files.createDirectories(copy.getParent());
                Files.copy(asset, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return SiteCheck.run(site, "/");
    }

    private Set<String> bareFindings() throws IOException {
        Set<String> messages = new HashSet<>();
        for (Problem p : check(WRAP_START + WRAP_END, "bare")) {
            messages.add(p.message());
        }
        return messages;
    }

    /** The figures. */
    record Figures(int caught, int failed, int wrong, int notFailed, int consistent, int rules, int passedWithAny, int passed,
                   Map<String, String> status) {
        static Figures of(List<Outcome> outcomes) {
            Map<String, int[]> byRule = new LinkedHashMap<>(); // caught, failed, wrong, passing
            int caught = 0, failed = 0, wrong = 0, notFailed = 0, any = 0, passed = 0;
            for (Outcome o : outcomes) {
                int[] r = byRule.computeIfAbsent(o.rule(), k -> new int[4]);
                if (o.failing()) {
                    failed++;
                    r[1]++;
                    if (o.counted()) {
                        caught++;
                        r[0]++;
                    }
                } else {
                    notFailed++;
                    r[3]++;
                    if (o.counted()) {
                        wrong++;
                        r[2]++;
                    }
                    if (o.expected().equals("passed")) {
                        passed++;
                        if (o.counted() || !o.other().isEmpty()) {
                            any++;
                        }
                    }
                }
            }
            Map<String, String> status = new LinkedHashMap<>();
            int consistent = 0;
            for (var e : byRule.entrySet()) {
                int[] r = e.getValue();
                String s = r[0] == 0 ? (r[2] == 0 ? "not implemented" : "inconsistent")
                        : r[2] > 0 ? "partial" : r[0] == r[1] ? "consistent (complete)" : "consistent";
                if (r[0] > 0 && r[2] == 0) {
                    consistent++;
                }
                status.put(e.getKey(), s);
            }
            return new Figures(caught, failed, wrong, notFailed, consistent, byRule.size(), any, passed, status);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "failed caught %d/%d, passed/inapplicable wrongly failed %d/%d, rules consistent %d/%d,"
                    + " passed examples with any non-policy finding %d/%d", caught, failed, wrong, notFailed, consistent, rules, passedWithAny, passed);
        }
    }
}
