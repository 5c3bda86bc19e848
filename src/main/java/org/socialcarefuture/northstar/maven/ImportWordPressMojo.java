package org.socialcarefuture.northstar.maven;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.socialcarefuture.northstar.cli.Main;

/** {@code mvn northstar:import-wordpress -Dexport=site.xml}: moves a WordPress export into the content folder. */
@Mojo(name = "import-wordpress", threadSafe = true, requiresProject = false)
public class ImportWordPressMojo extends SiteMojo {

    /** The WordPress export file (Tools > Export in WordPress). */
    @Parameter(property = "export", required = true)
    File export;

    /** A copy of wp-content/uploads, to bring pictures across. */
    @Parameter(property = "uploads")
    File uploads;

    /** Category=folder pairs, comma separated, e.g. "Newsletter=newsletters,Letters=letters". */
    @Parameter(property = "map")
    String map;

    /** Publish every post on the next bake as before (the bake then refuses the site until all pass), instead of holding back the ones the checks refuse. */
    @Parameter(property = "allPublished", defaultValue = "false")
    boolean allPublished;

    @Override
    public void execute() throws MojoFailureException {
        List<String> args = new ArrayList<>(List.of("import-wordpress", export.getPath(), "--content", contentDirectory.getPath()));
        if (uploads != null) {
            args.addAll(List.of("--uploads", uploads.getPath()));
        }
        if (map != null && !map.isBlank()) {
            args.addAll(List.of("--map", map));
        }
        // The checks the import runs are the bake's own, with the same theme and settings.
        if (themeDirectory != null && themeDirectory.isDirectory()) {
            args.addAll(List.of("--theme", themeDirectory.getPath()));
        }
        if (configFile != null) {
            args.addAll(List.of("--config", configFile.getPath()));
        }
        if (allPublished) {
            args.add("--all-published");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.systemUTC()).run(args.toArray(String[]::new));
        out.toString(StandardCharsets.UTF_8).lines().forEach(getLog()::info);
        if (code != 0) {
            throw new MojoFailureException(err.toString(StandardCharsets.UTF_8).strip());
        }
    }
}
