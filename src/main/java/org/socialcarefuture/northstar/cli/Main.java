package org.socialcarefuture.northstar.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.socialcarefuture.northstar.Build;
import org.socialcarefuture.northstar.config.BuildOptions;
import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.problem.BuildFailedException;
import org.socialcarefuture.northstar.problem.Problem;

/**
 * The command line other groups and CI rely on (DESIGN.md, "Command line"):
 * {@code bake}, {@code check}, {@code serve} and {@code new}. Exit codes: 0 built, 1 problems, 2 wrong usage.
 */
public final class Main {

    /** Made from {@link Commands}, the same lists the commands are parsed with. */
    static final String USAGE = Commands.usage();

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    public Main(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    public static void main(String[] args) {
        int code = new Main(System.out, System.err, Clock.systemUTC()).run(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    public int run(String[] args) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        try {
            return switch (args[0]) {
                case "bake" -> bake(parse(rest, Commands.BAKE));
                case "serve" -> serve(parse(rest, Commands.SERVE));
                case "check" -> check(parse(rest, Commands.CHECK));
                case "import-wordpress" -> importWordPress(parse(rest, Commands.IMPORT_WORDPRESS));
                case "new" -> NewCommand.run(parse(rest, Commands.NEW), clock, out, err);
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield 0;
                }
                default -> usage("unknown command \"" + args[0] + "\"");
            };
        } catch (Arguments.UsageException e) {
            return usage(e.getMessage());
        } catch (SettingsProblem e) {
            err.println(e.problem);
            err.println("1 error: fix site.yml and run again; nothing was published.");
            return 1;
        } catch (RuntimeException | StackOverflowError | AssertionError failure) {
            // A fault outside any one page: still no stack trace for the volunteer, but where to find it.
            Problem problem = new org.socialcarefuture.northstar.problem.Unexpected(crashLog, Build.display(crashLog)).problem(workingOn,
                    "finish " + args[0], failure);
            err.println(problem);
            return 1;
        }
    }

    private static Arguments parse(List<String> rest, Commands.Command command) throws Arguments.UsageException {
        return Arguments.parse(rest, command.valueOptions(), command.flags());
    }

    /** A setting in site.yml that cannot be used: said as a problem at its line, not as a usage mistake. */
    static final class SettingsProblem extends RuntimeException {
        final Problem problem;

        SettingsProblem(Problem problem) {
            super(problem.toString());
            this.problem = problem;
        }
    }

    /**
     * Where a fault outside any one page is written down in full: beside the folder the command writes or reads
     * (target/north-star-crash.log for target/site), never in the folder the volunteer works in; each command
     * sets it, and the file it is working on, before it starts.
     */
    private Path crashLog = Build.crashLog(Path.of("target/site"));
    private String workingOn = "north-star";

    private int usage(String message) {
        err.println("north-star: " + message);
        err.print(USAGE);
        return 2;
    }

    private int bake(Arguments arguments) throws Arguments.UsageException {
        BuildOptions options = options(arguments);
        crashLog = Build.crashLog(options.output());
        workingOn = Build.display(options.content());
        if (arguments.has("--no-cache")) {
            options = options.withoutCache(); // everything from scratch: nothing read from target/.north-star-cache, nothing kept
        }
        try {
            Build.Result result = Build.bake(options);
            report(result.warnings());
            if (arguments.has("--timings")) {
                out.println("Timings (ms): " + result.timings() + ", process CPU " + processCpuMillis() + " ms");
            }
            out.println("Baked " + result.pages() + " pages (" + result.files() + " files) into " + Build.display(result.output())
                    + (result.warnings().isEmpty() ? "" : " with " + result.warnings().size() + " warnings"));
            writeProblems(arguments, result.warnings());
            return 0;
        } catch (BuildFailedException e) {
            report(e.problems());
            writeProblems(arguments, e.problems());
            long errors = e.problems().stream().filter(Problem::isError).count();
            err.println(errors + (errors == 1 ? " error" : " errors") + ": the site was not published; "
                    + Build.display(options.output()) + " was left as it was.");
            return 1;
        }
    }

    /** {@code --problems-markdown FILE}: the problems as the pull request's comment shows them (see ProblemsMarkdown). */
    private void writeProblems(Arguments arguments, List<Problem> problems) {
        String file = arguments.value("--problems-markdown", null);
        if (file == null) {
            return;
        }
        try {
            java.nio.file.Path path = Path.of(file).toAbsolutePath();
            java.nio.file.Files.createDirectories(path.getParent());
            java.nio.file.Files.writeString(path, ProblemsMarkdown.of(problems));
        } catch (IOException e) {
            err.println("north-star: could not write " + file + ": " + e.getMessage());
        }
    }

    /** The live preview: drafts shown, 127.0.0.1 only, rebuilt and reloaded on every save, until Ctrl-C. */
    private int serve(Arguments arguments) throws Arguments.UsageException {
        int port;
        try {
            port = Integer.parseInt(arguments.value("--port", "8080"));
        } catch (NumberFormatException e) {
            throw new Arguments.UsageException("--port must be a number, e.g. --port 8080");
        }
        if (port < 1 || port > 65535) {
            throw new Arguments.UsageException("--port must be between 1 and 65535");
        }
        BuildOptions preview = options(arguments).forPreview(Path.of(arguments.value("--output", "target/preview")), port);
        crashLog = Build.crashLog(preview.output());
        workingOn = Build.display(preview.content());
        org.socialcarefuture.northstar.preview.PreviewServer server = new org.socialcarefuture.northstar.preview.PreviewServer(preview, out,
                arguments.has("--edit"));
        try {
            server.start(port);
        } catch (IOException e) {
            err.println("north-star: could not start the preview on port " + port + ": " + e.getMessage()
                    + "; is another preview running? Try --port " + (port == 65535 ? 8081 : port + 1));
            return 1;
        }
        out.println("Preview at http://127.0.0.1:" + port + "/ (drafts shown). Watching "
                + String.join(", ", server.watchedFolders().stream().map(Build::display).toList()) + ". Press Ctrl-C to stop.");
        if (arguments.has("--edit")) {
            out.println("Editor at http://127.0.0.1:" + port + "/admin/ : each save is a file in " + Build.display(preview.content())
                    + ", and the preview shows its problems.");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Moves a WordPress export into content/, keeping every old address as an alias. */
    private int importWordPress(Arguments arguments) throws Arguments.UsageException {
        if (arguments.positional().size() != 1) {
            throw new Arguments.UsageException("import-wordpress needs the export file, e.g. import-wordpress socialcarefuture.WordPress.xml");
        }
        java.util.Map<String, String> folders = new java.util.LinkedHashMap<>();
        for (String pair : arguments.value("--map", "").split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[1].isBlank()) {
                throw new Arguments.UsageException("--map takes Category=folder pairs, e.g. --map \"Newsletter=newsletters,Letters=letters\"");
            }
            folders.put(parts[0].strip(), parts[1].strip());
        }
        Path content = Path.of(arguments.value("--content", "content"));
        crashLog = Build.crashLog(content);
        workingOn = arguments.positional().get(0);
        String uploads = arguments.value("--uploads", null);
        var importer = new org.socialcarefuture.northstar.wordpress.WordPressImport(content,
                uploads == null ? null : Path.of(uploads), folders);
        Path scratch = null;
        if (!arguments.has("--all-published")) {
            // The bake's own checks, on a bake nobody reads: a post they would refuse is imported as a draft. Its
            // own cache, kept between the rounds of checks of this import only, so a second round redoes only the drafts.
            BuildOptions options = options(arguments);
            try {
                scratch = java.nio.file.Files.createTempDirectory("north-star-import-check");
            } catch (IOException e) {
                err.println("north-star: could not make a folder for the import's checks: " + e.getMessage());
                return 1;
            }
            BuildOptions checked = options.withOutput(scratch.resolve("site"));
            importer = importer.checkedBy(imported -> checkImported(checked));
        }
        try {
            var report = importer.run(Path.of(arguments.positional().get(0)));
            report.written().forEach(f -> out.println("wrote " + f));
            report.keptEdited().forEach(f -> out.println("kept " + f + " (edited since the last import; not overwritten)"));
            report.warnings().forEach(w -> out.println("warning: " + w));
            report.notes().forEach(n -> out.println("address: " + n));
            report.remoteImages().forEach(i -> out.println("picture still on the old site: " + i));
            report.missingAttachments().forEach(i -> out.println("missing: " + i));
            report.skipped().forEach(i -> out.println("skipped " + i));
            report.privateDrafts().forEach(i -> out.println("private, imported as a draft, never published: " + i));
            report.heldFor().forEach((rule, count) -> out.println("held back: " + count + (count == 1 ? " problem" : " problems") + " of the kind " + rule));
            int published = report.imported() - report.privateDrafts().size() - report.heldBack().size() - report.wordpressDrafts().size();
            out.println("Imported " + report.imported() + " posts and pages: " + published + " to publish, "
                    + report.heldBack().size() + " held back as drafts until fixed (see " + arguments.value("--content", "content")
                    + "/IMPORT-TODO.md), " + report.privateDrafts().size() + " private or password-protected kept as drafts, "
                    + report.wordpressDrafts().size() + " drafts in WordPress; " + report.written().size() + " files written, "
                    + report.unchanged().size() + " unchanged, " + report.keptEdited().size() + " kept because edited; "
                    + report.skipped().size() + " skipped; " + report.comments() + " comments kept; "
                    + report.missingAttachments().size() + " attachments missing.");
            return 0;
        } catch (IOException e) {
            err.println("north-star: " + e.getMessage());
            return 1;
        } finally {
            if (scratch != null) {
                org.socialcarefuture.northstar.wordpress.WordPressImport.deleteQuietly(scratch);
            }
        }
    }

    /** A bake of the content into a folder nobody reads: its problems, or none when it would publish. */
    private static List<Problem> checkImported(BuildOptions options) {
        try {
            Build.bake(options);
            return List.of();
        } catch (BuildFailedException e) {
            return e.problems();
        }
    }

    /** The accessibility gate and link check on an already built site. */
    private int check(Arguments arguments) throws Arguments.UsageException {
        if (arguments.positional().size() != 1) {
            throw new Arguments.UsageException("check needs the folder of a built site, e.g. check target/site");
        }
        Path site = Path.of(arguments.positional().get(0));
        crashLog = Build.crashLog(site);
        workingOn = Build.display(site);
        String root;
        try {
            root = SiteConfig.defaults().withBaseUrl(arguments.value("--base-url", "https://example.org/")).root();
            List<Problem> problems = org.socialcarefuture.northstar.a11y.SiteCheck.run(site, root);
            report(problems);
            long errors = problems.stream().filter(Problem::isError).count();
            (errors > 0 ? err : out).println(errors + (errors == 1 ? " error" : " errors") + " in " + Build.display(site));
            return errors > 0 ? 1 : 0;
        } catch (IOException | IllegalArgumentException e) {
            throw new Arguments.UsageException(e.getMessage());
        }
    }

    BuildOptions options(Arguments arguments) throws Arguments.UsageException {
        Path configFile = Path.of(arguments.value("--config", "site.yml"));
        SiteConfig site;
        try {
            site = SiteConfig.load(configFile);
            if (arguments.has("--base-url")) {
                site = site.withBaseUrl(arguments.value("--base-url", site.baseUrl()));
            }
        } catch (SiteConfig.Invalid e) {
            throw new SettingsProblem(Problem.error(e.file(), e.line(), "settings", e.problem(), e.fix()));
        } catch (IOException | IllegalArgumentException e) {
            throw new Arguments.UsageException(e.getMessage());
        }
        Path theme = Path.of(arguments.value("--theme", "themes/default"));
        if (arguments.has("--theme") && !java.nio.file.Files.isDirectory(theme)) {
            // Without --theme, a missing themes/default simply means North Star's own default theme.
            throw new Arguments.UsageException("--theme " + arguments.value("--theme", "") + ": there is no such folder; leave --theme out to"
                    + " use North Star's default theme, or name a folder whose files replace some of it");
        }
        return new BuildOptions(
                Path.of(arguments.value("--content", "content")),
                theme,
                Path.of(arguments.value("--output", "target/site")),
                site,
                arguments.has("--drafts"),
                clock);
    }

    private void report(List<Problem> problems) {
        boolean github = System.getenv("GITHUB_ACTIONS") != null;
        for (Problem problem : problems) {
            (problem.isError() ? err : out).println(problem);
            if (github) {
                out.println(GitHubAnnotations.of(problem));
            }
        }
    }

    /** CPU time of the whole process (all threads, with JIT and GC), to set the gate's time against. */
    private static long processCpuMillis() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }
}
