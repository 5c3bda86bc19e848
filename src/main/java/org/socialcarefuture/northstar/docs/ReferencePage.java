package org.socialcarefuture.northstar.docs;

import java.io.IOException;

/**
 * One page of the documentation's reference, written from the code each time the docs are built, so it cannot say
 * something the code no longer does. {@link DocsSite#referencePages} lists them.
 */
public interface ReferencePage {

    /** Where the page goes under the docs' content, e.g. {@code reference/problems.md}. */
    String file();

    /** The whole Markdown file, front matter included. */
    String markdown() throws IOException;

    /** Front matter for a generated page: its title and its one-sentence summary. */
    static String frontMatter(String title, String summary) {
        return "---\ntitle: " + quote(title) + "\nsummary: " + quote(summary) + "\n---\n\n";
    }

    /** A YAML double-quoted scalar. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A fenced code block that no backticks inside it can end early. */
    static String code(String language, String text) {
        String fence = text.contains("```") ? "````" : "```";
        return fence + language + "\n" + text.strip() + "\n" + fence + "\n\n";
    }
}
