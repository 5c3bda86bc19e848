package org.socialcarefuture.northstar.a11y;

import java.util.List;


/**
 * One accessibility check over a built page, tied to the WCAG 2.2 success criterion it protects.
 * Rules are stateless and shared by all threads.
 */
public interface Rule {

    /** A short stable id, used in reports and in {@code a11y_ignore}. */
    String id();

    /** The WCAG 2.2 success criterion, e.g. {@code 2.4.4}. */
    String wcag();

    /** Errors block publishing; warnings are reported. */
    default boolean blocking() {
        return true;
    }

    /** The W3C ACT rule its findings fail, e.g. {@code 23a2a8}; a finding may name another. */
    default String act() {
        return "";
    }

    List<Finding> check(PageIndex page);
}
