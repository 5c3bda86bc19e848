package org.socialcarefuture.northstar.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.socialcarefuture.northstar.a11y.SiteCheck;
import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.problem.Problem;

/** Runs the accessibility gate and the link check on a site that is already built. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends SiteMojo {

    /** The built site to check. */
    @Parameter(property = "northstar.siteDirectory", defaultValue = "${project.build.directory}/site")
    File siteDirectory;

    @Override
    public void execute() throws MojoFailureException {
        boolean strict = failOnWarnings();
        try {
            String root = SiteConfig.defaults().withBaseUrl(baseUrl == null || baseUrl.isBlank() ? "https://example.org/" : baseUrl).root();
            List<Problem> problems = SiteCheck.run(siteDirectory.toPath(), root);
            log(problems);
            List<Problem> failing = problems.stream().filter(p -> p.isError() || strict).toList();
            if (!failing.isEmpty()) {
                throw new MojoFailureException(summary(failing.size() + " problems in " + siteDirectory, failing));
            }
            getLog().info("No accessibility or link problems in " + siteDirectory);
        } catch (IOException | IllegalArgumentException e) {
            throw new MojoFailureException("could not check " + siteDirectory + ": " + e.getMessage(), e);
        }
    }
}
