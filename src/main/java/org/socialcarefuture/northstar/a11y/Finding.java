package org.socialcarefuture.northstar.a11y;

import org.jsoup.nodes.Element;

/**
 * What one rule found on one page, before it is traced back to its source.
 *
 * @param rule    the rule that found it
 * @param element the offending element (null for page-wide findings such as a missing title)
 * @param message what is wrong, quoting the page where that helps
 * @param fix     what to do about it
 */
public record Finding(Rule rule, Element element, String message, String fix) {
}
