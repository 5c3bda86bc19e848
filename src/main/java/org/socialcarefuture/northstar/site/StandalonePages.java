package org.socialcarefuture.northstar.site;

import java.util.List;

/**
 * The pages of a site that are not site pages: a newsletter's e-mail version ({@code .../email.html}) and the browser
 * editor's page ({@code admin/index.html}, see cms/AdminFiles). They have no site header, menu or skip link, by design.
 * One list, so that the bake (which plans them) and {@code check SITE_DIR} (which knows them only by address) agree.
 */
public final class StandalonePages {

    /** The gate's rules such a page is exempt from. */
    public static final List<String> EXEMPT = List.of("landmarks", "skip-link");

    private StandalonePages() {
    }

    /** Whether the page at this path in the site ({@code newsletters/2021/03/x/email.html}) is one of them. */
    public static boolean isOne(String path) {
        return path.endsWith("/email.html") || path.equals("admin/index.html");
    }
}
