package org.socialcarefuture.northstar.format;

import java.util.List;
import java.util.Optional;

import org.socialcarefuture.northstar.content.PageType;

/**
 * A kind of file a writer makes: the folder under content/ it goes in (empty for content/ itself), how its
 * file is named ({@code dated}: {@code YYYY-MM-DD-slug.md}), and every front-matter key it takes.
 * {@code easyRead} kinds are the {@code X.easy.md} files beside pages of {@code type}.
 */
public record PageKind(String name, String label, String singular, PageType type, String folder, boolean dated,
                       boolean easyRead, String description, List<Field> fields) {

    public PageKind {
        fields = List.copyOf(fields);
    }

    /** The file's ending: {@code .easy.md} for an easy-read version, else {@code .md}. */
    public String extension() {
        return easyRead ? "easy.md" : "md";
    }

    public Optional<Field> field(String key) {
        return fields.stream().filter(field -> field.key().equals(key)).findFirst();
    }

    /** Where its files go, as a writer would type it: {@code content/blog/}. */
    public String place(String contentFolder) {
        return folder.isEmpty() ? contentFolder + "/" : contentFolder + "/" + folder + "/";
    }
}
