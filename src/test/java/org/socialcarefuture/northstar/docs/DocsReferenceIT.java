package org.socialcarefuture.northstar.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.Build;
import org.socialcarefuture.northstar.a11y.Rules;
import org.socialcarefuture.northstar.cli.Commands;
import org.socialcarefuture.northstar.config.BuildOptions;
import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.content.ContentLoader;
import org.socialcarefuture.northstar.problem.BuildFailedException;
import org.socialcarefuture.northstar.problem.Problem;

/**
 * The documentation as the build makes it from docs/ and the code: every rule the code can report, every site.yml setting,
 * every front-matter key and every command line option has its entry, and the link at the end of every problem's message
 * leads to an entry that is there in the built docs.
 */
class DocsReferenceIT {

    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void bakeTheDocs() throws Exception {
        site = work.resolve("docs/site");
        Build.Result result = DocsSite.build(new DocsSite.Options(Path.of("docs"), site, Problem.DOCUMENTATION,
                Path.of("src/test/resources/a11y")));
        assertEquals(List.of(), result.warnings(), "the docs pass the same gate as any site, without a warning");
    }

    private static Document page(String path) throws IOException {
        Path file = site.resolve(path).resolve("index.html");
        assertTrue(Files.exists(file), "no page " + path);
        return Jsoup.parse(file.toFile());
    }

    /** Where a problem's link leads in the built docs, or a failure saying why it does not. */
    private static void resolves(String link) throws IOException {
        assertTrue(link.startsWith(Problem.DOCUMENTATION), link);
        URI address = URI.create(link);
        String path = link.substring(Problem.DOCUMENTATION.length(), link.indexOf('#'));
        Document page = page(path);
        assertTrue(page.getElementById(address.getFragment()) != null, "no entry #" + address.getFragment() + " on " + path);
    }

    @Test
    void everyRuleTheCodeCanReportHasItsEntryAndItsLinkResolves() throws IOException {
        Set<String> rules = new TreeSet<>(reportedRules());
        rules.addAll(Rules.ids());
        assertTrue(rules.size() > 70 && rules.containsAll(Set.of("image-alt", "front-matter", "pledge-length", "easy-jargon", "contrast")),
                "the scan finds the rules: " + rules);
        List<String> unexplained = new ArrayList<>();
        for (String rule : rules) {
            Problem problem = Problem.error("content/x.md", 1, rule, "m", "f");
            assertTrue(problem.toString().endsWith("; more: " + problem.help()), problem.toString());
            try {
                resolves(problem.help());
            } catch (AssertionError missing) {
                unexplained.add(rule);
            }
        }
        assertEquals(List.of(), unexplained, "rules with no entry in docs/problems.yml");
        Document problems = page("reference/problems");
        for (var rule : Rules.all()) {
            String entry = problems.getElementById(rule.id()).nextElementSibling().text();
            assertTrue(entry.contains("WCAG 2.2 success criterion " + rule.wcag()), rule.id() + ": " + entry);
            assertTrue(entry.contains(rule.blocking() ? "An error." : "A warning."), rule.id() + ": " + entry);
        }
        // the example for a gate rule is what the gate says on its corpus page
        String example = problems.select("#link-purpose ~ pre code").first().text();
        assertTrue(example.contains("link-purpose") && example.contains("link text \"click here\""), example);
    }

    @Test
    void theLinksOfARealFailedBakeAllResolve(@TempDir Path output) throws IOException {
        Path broken = Path.of("src/it/broken-site");
        BuildOptions options = new BuildOptions(broken.resolve("content"), broken.resolve("themes/default"), output.resolve("site"),
                SiteConfig.defaults(), false, Clock.systemUTC());
        List<Problem> found;
        try {
            Build.bake(options);
            throw new AssertionError("the broken site baked");
        } catch (BuildFailedException e) {
            found = e.problems();
        }
        assertTrue(found.size() >= 5, found.toString());
        for (Problem problem : found) {
            assertTrue(!problem.help().isEmpty(), problem.toString());
            resolves(problem.help());
        }
    }

