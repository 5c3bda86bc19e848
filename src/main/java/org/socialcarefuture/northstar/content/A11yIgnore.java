package org.socialcarefuture.northstar.content;

/** A page's opt-out of one accessibility rule, with the reason a reviewer will read in the report. */
public record A11yIgnore(String rule, String reason, int line) {
}
