package org.socialcarefuture.northstar.maven;

import java.io.File;
import java.io.IOException;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.socialcarefuture.northstar.Build;
import org.socialcarefuture.northstar.config.BuildOptions;
import org.socialcarefuture.northstar.preview.PreviewServer;

/** The live preview on http://127.0.0.1:PORT/ with drafts, rebuilt and reloaded on every save, until Ctrl-C. */
@Mojo(name = "serve", threadSafe = true, requiresProject = false)
public class ServeMojo extends SiteMojo {

    @Parameter(property = "northstar.port", defaultValue = "8080")
    int port;

    /** The preview is written here, never over the published site. */
    @Parameter(property = "northstar.previewDirectory", defaultValue = "${project.build.directory}/preview")
    File previewDirectory;

    @Override
    public void execute() throws MojoFailureException {
        BuildOptions preview = options(true).forPreview(previewDirectory.toPath(), port);
        PreviewServer server = new PreviewServer(preview, System.out);
        try {
            server.start(port);
        } catch (IOException e) {
            throw new MojoFailureException("could not start the preview on port " + port + ": " + e.getMessage()
                    + "; is another preview running? Try -Dnorthstar.port=" + (port == 65535 ? 8081 : port + 1), e);
        }
        getLog().info("Preview at http://127.0.0.1:" + port + "/ (drafts shown). Watching "
                + String.join(", ", server.watchedFolders().stream().map(Build::display).toList()) + ". Press Ctrl-C to stop.");
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
        }
    }
}
