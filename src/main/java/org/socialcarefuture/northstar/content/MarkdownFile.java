package org.socialcarefuture.northstar.content;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A content file split into its YAML front matter and Markdown body (CONTENT-FORMAT.md, "Files").
 *
 * @param frontMatter the parsed front matter
 * @param body        the Markdown after the closing {@code ---}
 * @param bodyLine    the 1-based line where the body starts
 */
public record MarkdownFile(FrontMatter frontMatter, String body, int bodyLine) {

    /** A file that cannot be split or whose YAML cannot be read. */
    public static final class FormatException extends Exception {
        private final int line;
        private final String fix;

        FormatException(int line, String message, String fix) {
            super(message);
            this.line = line;
            this.fix = fix;
        }

        public int line() {
            return line;
        }

        public String fix() {
            return fix;
        }
    }

    /** Limits that keep hostile or broken YAML (alias bombs, deep nesting, huge blocks) from hurting the build. */
    static LoaderOptions safeLoaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(256 * 1024);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    public static MarkdownFile parse(String text) throws FormatException {
        if (text.isBlank()) {
            throw new FormatException(1, "the file is empty",
                    "start it with front matter: a line ---, then title: Your title, then another line ---");
        }
        String[] lines = text.split("\n", -1);
        if (!isFence(lines[0])) {
            throw new FormatException(1, "the file has no front matter (its first line is not ---)",
                    "add a line --- at the very top, then title: Your title, then a line ---");
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            if (isFence(lines[i])) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new FormatException(1, "the front matter that starts on line 1 is never closed",
                    "add a line --- after the last front matter line (e.g. after title:)");
        }
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < close; i++) {
            int tab = lines[i].indexOf('\t');
            if (tab >= 0 && lines[i].substring(0, tab).isBlank()) {
                throw new FormatException(i + 1, "a tab is used to indent front matter, which YAML does not allow",
                        "indent with spaces instead of tabs");
            }
            yaml.append(lines[i]).append('\n');
        }
        FrontMatter frontMatter = compose(yaml.toString());
        checkDroppedComments(frontMatter, lines, close);
        StringBuilder body = new StringBuilder();
        for (int i = close + 1; i < lines.length; i++) {
            body.append(lines[i]);
            if (i < lines.length - 1) {
                body.append('\n');
            }
        }
        return new MarkdownFile(frontMatter, body.toString(), close + 2);
    }

    /**
     * {@code title: Social care needs a #MeToo moment} silently loses "#MeToo moment": YAML reads it as a
     * comment. Volunteers never mean that, so a plain value followed by " #" on its line is refused.
     */
    private static void checkDroppedComments(FrontMatter frontMatter, String[] lines, int close) throws FormatException {
        for (String key : frontMatter.keys()) {
            var node = frontMatter.node(key).orElse(null);
            if (!(node instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar)
                    || scalar.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN) {
                continue;
            }
            int line = frontMatter.lineOf(node);
            if (line < 2 || line > close) {
                continue;
            }
            String text = lines[line - 1];
            int end = node.getEndMark().getColumn();
            if (end <= text.length() && text.substring(end).stripLeading().startsWith("#")) {
                throw new FormatException(line, "the text after # in \"" + key + "\" would be lost, because YAML reads it as a comment",
                        "put the whole value in double quotes, e.g. " + key + ": \"" + scalar.getValue() + " " + text.substring(end).strip() + "\"");
            }
        }
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }

    private static FrontMatter compose(String yaml) throws FormatException {
        final int firstLine = 2;
        Node root;
        try {
            root = new Yaml(safeLoaderOptions()).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            String problem = e.getProblem() == null ? "" : e.getProblem();
            String context = e.getContext() == null ? "" : e.getContext();
            // SnakeYAML notices an unclosed list or quote only at the end; the line where it opened is the one to fix.
            boolean unclosed = problem.contains("stream end") || problem.contains("end of stream");
            Mark mark = unclosed && e.getContextMark() != null ? e.getContextMark()
                    : e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + firstLine;
            throw new FormatException(line, "the front matter is not valid YAML: " + plainWords(problem, context),
                    yamlHint(problem + " " + context));
        } catch (YAMLException e) {
            throw new FormatException(1, "the front matter could not be read: " + e.getMessage(),
                    "keep front matter to simple key: value lines and lists; anchors (&) and aliases (*) are limited");
        }
        if (root == null) {
            return new FrontMatter(Map.of(), Map.of(), firstLine);
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new FormatException(root.getStartMark().getLine() + firstLine,
                    "the front matter must be lines of key: value",
                    "write each setting as key: value, e.g. title: My post");
        }
        Map<String, Node> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new FormatException(tuple.getKeyNode().getStartMark().getLine() + firstLine,
                        "a front matter key must be a plain word", "write key: value, e.g. title: My post");
            }
            if (values.containsKey(key.getValue())) {
                throw new FormatException(key.getStartMark().getLine() + firstLine,
                        "the key \"" + key.getValue() + "\" appears twice (first on line " + lines.get(key.getValue()) + ")",
                        "keep one of them and delete the other");
            }
            values.put(key.getValue(), tuple.getValueNode());
            lines.put(key.getValue(), key.getStartMark().getLine() + firstLine);
        }
        return new FrontMatter(values, lines, firstLine);
    }

    /** SnakeYAML's parser words ("expected '<document start>'") in words a volunteer can act on. */
    private static String plainWords(String problem, String context) {
        String p = (problem + " " + context).toLowerCase(java.util.Locale.ROOT);
        if (p.contains("flow sequence")) {
            return "a list that starts with [ is not closed with ]";
        }
        if (p.contains("quoted scalar")) {
            return "a quotation mark is opened but never closed";
        }
        if (p.contains("document start") || p.contains("block mapping") || p.contains("indentation")) {
            return "the lines are not lined up (every key must start at the beginning of its line)";
        }
        if (p.contains("mapping values are not allowed")) {
            return "a value contains \": \"";
        }
        return problem.isBlank() ? "it cannot be read" : problem;
    }

    private static String yamlHint(String problem) {
        String p = problem.toLowerCase(java.util.Locale.ROOT);
        if (p.contains("flow sequence")) {
            return "close the list with ], e.g. tags: [pledge, inquiry]";
        }
        if (p.contains("quoted scalar")) {
            return "add the closing \" at the end of the value";
        }
        if (p.contains("document start") || p.contains("block mapping")) {
            return "remove the spaces before the key, or indent list items under their key with two spaces";
        }
        if (p.contains("mapping values are not allowed")) {
            return "a value contains \": \"; put the whole value in double quotes";
        }
        if (p.contains("duplicate key")) {
            return "each key may appear once; remove or merge the repeated key";
        }
        if (p.contains("alias") || p.contains("nesting")) {
            return "keep front matter to simple key: value lines and lists";
        }
        if (p.contains("could not find expected ':'")) {
            return "each line needs key: value; check the line above for a missing colon or quote";
        }
        return "check the quotes, colons and indentation on this line";
    }
}
