package org.socialcarefuture.northstar.maven;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.socialcarefuture.northstar.cli.Main;

/** {@code mvn northstar:new -Dtype=post -Dtitle="Our pledge"}: a new content file with its front matter filled in. */
@Mojo(name = "new", threadSafe = true, requiresProject = false)
public class NewMojo extends SiteMojo {

    /** post, newsletter, letter, report, page or easy-read. */
    @Parameter(property = "type", required = true)
    String type;

    /** The title (for easy-read: the main page's file). */
    @Parameter(property = "title", required = true)
    String title;

    @Override
    public void execute() throws MojoFailureException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.systemUTC()).run(new String[] {"new", type, title, "--content", contentDirectory.getPath()});
        String said = (out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).strip();
        if (code != 0) {
            throw new MojoFailureException(said);
        }
        getLog().info(said);
    }
}
