package org.socialcarefuture.northstar.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A letter's own keys: {@code to:} (who it is to) and {@code signatories:} (a list of name, role and
 * organisation). They are read on every page, so a mistake in them is reported wherever it is; on a page
 * that is not a letter a warning says they are not shown.
 */
final class LetterReader implements KindReader {

    private static final Set<String> SIGNATORY_KEYS = Set.of("name", "role", "organisation");

    @Override
    public PageType type() {
        return PageType.LETTER;
    }

    @Override
    public Set<String> keys() {
        return Set.of("to", "signatories");
    }

    @Override
    public Fields read(FrontMatterReader in, Page main, String status, Fields fields) {
        return fields.withLetter(in.list("to"), signatories(in));
    }

    @Override
    public Fields readOnOtherKind(FrontMatterReader in, Page main, Fields fields) {
        Fields read = read(in, main, "", fields);
        FrontMatter fm = in.fm();
        if (fm.has("to") || fm.has("signatories")) {
            in.warning(fm.lineOf(fm.has("to") ? "to" : "signatories"),
                    "\"to\" and \"signatories\" are only shown on letters", "add type: letter, or move the file to letters/");
        }
        return read;
    }

    private static List<Signatory> signatories(FrontMatterReader in) {
        FrontMatter fm = in.fm();
        Optional<Node> node = fm.node("signatories");
        if (node.isEmpty()) {
            return List.of();
        }
        String fix = "write each as - name: Full Name, with optional role: and organisation: lines under it";
        if (!(node.get() instanceof SequenceNode sequence)) {
            in.error(fm.lineOf("signatories"), "signatories must be a list", fix);
            return List.of();
        }
        List<Signatory> result = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                in.error(fm.lineOf(item), "a signatory must have name:, and may have role: and organisation:", fix);
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
                if (!SIGNATORY_KEYS.contains(key)) {
                    in.error(fm.lineOf(tuple.getKeyNode()), "a signatory has an unknown key \"" + key + "\""
                            + FrontMatterReader.closest(key, SIGNATORY_KEYS), "use name, role and organisation");
                    continue;
                }
                try {
                    fields.put(key, fm.scalarText(key, tuple.getValueNode()));
                } catch (FrontMatter.ValueException e) {
                    in.error(e.line(), e.getMessage(), "write plain text");
                }
            }
            if (fields.getOrDefault("name", "").isBlank()) {
                in.error(fm.lineOf(item), "a signatory has no name", fix);
                continue;
            }
            result.add(new Signatory(fields.get("name"), fields.getOrDefault("role", ""),
                    fields.getOrDefault("organisation", "")));
        }
        return result;
    }
}
