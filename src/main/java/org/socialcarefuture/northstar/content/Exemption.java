package org.socialcarefuture.northstar.content;

/**
 * A page's opt-out of one check (an accessibility rule in {@code a11y_ignore}, a phrase in
 * {@code language_ignore}), with the reason a reviewer will read in the report.
 *
 * @param what   the rule id or the phrase
 * @param reason why this page is an exception
 * @param line   the line of the entry in the file
 */
public record Exemption(String what, String reason, int line) {
}
