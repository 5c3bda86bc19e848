package org.socialcarefuture.northstar.cms;

import java.util.List;

/**
 * What the editor's configuration needs beyond the content format: where content/ is in the repository, the
 * GitHub repository and branch volunteers publish to, the address of the sign-in helper (an OAuth client; empty
 * for GitHub's own flow through Netlify), the site's address, and the topics pages already have.
 *
 * <p>The repository is the one GitHub Actions names while it bakes ({@code GITHUB_REPOSITORY}), so a site baked
 * by its workflow needs no setting; {@code northstar.repository} (a system property) or {@code NORTHSTAR_REPOSITORY}
 * say it for a bake elsewhere. Without any, the editor works locally only and the page says so.
 */
public record CmsSettings(String contentFolder, String repository, String branch, String authUrl, String siteUrl,
                          List<String> tags) {

    public CmsSettings {
        tags = List.copyOf(tags);
    }

    /** The placeholder shown when no repository is known: the editor then only edits through the local preview. */
    public static final String NO_REPOSITORY = "OWNER/REPOSITORY";

    public boolean hasRepository() {
        return !repository.equals(NO_REPOSITORY);
    }

    /** From the environment of the bake (GitHub Actions, or the maintainer's settings), see the class comment. */
    public static CmsSettings fromEnvironment(String contentFolder, String siteUrl, List<String> tags) {
        String repository = setting("northstar.repository", "NORTHSTAR_REPOSITORY", "GITHUB_REPOSITORY", NO_REPOSITORY);
        String branch = setting("northstar.branch", "NORTHSTAR_BRANCH", null, "main");
        String auth = setting("northstar.cmsAuthUrl", "NORTHSTAR_CMS_AUTH_URL", null, "");
        return new CmsSettings(contentFolder, repository.matches("[\\w.-]+/[\\w.-]+") ? repository : NO_REPOSITORY, branch, auth, siteUrl, tags);
    }

    private static String setting(String property, String variable, String fallbackVariable, String otherwise) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        if ((value == null || value.isBlank()) && fallbackVariable != null) {
            value = System.getenv(fallbackVariable);
        }
        return value == null || value.isBlank() ? otherwise : value.trim();
    }
}
