package org.socialcarefuture.northstar.content;

/** A person who signed a letter; role and organisation are optional (empty strings when absent). */
public record Signatory(String name, String role, String organisation) {
}
