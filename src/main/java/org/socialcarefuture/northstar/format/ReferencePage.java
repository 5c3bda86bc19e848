package org.socialcarefuture.northstar.format;

import java.util.stream.Collectors;

/**
 * The front-matter reference: one section per kind of file, with a table of every key it takes. Made from
 * {@link ContentFormat}, the list the browser editor's forms are made from, so the two say the same.
 */
final class ReferencePage {

    private ReferencePage() {
    }

    static String markdown(ContentFormat format) {
        StringBuilder page = new StringBuilder("""
                ---
                title: Front-matter reference
                summary: Every setting each kind of page takes, what it means and whether it is needed.
                ---

                Each page starts with settings between two lines of `---`: its front matter. This page lists every
                setting for each kind of page. The editor at `/admin/` asks for the same settings, with the same hints.
                It is made from the same list in the code, so the two always agree.

                """);
        for (PageKind kind : format.kinds()) {
            page.append("## ").append(kind.label()).append("\n\n").append(kind.description()).append("\n\n")
                    .append("Files go in `").append(kind.place("content")).append("`, named `")
                    .append(kind.dated() ? "YYYY-MM-DD-slug." : "slug.").append(kind.extension()).append("`.\n\n")
                    .append("| setting | needed | value | what it is for |\n| --- | --- | --- | --- |\n");
            for (Field field : kind.fields()) {
                row(page, field, "");
            }
            page.append('\n');
        }
        return page.toString();
    }

    private static void row(StringBuilder page, Field field, String parent) {
        String value = field.kind().words();
        if (!field.choices().isEmpty()) {
            value = field.choices().stream().map(choice -> "`" + choice + "`").collect(Collectors.joining(", "));
        }
        if (!field.parts().isEmpty()) {
            value = "a list; each entry has " + field.parts().stream().map(part -> "`" + part.key() + "`").collect(Collectors.joining(", "));
        }
        page.append("| `").append(parent).append(field.key()).append("` | ").append(field.required() ? "yes" : "no").append(" | ")
                .append(value).append(" | ").append(cell(field.hint())).append(" |\n");
        for (Field part : field.parts()) {
            row(page, part, field.key() + ".");
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
