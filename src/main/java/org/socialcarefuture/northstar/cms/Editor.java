package org.socialcarefuture.northstar.cms;

import java.io.IOException;
import java.nio.file.Path;

import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.problem.Problems;
import org.socialcarefuture.northstar.publish.SiteOutput;
import org.socialcarefuture.northstar.site.RenderedPage;
import org.socialcarefuture.northstar.site.Site;
import org.socialcarefuture.northstar.site.Term;

/**
 * Step 6, assets: /admin/, the browser editor, its configuration made from the content format (see AdminSite). The
 * address is the editor's, so a page written there is an error rather than a page the editor silently replaces.
 */
public final class Editor {

    private Editor() {
    }

    public static void write(SiteOutput staging, Site site, Path content, SiteConfig config, Problems problems) throws IOException {
        for (RenderedPage page : site.pages()) {
            if (page.page().url().equals(AdminFiles.FOLDER) || page.page().url().startsWith(AdminFiles.FOLDER)) {
                problems.error(page.page().source(), 1, "admin-address", "this page's address, /" + page.page().url()
                        + ", is where the site's editor lives", "rename the file or give it another slug: line, e.g. slug: about-admin");
            }
        }
        AdminSite.write(staging, content, config.title(), config.root(), config.baseUrl(), site.tags().values().stream().map(Term::name).toList());
    }
}
