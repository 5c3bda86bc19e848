package org.socialcarefuture.northstar.maven;

import java.io.File;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.socialcarefuture.northstar.config.BuildOptions;
import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.problem.Problem;

/** What the site goals share: where the site comes from and goes, and how problems are reported. */
abstract class SiteMojo extends AbstractMojo {

    /** The Markdown content folder. */
    @Parameter(property = "northstar.contentDirectory", defaultValue = "${project.basedir}/content")
    File contentDirectory;

    /** The theme folder (templates/, assets/, fonts/). */
    @Parameter(property = "northstar.themeDirectory", defaultValue = "${project.basedir}/themes/default")
    File themeDirectory;

    /** Where the site is published; it is only replaced by a build without errors. */
    @Parameter(property = "northstar.outputDirectory", defaultValue = "${project.build.directory}/site")
    File outputDirectory;

    /** The published address, e.g. https://owner.github.io/repo/; defaults to site.yml's base_url. */
    @Parameter(property = "northstar.baseUrl")
    String baseUrl;

    /** Optional site settings (title, description, base_url...). */
    @Parameter(property = "northstar.config", defaultValue = "${project.basedir}/site.yml")
    File configFile;

    /** "error" (default): errors fail the build; "warning": warnings fail it too. */
    @Parameter(property = "northstar.failOn", defaultValue = "error")
    String failOn;

    BuildOptions options(boolean drafts) throws MojoFailureException {
        try {
            SiteConfig site = SiteConfig.load(configFile == null ? null : configFile.toPath());
            if (baseUrl != null && !baseUrl.isBlank()) {
                site = site.withBaseUrl(baseUrl);
            }
            return new BuildOptions(contentDirectory.toPath(), themeDirectory.toPath(), outputDirectory.toPath(), site, drafts,
                    Clock.systemUTC());
        } catch (IOException | IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    boolean failOnWarnings() throws MojoFailureException {
        return switch (failOn == null ? "error" : failOn.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "error", "errors" -> false;
            case "warning", "warnings" -> true;
            default -> throw new MojoFailureException("failOn must be \"error\" or \"warning\", not \"" + failOn + "\"");
        };
    }

    /** Logs each problem as Maven users expect: errors as [ERROR], warnings as [WARNING], file:line first. */
    void log(List<Problem> problems) {
        for (Problem problem : problems) {
            if (problem.isError()) {
                getLog().error(problem.toString());
            } else {
                getLog().warn(problem.toString());
            }
        }
    }

    static String summary(String what, List<Problem> problems) {
        StringBuilder text = new StringBuilder(what);
        for (Problem problem : problems) {
            text.append(System.lineSeparator()).append(problem);
        }
        return text.toString();
    }
}
