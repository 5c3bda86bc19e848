package org.socialcarefuture.northstar.maven;

import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.socialcarefuture.northstar.Build;
import org.socialcarefuture.northstar.problem.BuildFailedException;
import org.socialcarefuture.northstar.problem.Problem;

/** Bakes the content folder into a site, with the accessibility gate; any error leaves the previous site. */
@Mojo(name = "bake", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public class BakeMojo extends SiteMojo {

    /** Include drafts and future-dated posts, with a visible banner. */
    @Parameter(property = "northstar.drafts", defaultValue = "false")
    boolean drafts;

    /**
     * Reuse pages and files made by earlier bakes (kept in target/.north-star-cache/, keyed by everything they are made
     * from); false (-Dnorthstar.cache=false) makes everything from scratch, like the command line's --no-cache.
     */
    @Parameter(property = "northstar.cache", defaultValue = "true")
    boolean cache = true;

    @Override
    public void execute() throws MojoFailureException {
        boolean strict = failOnWarnings();
        try {
            Build.Result result = Build.bake(cache ? options(drafts) : options(drafts).withoutCache());
            log(result.warnings());
            if (strict && !result.warnings().isEmpty()) {
                throw new MojoFailureException(summary(result.warnings().size() + " warnings and failOn=warning", result.warnings()));
            }
            getLog().info("Baked " + result.pages() + " pages (" + result.files() + " files) into " + outputDirectory);
        } catch (BuildFailedException e) {
            log(e.problems());
            List<Problem> errors = e.problems().stream().filter(Problem::isError).toList();
            throw new MojoFailureException(summary(errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + ": the site was not published; " + outputDirectory + " was left as it was", errors));
        }
    }
}
