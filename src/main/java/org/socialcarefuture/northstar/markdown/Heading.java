package org.socialcarefuture.northstar.markdown;

/** A heading in a rendered page, for tables of contents: level 2-6, its id and its text. */
public record Heading(int level, String id, String text) {
}