    @Test
    void everySettingFrontMatterKeyCommandAndOptionHasItsEntry() throws IOException {
        Document settings = page("reference/settings");
        for (String key : SiteConfig.KEYS) {
            assertTrue(settings.select("h2").eachText().contains(key), "site.yml setting " + key);
        }
        for (String colour : SiteConfig.COLOUR_NAMES) {
            assertTrue(settings.text().contains(colour), "colour " + colour);
        }
        Document keys = page("reference/front-matter");
        for (String key : ContentLoader.KNOWN_KEYS) {
            assertTrue(keys.select("td code").eachText().contains(key), "front-matter key " + key);
        }
        Document commands = page("reference/commands");
        for (Commands.Command command : Commands.ALL) {
            var heading = commands.select("h3").stream().filter(h -> h.text().equals(command.name())).findFirst()
                    .orElseThrow(() -> new AssertionError("no entry for the command " + command.name()));
            var table = heading.nextElementSiblings().select("table").first();
            for (Commands.Option option : command.options()) {
                assertTrue(table != null && table.select("td code").eachText().contains(option.name()), command.name() + " " + option.name());
            }
        }
        for (String goal : List.of("bake", "check", "serve", "new", "import-wordpress")) {
            assertTrue(commands.select("h3").eachText().contains("northstar:" + goal), "goal " + goal);
        }
        assertTrue(commands.select("td code").eachText().containsAll(List.of("northstar.contentDirectory", "northstar.failOn", "northstar.port")),
                "the goals' parameters with their properties");
    }

    @Test
    void everyGuideIsInItsAudiencesIndexAndSearchFindsThem() throws IOException {
        for (String audience : DocsSite.AUDIENCES.keySet()) {
            Path folder = site.resolve(audience);
            Document index = page(audience);
            try (Stream<Path> pages = Files.list(folder)) {
                for (Path guide : pages.filter(p -> Files.isRegularFile(p.resolve("index.html"))).toList()) { // a page, not its pictures' folder
                    String href = guide.getFileName() + "/";
                    assertTrue(index.select("main a").eachAttr("href").stream().anyMatch(h -> h.endsWith("/" + audience + "/" + href)),
                            audience + " index lists " + href);
                }
            }
        }
        String search = Files.readString(site.resolve("search-index.json"));
        assertTrue(search.contains("Every problem the build reports") && search.contains("Writing for the site"), "searchable");
    }

    /**
     * The rule ids the code passes when it reports a problem: string literals, written as ids, among the arguments of a
     * call to error(...), warning(...), new Problem(...) or report(...) (never the first argument, which is the file).
     */
    static Set<String> reportedRules() throws IOException {
        Set<String> ids = new TreeSet<>();
        java.util.regex.Pattern call = java.util.regex.Pattern.compile("(?:\\berror|\\bwarning|new Problem|\\breport)\\s*\\(");
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("\"[a-z][a-z0-9]*(?:-[a-z0-9]+)*\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                var calls = call.matcher(code);
                while (calls.find()) {
                    List<String> arguments = arguments(code, calls.end());
                    for (String argument : arguments.subList(Math.min(1, arguments.size()), arguments.size())) {
                        var literal = id.matcher(argument);
                        if (!argument.contains("(") && literal.find()) {
                            do {
                                ids.add(literal.group().substring(1, literal.group().length() - 1));
                            } while (literal.find());
                        }
                    }
                }
            }
        }
        return ids;
    }

    /** A call's top-level arguments, from just after its opening bracket. */
    private static List<String> arguments(String code, int from) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 1;
        for (int i = from; i < code.length() && depth > 0; i++) {
            char c = code.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < code.length() && code.charAt(end) != '"') {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(code, i, Math.min(end + 1, code.length()));
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            if (depth == 1 && c == ',') {
                arguments.add(current.toString().strip());
                current.setLength(0);
            } else if (depth > 0) {
                current.append(c);
            }
        }
        arguments.add(current.toString().strip());
        return arguments;
    }
}
