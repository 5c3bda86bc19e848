package org.socialcarefuture.northstar.a11y;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The ACT implementation report, written from ActExamplesTest's results: a docs page and EARL JSON-LD. */
final class ActReport {

    private ActReport() {
    }

    /** Why a rule a static check of one page cannot fully decide stays partial or not implemented. */
    static final Map<String, String> WHY = Map.ofEntries(
            Map.entry("9bd38c", "whether words refer to a shape or a colour, and whether a thing on another page can be found, needs a reader; the gate warns when an instruction points at something by its place on the screen and nothing on the page names it"),
            Map.entry("cc0f0a", "whether a label describes its field needs a reader; the gate warns only when two fields have the same label and nothing seen tells them apart"),
            Map.entry("off6ek", "whether the words are in the language named needs a reader (or a language detector, which short phrases defeat); the gate checks only a name taken from words marked as another language"),
            Map.entry("0va7u6", "whether a photo shows text needs someone to look at it; the gate reads the words of an SVG picture and guesses from other file names"),
            Map.entry("b49b2e", "whether a heading describes its section needs a reader"),
            Map.entry("4b1c6c", "whether two frames with one name show the same thing needs their content; the gate asks for different names as a site policy"),
            Map.entry("ff89c9", "one example builds its list items with a script (shadow DOM), which a static check does not run"),
            Map.entry("6cfa84", "where a script sends focus only running it shows: an element whose focus a script handles (a focus sentinel) is not failed"),
            Map.entry("akn7bn", "the frame's own page is not part of the page checked"),
            Map.entry("qt1vmo", "whether a description fits the picture needs someone to look at it"),
            Map.entry("e88epe", "whether a picture is decoration needs someone to look at it"),
            Map.entry("5effbb", "whether a link's words and context say where it goes needs a reader; the gate knows vague phrases, and links that name only a file type with no words around them"),
            Map.entry("eac66b", "whether the text beside a video says what the video says needs someone to watch it (whether it has sound is read from its file)"),
            Map.entry("f51b46", "captions burnt into the picture, and whether captions are right, need someone to watch it: a video with open captions is wrongly failed (a silent video is known from its file, and needs none)"),
            Map.entry("c5a4ea", "whether a description or transcript matches the video needs someone to watch it; a description track alone is failed, as browsers do not read it out"),
            Map.entry("1ec09b", "whether a description matches the video needs someone to watch it; a transcript with no audio description is warned about, and a description track alone is failed"),
            Map.entry("c3232f", "whether a transcript or audio track matches the video needs someone to watch it; a description track alone is failed"),
            Map.entry("e7aa44", "whether a transcript matches the sound needs someone to listen"),
            Map.entry("0ssw9k", "whether a box scrolls depends on its size after layout: the gate estimates it from the box's size and overflow (inline, or in a style element of the page), its text and its pictures' widths"),
            Map.entry("fd3a94", "whether two pages at different addresses are the same needs their content; the gate asks for different words as a site policy"),
            Map.entry("2ee8b8", "what is visible depends on layout and styles the static check does not run"),
            Map.entry("80f0bf", "whether a video has sound is read from its MP4 file when the file is in the site; a video elsewhere, or in another format, is taken to have sound"));

