package org.socialcarefuture.northstar.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The YAML between the {@code ---} lines, kept as SnakeYAML nodes so every value still knows
 * its line in the file. Conversions report what is wrong in words a volunteer can act on.
 */
public final class FrontMatter {

    /** A value that has the wrong shape; the message says what shape was expected. */
    public static final class ValueException extends Exception {
        private final int line;

        ValueException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private final Map<String, Node> values;
    private final Map<String, Integer> keyLines;
    private final int firstLine;

    /**
     * @param firstLine the line in the file where the YAML starts (2, after the opening ---)
     */
    FrontMatter(Map<String, Node> values, Map<String, Integer> keyLines, int firstLine) {
        this.values = new LinkedHashMap<>(values);
        this.keyLines = new LinkedHashMap<>(keyLines);
        this.firstLine = firstLine;
    }

    public List<String> keys() {
        return List.copyOf(values.keySet());
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The line of a key in the file, or the first line of the front matter when it is absent. */
    public int lineOf(String key) {
        Integer line = keyLines.get(key);
        return line == null ? firstLine - 1 : line;
    }

    public int lineOf(Node node) {
        return node.getStartMark().getLine() + firstLine;
    }

    public Optional<Node> node(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Plain text; a number or a yes/no left unquoted is refused because YAML would change it. */
    public Optional<String> text(String key) throws ValueException {
        Node node = values.get(key);
        if (node == null) {
            return Optional.empty();
        }
        return Optional.of(scalarText(key, node));
    }

    /** A list of plain text values; a single value is accepted as a list of one. */
    public List<String> list(String key) throws ValueException {
        Node node = values.get(key);
        if (node == null) {
            return List.of();
        }
        if (node instanceof SequenceNode sequence) {
            java.util.ArrayList<String> items = new java.util.ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(scalarText(key, item));
            }
            return List.copyOf(items);
        }
        return List.of(scalarText(key, node));
    }

    /** What {@link #scalars} hands over: a top-level key, the line of one of its text values, and the value. */
    public interface ScalarVisitor {
        void visit(String key, int line, String value);
    }

    /** Every text value, under each key, however deep (a signatory's role, a list's items), with its line. */
    public void scalars(ScalarVisitor visitor) {
        values.forEach((key, node) -> scalars(key, node, visitor));
    }

    private void scalars(String key, Node node, ScalarVisitor visitor) {
        if (node instanceof ScalarNode scalar) {
            visitor.visit(key, lineOf(node), scalar.getValue().strip());
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> scalars(key, item, visitor));
        } else if (node instanceof org.yaml.snakeyaml.nodes.MappingNode mapping) {
            mapping.getValue().forEach(tuple -> scalars(key, tuple.getValueNode(), visitor));
        }
    }

    String scalarText(String key, Node node) throws ValueException {
        if (node instanceof ScalarNode scalar) {
            Tag tag = scalar.getTag();
            boolean plain = scalar.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
            if (plain && (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag) || Tag.BOOL.equals(tag))) {
                throw new ValueException(lineOf(node), "\"" + key + "\" is " + describe(tag) + " (" + scalar.getValue()
                        + "), not text; put it in quotes: " + key + ": \"" + scalar.getValue() + "\"");
            }
            if (plain && Tag.NULL.equals(tag)) {
                throw new ValueException(lineOf(node), "\"" + key + "\" is empty"); // the caller's fix says what to write
            }
            // A YAML escape (\u0007) can make a character no web page or feed may carry; it is left out, as in the body.
            return SourceText.withoutForbiddenCharacters(scalar.getValue()).text().strip();
        }
        String shape = node instanceof SequenceNode ? "a list" : "a set of keys";
        throw new ValueException(lineOf(node), "\"" + key + "\" is " + shape + ", but it must be plain text; write "
                + key + ": your text");
    }

    private static String describe(Tag tag) {
        if (Tag.BOOL.equals(tag)) {
            return "a yes/no value";
        }
        return "a number";
    }
}
