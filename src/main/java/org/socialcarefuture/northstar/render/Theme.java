package org.socialcarefuture.northstar.render;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jbake.app.Asset;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.socialcarefuture.northstar.problem.Problem;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;

/**
 * A theme folder ({@code templates/} with FreeMarker files, {@code assets/} copied as they are),
 * rendered through jbake-core's own FreeMarker engine and asset copier. We give the engine no
 * OrientDB store: every value a template needs is in the model we pass (see README, "Why not
 * JBake's crawler and database").
 */
public final class Theme {

    /** A template that failed: the theme file and line, and FreeMarker's own explanation. */
    public static final class TemplateFailure extends RuntimeException {
        private final Problem problem;

        TemplateFailure(Problem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    static {
        // Template errors become Problems with file and line; FreeMarker's own stack-trace logging would bury them.
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "none");
        }
    }

    private final ThemeFiles files;
    private final Path themeDir;
    private final DefaultJBakeConfiguration config;
    private final FreemarkerTemplateEngine engine;

    /** @param files the bundled theme with the site's own files laid over it */
    public Theme(ThemeFiles files, Path destination) {
        this.files = files;
        this.themeDir = files.folder();
        this.config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(themeDir.toFile(), destination.toFile(), false);
        config.setTemplateFolder(themeDir.resolve("templates").toFile());
        config.setAssetFolder(themeDir.resolve("assets").toFile());
        config.setDestinationFolder(destination.toFile());
        this.engine = new FreemarkerTemplateEngine(config, null);
    }

    /**
     * The theme of a build: the bundled default theme with the site's theme folder laid over it, in a work
     * folder of its own beside the site (so a preview and a bake never share one).
     */
    public static Theme load(org.socialcarefuture.northstar.config.BuildOptions options) throws IOException {
        Path output = options.output().toAbsolutePath().normalize();
        String name = output.getFileName() == null ? "site" : output.getFileName().toString();
        ThemeFiles files;
        try {
            files = ThemeFiles.resolve(options.theme(), options.cache().resolve("theme-" + name));
        } catch (java.nio.file.FileSystemException e) {
            // The folder beside the site cannot be written (the bake says so, about the site itself): work elsewhere.
            files = ThemeFiles.resolve(options.theme(), Files.createTempDirectory("north-star-theme-"));
        }
        return new Theme(files, options.output());
    }

    /** {@link #load}, or null after saying in {@code problems} that the theme folder could not be read. */
    public static Theme load(org.socialcarefuture.northstar.config.BuildOptions options, org.socialcarefuture.northstar.problem.Problems problems) {
        try {
            return load(options);
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.error(org.socialcarefuture.northstar.problem.Display.path(options.theme()), 0, "theme", "the theme could not be read: "
                    + e.getMessage(), "check that the theme folder's files can be read (--theme on the command line, themeDirectory in the Maven plugin)");
            return null;
        }
    }

    /** The files this theme was made from, and where each came from. */
    public ThemeFiles files() {
        return files;
    }

    /** Renders one template; thread-safe (FreeMarker templates are shared, models are per call). */
    public String render(String template, Map<String, Object> model) {
        for (String key : model.keySet()) {
            // JBake answers these names from its database, which we do not use: a clash would reach a null store.
            if (org.jbake.template.ModelExtractors.getInstance().containsKey(key)) {
                throw new IllegalArgumentException("template data \"" + key + "\" is a name JBake reserves ("
                        + org.jbake.template.ModelExtractors.getInstance().keySet() + "); choose another name");
            }
        }
        TemplateModel jbakeModel = new TemplateModel();
        jbakeModel.putAll(model);
        StringWriter out = new StringWriter(16 * 1024);
        try {
            engine.renderDocument(jbakeModel, template, out);
        } catch (RenderingException e) {
            throw new TemplateFailure(describe(template, e.getCause() != null ? e.getCause() : e));
        }
        return out.toString();
    }

    private Problem describe(String template, Throwable cause) {
        String file = files.display("templates/" + template);
        int line = 0;
        String message;
        if (cause instanceof TemplateException te) {
            if (te.getTemplateSourceName() != null) {
                file = files.display("templates/" + te.getTemplateSourceName());
            }
            line = te.getLineNumber() == null ? 0 : te.getLineNumber();
            message = summary(te.getMessageWithoutStackTop());
        } else if (cause instanceof ParseException pe) {
            if (pe.getTemplateName() != null) {
                file = files.display("templates/" + pe.getTemplateName());
            }
            line = pe.getLineNumber();
            message = firstLine(pe.getEditorMessage());
        } else if (cause instanceof java.io.FileNotFoundException || cause instanceof freemarker.template.TemplateNotFoundException) {
            message = "the theme has no template " + template;
        } else {
            message = firstLine(String.valueOf(cause.getMessage()));
        }
        return Problem.error(file, line, "template", "the theme template failed: " + message,
                "fix the template at this line (see https://freemarker.apache.org/docs/ for the syntax)");
    }

    /** FreeMarker's message up to its tips: "The following has evaluated to null or missing: ==> x [in template ...]". */
    private static String summary(String text) {
        if (text == null) {
            return "unknown error";
        }
        StringBuilder summary = new StringBuilder();
        for (String line : text.strip().split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("----") || trimmed.startsWith("Tip:")) {
                break;
            }
            if (!trimmed.isEmpty()) {
                summary.append(summary.length() == 0 ? "" : " ").append(trimmed);
            }
        }
        return summary.toString();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unknown error";
        }
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }

    /** Copies the theme's assets/ into the site with JBake's own asset copier; returns what failed. */
    public java.util.List<Throwable> copyAssets(Path destination) {
        config.setDestinationFolder(destination.toFile());
        Asset asset = new Asset(config);
        asset.copy();
        return asset.getErrors();
    }

    /** Step 6, assets: {@link #copyAssets(Path)}, each file that could not be copied an error in {@code problems}. */
    public void copyAssets(Path destination, org.socialcarefuture.northstar.problem.Problems problems) {
        for (Throwable error : copyAssets(destination)) {
            problems.error(files.display("assets"), 0, "theme-asset", "a theme file could not be copied: " + error.getMessage(),
                    "check the file's permissions");
        }
    }

    /** The easy-read pictures the theme bundles, by name (e.g. "home" for assets/easy-read/pictures/home.svg). */
    public Set<String> pictures() {
        Path folder = themeDir.resolve("assets/easy-read/pictures");
        Set<String> names = new TreeSet<>();
        if (!Files.isDirectory(folder)) {
            return names;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".svg"))
                    .forEach(n -> names.add(n.substring(0, n.length() - 4)));
        } catch (IOException e) {
            return names;
        }
        return names;
    }
}