    /**
     * Why each passed example that gets another rule's finding does fail that rule: the failed example of that rule it
     * matches. ActExamplesTest fails when a passed example gets such a finding and is not here, and checks each
     * "same markup" claim against the two examples' HTML.
     */
    private static final String UNNAMED_LISTBOX = "its listbox has no name, which e086e5 asks of every listbox, as of the field in e086e5 failed example 1";
    private static final String COMBOBOX_WORDS = "a combobox takes no name from its words, as a textbox does not in e086e5 failed example 7";
    private static final String UNNAMED_FRAME = "the frame has no name, as in cae760 failed example 2";
    private static final String SOUND_NO_CAPTIONS = "a video with sound (its file says so), no captions and nothing beside it, as in eac66b and f51b46 failed example 1";
    private static final String REPEATED_TEXT = "the text the video repeats meets WCAG 1.2.2, but f51b46 asks for captions all the same, as f51b46 failed"
            + " example 3 shows; the issue lets a finding be a policy only where its ACT rule passes";
    static final Map<String, String> FAILS_AS = Map.ofEntries(
            Map.entry("in6db8 2", UNNAMED_LISTBOX),
            Map.entry("4e8ab6 6", UNNAMED_LISTBOX),
            Map.entry("5c01ea 6", COMBOBOX_WORDS),
            Map.entry("5c01ea 7", COMBOBOX_WORDS),
            Map.entry("5c01ea 8", COMBOBOX_WORDS),
            Map.entry("6a7281 6", "the list owns plain elements with words, as in bc4a75 failed example 1"),
            Map.entry("6a7281 7", "a gridcell outside any row, as the listitem outside a list in ff89c9 failed example 1"),
            Map.entry("e086e5 6", "a combobox with no aria-expanded, as in 4e8ab6 failed example 5"),
            Map.entry("e086e5 7", "a checkbox with no aria-checked, as in 4e8ab6 failed example 3"),
            Map.entry("4b1c6c 10", UNNAMED_FRAME),
            Map.entry("akn7bn 1", UNNAMED_FRAME),
            Map.entry("akn7bn 2", UNNAMED_FRAME),
            Map.entry("80f0bf 1", "the speech has no transcript, and nothing else says what is said: what e7aa44 asks for"),
            Map.entry("80f0bf 2", SOUND_NO_CAPTIONS),
            Map.entry("80f0bf 3", SOUND_NO_CAPTIONS),
            Map.entry("c5a4ea 1", SOUND_NO_CAPTIONS),
            Map.entry("1ec09b 1", SOUND_NO_CAPTIONS),
            Map.entry("eac66b 2", REPEATED_TEXT),
            Map.entry("c5a4ea 3", REPEATED_TEXT),
            Map.entry("1ec09b 2", REPEATED_TEXT),
            Map.entry("c5a4ea 2", "same markup as 1ec09b failed example 2; its video has sound and no captions, as in f51b46 failed example 1"));

