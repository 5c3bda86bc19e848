package org.socialcarefuture.northstar.wordpress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.socialcarefuture.northstar.problem.Problem;

/**
 * {@code content/IMPORT-TODO.md}: what the import held back and why, grouped by kind of fix in the
 * volunteer's words ("39 pictures need a description"), each with its file, line and what to do.
 * The file is a draft itself, so the bake never publishes it and the preview shows it as a page.
 */
final class ImportTodo {

    static final String FILE = "IMPORT-TODO.md";

    /** What each kind of problem asks of the volunteer, as the heading of its group (one, many). */
    private static final Map<String, String[]> KINDS = Map.ofEntries(
            Map.entry("image-alt", new String[] {"picture needs a description", "pictures need a description"}),
            Map.entry("heading-order", new String[] {"heading skips a level", "headings skip a level"}),
            Map.entry("single-h1", new String[] {"page has a second main heading", "pages have a second main heading"}),
            Map.entry("empty-heading", new String[] {"heading has no words", "headings have no words"}),
            Map.entry("table-headers", new String[] {"table needs header cells", "tables need header cells"}),
            Map.entry("link-purpose", new String[] {"link needs words that say where it goes", "links need words that say where they go"}),
            Map.entry("link-name", new String[] {"link has no words", "links have no words"}),
            Map.entry("same-link-text", new String[] {"link has the same words as another that goes elsewhere",
                    "links have the same words as others that go elsewhere"}),
            Map.entry("broken-link", new String[] {"link goes to a page that is not there", "links go to pages that are not there"}),
            Map.entry("broken-anchor", new String[] {"link goes to a part of a page that is not there",
                    "links go to parts of pages that are not there"}),
            Map.entry("duplicate-url", new String[] {"address is taken by another page", "addresses are taken by other pages"}),
            Map.entry("iframe-title", new String[] {"embedded video needs a title", "embedded videos need a title"}),
            Map.entry("duplicate-id", new String[] {"name inside a page is used twice", "names inside pages are used twice"}));

    private ImportTodo() {
    }

    /**
     * @param held     the posts held back by the checks, with their errors
     * @param privateOnes the private and password-protected posts, imported as drafts
     * @param notes    addresses changed or not redirected, pictures missing, anything else to look at
     * @param others   errors in files the import did not write, which it could not hold back
     */
    static String text(Map<String, List<Problem>> held, List<String> privateOnes, List<String> notes, List<Problem> others) {
        StringBuilder out = new StringBuilder("---\ntitle: \"Import to-do\"\nstatus: draft\n---\n");
        out.append("This list was made by import-wordpress. It is a draft, so it is never published.\n\n");
        if (held.isEmpty()) {
            out.append("Every post passed the site's checks and is published on the next bake.\n\n");
        } else {
            out.append(held.size()).append(held.size() == 1 ? " post was" : " posts were")
                    .append(" imported as drafts because the site's checks found something to fix. ")
                    .append("Fix each one, then remove its `status: draft` line to publish it.\n\n");
            Map<String, List<Problem>> byKind = new TreeMap<>();
            held.values().forEach(list -> list.forEach(p -> byKind.computeIfAbsent(p.rule(), r -> new ArrayList<>()).add(p)));
            List<Map.Entry<String, List<Problem>>> groups = new ArrayList<>(byKind.entrySet());
            groups.sort((a, b) -> b.getValue().size() - a.getValue().size());
            for (Map.Entry<String, List<Problem>> group : groups) {
                out.append("## ").append(headline(group.getKey(), group.getValue().size())).append("\n\n");
                for (Problem problem : group.getValue()) {
                    out.append("- `").append(problem.location()).append("`: ").append(problem.message());
                    if (problem.fix() != null && !problem.fix().isBlank()) {
                        out.append(". To fix it: ").append(problem.fix());
                    }
                    out.append('\n');
                }
                out.append('\n');
            }
        }
        if (!privateOnes.isEmpty()) {
            out.append("## ").append(privateOnes.size()).append(privateOnes.size() == 1 ? " private post" : " private posts")
                    .append(" kept as drafts\n\nWordPress showed these only to some people. They are never published unless you remove ")
                    .append("`status: draft` yourself.\n\n");
            privateOnes.forEach(line -> out.append("- `").append(line).append("`\n"));
            out.append('\n');
        }
        if (!others.isEmpty()) {
            out.append("## ").append(others.size()).append(others.size() == 1 ? " problem" : " problems")
                    .append(" in files the import did not write\n\nThe site will not publish until these are fixed.\n\n");
            others.forEach(p -> out.append("- `").append(p.location()).append("`: ").append(p.message()).append('\n'));
            out.append('\n');
        }
        if (!notes.isEmpty()) {
            out.append("## ").append(notes.size()).append(notes.size() == 1 ? " thing" : " things").append(" to look at\n\n");
            notes.forEach(note -> out.append("- ").append(codeFile(note)).append('\n'));
        }
        return out.toString();
    }

    /** "39 pictures need a description"; a kind without a phrase says its rule. */
    static String headline(String rule, int count) {
        String[] words = KINDS.get(rule);
        if (words == null) {
            return count + (count == 1 ? " problem" : " problems") + " of the kind " + rule;
        }
        return count + " " + (count == 1 ? words[0] : words[1]);
    }

    /** A note starts with its file: shown as code, so the page has no link that goes nowhere. */
    private static String codeFile(String note) {
        int colon = note.indexOf(": ");
        return colon > 0 && note.substring(0, colon).endsWith(".md") ? "`" + note.substring(0, colon) + "`" + note.substring(colon) : note;
    }

    /** The counts by kind, for the command's summary. */
    static Map<String, Integer> counts(Map<String, List<Problem>> held) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        held.values().forEach(list -> list.forEach(p -> counts.merge(p.rule(), 1, Integer::sum)));
        return counts;
    }
}
