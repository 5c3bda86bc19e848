package org.socialcarefuture.northstar.a11y;

import org.jsoup.nodes.Element;

/**
 * What one rule found on one page, before it is traced back to its source.
 *
 * @param rule    the rule that found it
 * @param element the offending element (null for page-wide findings such as a missing title)
 * @param message what is wrong, quoting the page where that helps
 * @param fix     what to do about it
 * @param act     the W3C ACT rule id this finding is a failure of (e.g. {@code 23a2a8}), or "" when none is
 * @param policy  the site's own rule, stricter than WCAG, where the ACT rule itself would pass
 */
public record Finding(Rule rule, Element element, String message, String fix, String act, boolean policy) {

    public Finding(Rule rule, Element element, String message, String fix) {
        this(rule, element, message, fix, rule.act(), false);
    }

    /** The bracket that starts the printed problem: {@code [WCAG 1.1.1 image-alt ACT 23a2a8]} or {@code [WCAG 1.2.2 video-captions policy]}. */
    String bracket() {
        return "[WCAG " + rule.wcag() + " " + rule.id() + (policy ? " policy" : act.isEmpty() ? "" : " ACT " + act) + "]";
    }
}
