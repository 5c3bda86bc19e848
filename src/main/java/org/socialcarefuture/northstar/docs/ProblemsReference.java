package org.socialcarefuture.northstar.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socialcarefuture.northstar.a11y.Gate;
import org.socialcarefuture.northstar.a11y.Rule;
import org.socialcarefuture.northstar.a11y.Rules;
import org.socialcarefuture.northstar.problem.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The page every problem's message links to ({@link Problem#help()}): one entry per rule, anchored by its id, with what it
 * means, its WCAG criterion, an example of its message and a before-and-after. The words come from {@code docs/problems.yml};
 * for the accessibility gate's rules the criterion and severity come from {@link Rules}, and the example message and the
 * before-and-after from running the gate on the rule's corpus pair ({@code src/test/resources/a11y/<rule>.fail.html} and
 * {@code .pass.html}), so they are what the code says today.
 */
final class ProblemsReference implements ReferencePage {

    /** The page's sections, in order: the {@code group} of each entry. */
    private static final Map<String, String> GROUPS = groups();

    private final Path catalogue;
    private final Path corpus;

    /**
     * @param catalogue {@code docs/problems.yml}
     * @param corpus    the gate's corpus folder, or null to use only the catalogue's examples
     */
    ProblemsReference(Path catalogue, Path corpus) {
        this.catalogue = catalogue;
        this.corpus = corpus;
    }

    private static Map<String, String> groups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("accessibility", "Accessibility: the gate's rules");
        groups.put("writing", "Writing checks: the movement's language and easy read");
        groups.put("content", "Front matter and files");
        groups.put("text", "In the text: links, pictures, pasted HTML and pledges");
        groups.put("recordings", "Recordings");
        groups.put("pdf", "PDFs");
        groups.put("build", "Settings, the theme and the build");
        return groups;
    }

    @Override
    public String file() {
        return Problem.REFERENCE_PAGE.replaceAll("/$", "") + ".md";
    }

    /** The catalogue: rule id, then its fields. */
    @SuppressWarnings("unchecked")
    Map<String, Map<String, String>> entries() throws IOException {
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(catalogue));
        Map<String, Map<String, String>> entries = new LinkedHashMap<>();
        ((Map<String, Object>) loaded).forEach((rule, fields) -> {
            Map<String, String> text = new LinkedHashMap<>();
            ((Map<String, Object>) fields).forEach((k, v) -> text.put(k, String.valueOf(v)));
            entries.put(rule, text);
        });
        return entries;
    }

    /** Every rule id the build can report that the code itself lists (the gate's rules); the rest are found in tests. */
    static Set<String> gateRules() {
        Set<String> ids = new LinkedHashSet<>();
        Rules.all().forEach(rule -> ids.add(rule.id()));
        ids.addAll(Rules.ids());
        return ids;
    }

    @Override
    public String markdown() throws IOException {
        Map<String, Map<String, String>> entries = entries();
        Map<String, Rule> gate = new LinkedHashMap<>();
        Rules.all().forEach(rule -> gate.put(rule.id(), rule));
        List<String> missing = new ArrayList<>(gateRules());
        missing.removeAll(entries.keySet());
        if (!missing.isEmpty()) {
            throw new IOException(catalogue + " has no entry for the gate's rules " + missing + ": add one for each");
        }
        StringBuilder page = new StringBuilder(ReferencePage.frontMatter("Every problem the build reports",
                "What each error and warning means, and how to put it right."));
        page.append("Every message the build prints ends with a link to its entry on this page. **Errors** stop the site being")
                .append(" published (the last good site stays up); **warnings** do not. The [guide to what an error means]")
                .append("(../volunteers/errors.md) explains how to read a message. The accessibility rules, their criteria")
                .append(" and their examples are made from the code each time the documentation is built; the other")
                .append(" examples show the shape of the message, and its words may differ a little.\n\n");
        for (Map.Entry<String, String> group : GROUPS.entrySet()) {
            page.append("## ").append(group.getValue()).append("\n\n");
            for (Map.Entry<String, Map<String, String>> entry : entries.entrySet()) {
                if (!group.getKey().equals(entry.getValue().get("group"))) {
                    continue;
                }
                entry(page, entry.getKey(), entry.getValue(), gate.get(entry.getKey()));
            }
        }
        return page.toString();
    }

    private void entry(StringBuilder page, String id, Map<String, String> fields, Rule rule) throws IOException {
        page.append("### ").append(id).append("\n\n**").append(fields.get("title")).append(".** ");
        String wcag = rule != null ? rule.wcag() : fields.getOrDefault("wcag", "");
        boolean error = rule != null ? rule.blocking() : !fields.getOrDefault("example", "").contains(": warning: ");
        page.append(error ? "An error." : "A warning.");
        if (!wcag.isEmpty()) {
            page.append(" WCAG 2.2 success criterion ").append(wcag).append('.');
        }
        page.append("\n\n").append(fields.get("why")).append("\n\n");
        Corpus pair = rule == null ? null : corpus(id);
        String example = pair != null ? pair.message() : fields.get("example");
        if (example != null) {
            page.append("What the build says, for example:\n\n").append(ReferencePage.code("text", example));
        }
        String before = pair != null ? pair.before() : fields.get("before");
        String after = pair != null ? pair.after() : fields.get("after");
        String language = pair != null ? "html" : fields.getOrDefault("language", "markdown");
        if (before != null && after != null) {
            page.append(pair != null ? "In the page as it is built, before:\n\n" : "Before:\n\n").append(ReferencePage.code(language, before))
                    .append("After:\n\n").append(ReferencePage.code(language, after));
        }
    }

    /** What the gate says about a rule's failing corpus page, and the lines that differ from its passing page. */
    private record Corpus(String message, String before, String after) {
    }

    private Corpus corpus(String rule) throws IOException {
        if (corpus == null || !Files.exists(corpus.resolve(rule + ".fail.html")) || !Files.exists(corpus.resolve(rule + ".pass.html"))) {
            return null;
        }
        String fail = Files.readString(corpus.resolve(rule + ".fail.html"));
        String pass = Files.readString(corpus.resolve(rule + ".pass.html"));
        List<Problem> problems = new Gate(Rules.all(), null).check(fail, new Gate.Source("content/about.md", null, null, List.of())).problems();
        Problem found = problems.stream().filter(p -> p.rule().equals(rule)).findFirst().orElse(null);
        if (found == null) {
            return null;
        }
        String message = new Problem(found.file(), found.line(), found.column(), found.severity(), found.rule(), found.message(),
                found.fix()).toString().replace("; more: " + found.help(), "");
        List<String> failLines = fail.lines().map(String::strip).toList();
        List<String> passLines = pass.lines().map(String::strip).toList();
        String before = String.join("\n", failLines.stream().filter(line -> !passLines.contains(line)).toList());
        String after = String.join("\n", passLines.stream().filter(line -> !failLines.contains(line)).toList());
        return before.isBlank() && after.isBlank() ? new Corpus(message, null, null) : new Corpus(message, before.isBlank() ? "(nothing)" : before,
                after.isBlank() ? "(nothing: take it out)" : after);
    }
}
