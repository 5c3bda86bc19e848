package org.socialcarefuture.northstar.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.socialcarefuture.northstar.Build;
import org.socialcarefuture.northstar.config.BuildOptions;
import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.problem.BuildFailedException;
import org.socialcarefuture.northstar.problem.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The documentation is a North Star site, baked by North Star from {@code docs/} with the bundled theme (as Hugo's
 * documentation is built with Hugo). {@code mvn package} runs it after the movement's site:
 * {@code docs/} is copied to {@code target/docs/content/}, the reference pages are written there from the code, each
 * audience's folder gets an index of the pages in it (so a new guide appears without editing a list), and the whole is
 * baked into {@code target/docs/site/} through the same gate as any site.
 */
public final class DocsSite {

    /** The folders of guides, each with its index page's title and summary. */
    static final Map<String, String[]> AUDIENCES = audiences();

    private DocsSite() {
    }

    private static Map<String, String[]> audiences() {
        Map<String, String[]> audiences = new LinkedHashMap<>();
        audiences.put("volunteers", new String[] {"For volunteers", "Guides for people who write for the site: posts, pictures, easy read, pledges, events and recordings."});
        audiences.put("groups", new String[] {"For other groups", "How a group makes a site of its own, sets it up and changes the theme."});
        audiences.put("maintainers", new String[] {"For maintainers", "How North Star is built, tested, published and released."});
        audiences.put("reference", new String[] {"Reference", "Every problem, setting, front matter key, command and Maven goal, made from the code."});
        return audiences;
    }

    /**
     * The reference pages made from the code: every problem, every site.yml setting, every command and goal, and every
     * front-matter key of every kind of page (from format.ContentFormat, the list the editor at /admin/ is made from too).
     *
     * @param docs   the docs' source folder ({@code docs/}), for the problems' catalogue
     * @param corpus the accessibility gate's corpus, whose pages give the rules' examples (null for none)
     */
    public static List<ReferencePage> referencePages(Path docs, Path corpus) {
        return List.of(new ProblemsReference(docs.resolve("problems.yml"), corpus), new SettingsReference(), new CommandsReference(),
                new ReferencePage() {
                    @Override
                    public String file() {
                        return "reference/front-matter.md";
                    }

                    @Override
                    public String markdown() {
                        return org.socialcarefuture.northstar.format.ContentFormat.standard().referenceMarkdown();
                    }
                });
    }

    /** What the docs are built from and into. */
    public record Options(Path docs, Path output, String baseUrl, Path corpus) {
        /** {@code target/docs/content}: the copy of docs/ with the generated pages, beside the site. */
        Path content() {
            return output.toAbsolutePath().normalize().resolveSibling("content");
        }
    }

    /** {@code java -cp north-star.jar org.socialcarefuture.northstar.docs.DocsSite [--docs docs] [--output target/docs/site] [--base-url URL] [--corpus DIR]}. */
    public static void main(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            given.put(args[i], args[i + 1]);
        }
        Options options = new Options(Path.of(given.getOrDefault("--docs", "docs")), Path.of(given.getOrDefault("--output", "target/docs/site")),
                given.getOrDefault("--base-url", Problem.DOCUMENTATION), given.containsKey("--corpus") ? Path.of(given.get("--corpus")) : null);
        try {
            Build.Result result = build(options);
            result.warnings().forEach(problem -> System.out.println(inDocs(problem, options)));
            System.out.println("Baked the documentation: " + result.pages() + " pages into " + Build.display(result.output()));
        } catch (BuildFailedException e) {
            e.problems().forEach(problem -> System.err.println(inDocs(problem, options)));
            System.err.println("The documentation was not published: fix the problems above in docs/.");
            System.exit(1);
        } catch (IOException e) {
            System.err.println("north-star docs: " + e.getMessage());
            System.exit(1);
        }
    }

    /** A problem in a copied page, named by the file in docs/ the writer edits (a generated page keeps its own name). */
    static Problem inDocs(Problem problem, Options options) {
        String copy = Build.display(options.content()) + "/";
        if (!problem.file().startsWith(copy)) {
            return problem;
        }
        String relative = problem.file().substring(copy.length());
        String file = Files.exists(options.docs().resolve(relative)) ? Build.display(options.docs().resolve(relative)) : problem.file();
        return new Problem(file, problem.line(), problem.column(), problem.severity(), problem.rule(), problem.message(), problem.fix());
    }

    public static Build.Result build(Options options) throws IOException, BuildFailedException {
        Path content = options.content();
        deleteTree(content);
        copy(options.docs(), content);
        for (ReferencePage page : referencePages(options.docs(), options.corpus())) {
            Path file = content.resolve(page.file());
            Files.createDirectories(file.getParent());
            Files.writeString(file, page.markdown());
        }
        for (Map.Entry<String, String[]> audience : AUDIENCES.entrySet()) {
            Path folder = content.resolve(audience.getKey());
            if (Files.isDirectory(folder) && !Files.exists(folder.resolve("index.md"))) {
                Files.writeString(folder.resolve("index.md"), index(folder, audience.getValue()[0], audience.getValue()[1]));
            }
        }
        SiteConfig site = SiteConfig.load(options.docs().resolve("site.yml")).withBaseUrl(options.baseUrl());
        return Build.bake(new BuildOptions(content, options.docs().resolve("theme"), options.output(), site, false, Clock.systemUTC()));
    }

    /** The files of docs/ that are the site's content: not its settings, the problems' catalogue or its theme files. */
    private static void copy(Path docs, Path content) throws IOException {
        try (Stream<Path> files = Files.walk(docs)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = docs.relativize(file);
                String name = relative.toString().replace('\\', '/');
                // (the README's screenshot sits at the top of docs/ beside them, for GitHub's page of the repository)
                if (name.equals("site.yml") || name.equals("problems.yml") || name.startsWith("theme/") || name.equals("screenshot.png")) {
                    continue;
                }
                Path target = content.resolve(relative);
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    /** A folder's index: every page in it, by title, with its summary. */
    static String index(Path folder, String title, String summary) throws IOException {
        List<String[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md")).toList()) {
                Map<String, Object> front = frontMatter(file);
                pages.add(new String[] {String.valueOf(front.getOrDefault("title", file.getFileName())),
                        String.valueOf(front.getOrDefault("summary", "")), file.getFileName().toString()});
            }
        }
        pages.sort(Comparator.comparing(page -> page[0]));
        StringBuilder text = new StringBuilder(ReferencePage.frontMatter(title, summary)).append(summary).append("\n\n");
        for (String[] page : pages) {
            text.append("- [").append(page[0]).append("](").append(page[2]).append(")").append(page[1].isEmpty() ? "" : ": " + page[1])
                    .append('\n');
        }
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> frontMatter(Path file) throws IOException {
        String text = Files.readString(file);
        if (!text.startsWith("---")) {
            return Map.of();
        }
        int end = text.indexOf("\n---", 3);
        if (end < 0) {
            return Map.of(); // the bake reports it, at its line
        }
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text.substring(3, end));
            return loaded instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
