package org.socialcarefuture.northstar.format;

import java.util.List;

/**
 * One front-matter key: what the writer calls it, its kind, whether a page of the type needs it, and the
 * hint shown beside it (the words of docs/volunteers/writing.md). {@code choices} are the words a CHOICE key takes;
 * {@code parts} are the keys of each entry of a RECORDS key.
 */
public record Field(String key, String label, FieldKind kind, boolean required, String hint, List<String> choices,
                    List<Field> parts) {

    public Field {
        choices = List.copyOf(choices);
        parts = List.copyOf(parts);
    }

    static Field of(String key, String label, FieldKind kind, boolean required, String hint) {
        return new Field(key, label, kind, required, hint, List.of(), List.of());
    }

    Field withChoices(List<String> words) {
        return new Field(key, label, kind, required, hint, words, parts);
    }

    Field withParts(Field... keys) {
        return new Field(key, label, kind, required, hint, choices, List.of(keys));
    }

    Field required(boolean needed) {
        return new Field(key, label, kind, needed, hint, choices, parts);
    }

    Field hint(String words) {
        return new Field(key, label, kind, required, words, choices, parts);
    }
}