    static String markdown(JsonNode act, List<ActExamplesTest.Outcome> outcomes, ActExamplesTest.Figures figures) {
        StringBuilder md = new StringBuilder();
        md.append("---\ntitle: ACT rules implementation report\nsummary: How the accessibility gate does on the W3C ACT Rules examples, rule by rule.\n---\n\n");
        md.append("## What this page is\n\n");
        md.append("The W3C ACT Rules are the shared reference for accessibility checkers. Each rule comes with example pages "
                + "that pass or fail. This page says how the North Star gate does on them. A test (`ActExamplesTest`) makes it "
                + "from the real results each time it runs, so do not edit it by hand.\n\n");
        md.append("The examples come from act-rules.github.io at commit `").append(act.get("commit").asText())
                .append("`, under the W3C Software and Document License. We count the ")
                .append(figures.rules()).append(" rules with a WCAG A or AA mapping whose subject a writer can put in a post. ")
                .append("The same results, in the EARL form the W3C ACT Task Force takes, are in `act-implementation-report.jsonld` beside this page.\n\n");
        md.append("## The figures\n\n");
        md.append("- Failed examples caught: ").append(figures.caught()).append(" of ").append(figures.failed()).append(".\n");
        md.append("- Passed or inapplicable examples wrongly failed: ").append(figures.wrong()).append(" of ").append(figures.notFailed()).append(".\n");
        md.append("- Rules consistent (a failed example caught, no passed one failed): ").append(figures.consistent()).append(" of ").append(figures.rules()).append(".\n");
        md.append("- Passed examples with any finding that is not a site policy: ").append(figures.passedWithAny()).append(" of ").append(figures.passed()).append(".\n\n");
        md.append("How we count: each example is a one-page site put through `north-star check`. The 4 findings a bare page "
                + "always gets (no h1, no main, no landmarks, no skip link) are set aside. A finding counts for an example "
                + "only when its bracket names that example's ACT rule. Findings marked `policy` are the site's own rules, "
                + "not WCAG failures, and are not counted. Broken links to the examples' pictures and videos are not counted, "
                + "as those files are not copied here.\n\n");
        md.append("## Rule by rule\n\n");
        md.append("| ACT rule | Name | Caught | Wrongly failed | Status |\n|---|---|---|---|---|\n");
        Map<String, int[]> counts = new TreeMap<>();
        for (ActExamplesTest.Outcome o : outcomes) {
            int[] c = counts.computeIfAbsent(o.rule(), k -> new int[4]);
            if (o.failing()) {
                c[1]++;
                c[0] += o.counted() ? 1 : 0;
            } else {
                c[3]++;
                c[2] += o.counted() ? 1 : 0;
            }
        }
        StringBuilder partial = new StringBuilder();
        for (JsonNode rule : act.get("rules")) {
            String id = rule.get("id").asText();
            int[] c = counts.get(id);
            String status = figures.status().get(id);
            md.append("| ").append(id).append(" | ").append(rule.get("name").asText()).append(" | ").append(c[0]).append(" of ").append(c[1])
                    .append(" | ").append(c[2]).append(" of ").append(c[3]).append(" | ").append(status).append(" |\n");
            if (!status.startsWith("consistent") || c[0] < c[1]) {
                partial.append("- ").append(id).append(" (").append(rule.get("name").asText()).append("): ").append(status)
                        .append(", ").append(c[0]).append(" of ").append(c[1]).append(" caught")
                        .append(WHY.containsKey(id) ? "; " + WHY.get(id) : "").append(".\n");
            }
        }
        md.append("\n## What a static check cannot decide\n\n");
        md.append("These rules are not complete. Where a rule needs someone to look, listen or read, the gate cannot "
                + "decide it from the page alone.\n\n").append(partial);
        md.append("\n## Passed examples with other findings\n\n");
        md.append("An example passes its own rule, but may fail another. These passed examples get a finding of another rule "
                + "(not a policy), or of their own. Each line says which failed example of that other rule it matches: every one"
                + " but an open-captioned video (f51b46 passed example 1, whose captions are in the picture) is a failure of the rule"
                + " its finding names. The gate reads a video's track table from its file, when the file is in the site, to tell a"
                + " video with sound from a silent one (the examples' videos are kept as their track tables only).\n\n");
        for (ActExamplesTest.Outcome o : outcomes) {
            if (o.expected().equals("passed") && (o.counted() || !o.other().isEmpty())) {
                List<String> found = new java.util.ArrayList<>(o.own());
                found.addAll(o.other());
                String why = FAILS_AS.get(o.rule() + " " + o.number());
                md.append("- ").append(o.rule()).append(" passed example ").append(o.number()).append(": ")
                        .append(String.join("; ", found).replace("|", "\\|").replace("<", "&lt;"))
                        .append(why == null ? "" : " (" + why + ")").append("\n");
            }
        }
        md.append("\n## Closing note\n\n");
        md.append("On the ").append(figures.rules()).append(" rules, the gate catches ").append(figures.caught()).append(" of ")
                .append(figures.failed()).append(" failed examples, wrongly fails ").append(figures.wrong()).append(" of ")
                .append(figures.notFailed()).append(" passed or inapplicable ones, and is consistent on ").append(figures.consistent())
                .append(" of ").append(figures.rules()).append(" rules. ")
                .append(figures.passedWithAny()).append(" of ").append(figures.passed())
                .append(" passed examples get some finding that is not a policy; the list above says why. The rules that stay partial "
                        + "or not implemented need a person: to read the words, watch the video, listen to the sound or see the "
                        + "page laid out.\n");
        return md.toString();
    }

    /** EARL JSON-LD, the form the ACT Task Force takes implementation reports in. */
    static String earl(JsonNode act, List<ActExamplesTest.Outcome> outcomes) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("@context", "https://act-rules.github.io/earl-context.json");
        ObjectNode tool = root.putObject("assertor");
        tool.put("@type", "earl:Software");
        tool.put("name", "North Star accessibility gate");
        ArrayNode graph = root.putArray("@graph");
        String base = "https://act-rules.github.io/testcases/";
        for (ActExamplesTest.Outcome o : outcomes) {
            ObjectNode page = graph.addObject();
            page.put("@type", "earl:TestSubject");
            page.put("source", base + o.rule() + "/" + o.expected() + "-example-" + o.number());
            ObjectNode assertion = page.putArray("assertions").addObject();
            assertion.put("@type", "earl:Assertion");
            assertion.put("test", "https://act-rules.github.io/rules/" + o.rule());
            assertion.putObject("result").put("@type", "earl:TestResult").put("outcome", o.counted() ? "earl:failed" : "earl:passed");
            assertion.put("mode", "earl:automatic");
        }
        try {
            return json.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
