package org.socialcarefuture.northstar.format;

/**
 * What kind of value a front-matter key takes, in words a writer knows. Each kind says which of the
 * browser editor's widgets asks for it, so the editor's form and the loader agree on the value's shape.
 */
public enum FieldKind {
    /** One line of plain text. */
    TEXT("string", "a line of text"),
    /** A few sentences. */
    SENTENCES("text", "one or more sentences"),
    /** A day: {@code 2021-03-15}. */
    DAY("datetime", "a date, YYYY-MM-DD"),
    /** A day and a time on the 24-hour clock: {@code 2021-06-10 11:00}. */
    DAY_AND_TIME("datetime", "a date and time, YYYY-MM-DD HH:MM"),
    /** A list of short texts. */
    WORDS("list", "a list"),
    /** {@code true} or {@code false}. */
    YES_NO("boolean", "true or false"),
    /** One of a fixed set of words. */
    CHOICE("select", "one of the words listed"),
    /** A picture in the site's pictures folder. */
    PICTURE("image", "a picture"),
    /** A file beside the page (a recording, its captions). */
    FILE("file", "a file"),
    /** A list of small records, each with its own keys (signatories, exemptions). */
    RECORDS("list", "a list of entries");

    private final String widget;
    private final String words;

    FieldKind(String widget, String words) {
        this.widget = widget;
        this.words = words;
    }

    /** The Decap CMS widget that edits this kind of value. */
    public String widget() {
        return widget;
    }

    /** How the reference page describes the value. */
    public String words() {
        return words;
    }
}
