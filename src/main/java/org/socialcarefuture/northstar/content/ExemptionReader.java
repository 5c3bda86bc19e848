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
 * A page's opt-outs from the checkers: {@code a11y_ignore} (a list of rule and reason) and
 * {@code language_ignore} (a list of phrase and reason). A reason is required so every exception can be
 * reviewed in the report.
 */
final class ExemptionReader {

    private ExemptionReader() {
    }

    /** The accessibility rules this page is exempt from. */
    static List<Exemption> accessibility(FrontMatterReader in) {
        return exemptions(in, "a11y_ignore", "rule", org.socialcarefuture.northstar.a11y.Rules.ids());
    }

    /** The phrases the plain-language check lets pass on this page. */
    static List<Exemption> language(FrontMatterReader in) {
        return exemptions(in, "language_ignore", "phrase", null);
    }

    /** {@code allowed}: the only words {@code whatKey} may be, or null for any. */
    private static List<Exemption> exemptions(FrontMatterReader in, String key, String whatKey, Set<String> allowed) {
        FrontMatter fm = in.fm();
        Optional<Node> node = fm.node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        String fix = "write each as - " + whatKey + ": ..., with reason: why this page is an exception";
        if (!(node.get() instanceof SequenceNode sequence)) {
            in.error(fm.lineOf(key), key + " must be a list", fix);
            return List.of();
        }
        List<Exemption> result = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            Map<String, String> fields = new HashMap<>();
            if (item instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    String name = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
                    try {
                        fields.put(name, fm.scalarText(name, tuple.getValueNode()));
                    } catch (FrontMatter.ValueException e) {
                        in.error(e.line(), e.getMessage(), fix);
                    }
                }
            }
            String what = fields.getOrDefault(whatKey, "");
            if (what.isBlank() || fields.getOrDefault("reason", "").isBlank()) {
                in.error(fm.lineOf(item), "each " + key + " entry needs a " + whatKey + " and a reason", fix);
                continue;
            }
            if (allowed != null && !allowed.contains(what)) {
                in.error(fm.lineOf(item), "\"" + what + "\" is not an accessibility rule" + FrontMatterReader.closest(what, allowed),
                        "use one of " + String.join(", ", allowed));
                continue;
            }
            result.add(new Exemption(what, fields.get("reason"), fm.lineOf(item)));
        }
        return result;
    }
}
