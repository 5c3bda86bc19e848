package org.socialcarefuture.northstar.maven;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.socialcarefuture.northstar.cli.Main;

/**
 * {@code mvn northstar:new -Dtype=post -Dtitle="Our pledge"}: a new content file with its front matter filled in.
 * {@code -Dtype=site -Dtitle="Leeds Carers Voice"} makes a whole new site in a folder named after it (or -Ddirectory=...);
 * {@code -Dtype=theme-override -Dtitle=layout.ftl} copies one file of the default theme into themes/default/ to change.
 */
@Mojo(name = "new", threadSafe = true, requiresProject = false)
public class NewMojo extends SiteMojo {

    /** post, newsletter, letter, event, report, page, easy-read, site or theme-override. */
    @Parameter(property = "type", required = true)
    String type;

    /** The title (for easy-read: the main page's file; for theme-override: the theme file). */
    @Parameter(property = "title", required = true)
    String title;

    /** For type site: the folder to make it in (default: one named after the title, where Maven runs). */
    @Parameter(property = "directory")
    File directory;

    @Override
    public void execute() throws MojoFailureException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.systemUTC()).run(switch (type) {
                    case "site" -> new String[] {"new", "site", directory != null ? directory.getPath()
                            : org.socialcarefuture.northstar.content.Slugs.of(title), "--title", title};
                    case "theme-override" -> new String[] {"new", "theme-override", title, "--theme", themeDirectory.getPath()};
                    default -> new String[] {"new", type, title, "--content", contentDirectory.getPath()};
                });
        String said = (out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).strip();
        if (code != 0) {
            throw new MojoFailureException(said);
        }
        getLog().info(said);
    }
}
