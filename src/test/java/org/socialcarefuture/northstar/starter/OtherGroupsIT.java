package org.socialcarefuture.northstar.starter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.Build;
import org.socialcarefuture.northstar.a11y.ThemeContrast;
import org.socialcarefuture.northstar.ci.WorkflowTest;
import org.socialcarefuture.northstar.cli.Main;
import org.socialcarefuture.northstar.config.BuildOptions;
import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.problem.BuildFailedException;
import org.socialcarefuture.northstar.problem.Problem;

/**
 * Another group's site: made from nothing with {@code new site}, baked with the theme inside North Star,
 * in its own words from its site.yml, with only the sections it has, and with a theme file of its own.
 */
class OtherGroupsIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path newSite(String title) throws IOException {
        Path site = dir.resolve("site");
        NewSite.write(site, title, LocalDate.of(2026, 11, 24), new NewSite.Release("9.9.9", "blog.socialcarefuture", "north-star"));
        return site;
    }

    /** The group's own bake, as `mvn package` in its folder does it: its content, its site.yml, its themes/default if any. */
    private static BuildOptions options(Path site) throws IOException {
        return new BuildOptions(site.resolve("content"), site.resolve("themes/default"), site.resolve("target/site"),
                SiteConfig.load(site.resolve("site.yml")), false, CLOCK);
    }

    private static List<Problem> bakeFails(BuildOptions options) {
        try {
            Build.bake(options);
        } catch (BuildFailedException e) {
            return e.problems().stream().filter(Problem::isError).toList();
        }
        throw new AssertionError("expected the bake to fail");
    }

    private static String allText(Path folder) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith("decap-cms.js") && file.getParent().getFileName().toString().equals("admin")) {
                    continue; // the browser editor's own code (Decap CMS), the same for every site: its words are not ours
                }
                if (name.matches(".*\\.(html|xml|json|txt|css|js|svg|ics)$") || name.equals("_headers")) {
                    text.append(file).append('\n').append(Files.readString(file)).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** A group's pom names no repository (Maven Central serves the plugin) and its workflow needs no secret, token or server. */
    private static void assertNeedsNothingButCentral(String pom, String workflow) {
        for (String extra : List.of("<repositories>", "<repository>", "<pluginRepositories>", "<pluginRepository>", "<server>")) {
            assertFalse(pom.contains(extra), "the group's pom.xml names " + extra);
        }
        for (String secret : List.of("secrets.", "TOKEN", "server-id", "server-password")) {
            assertFalse(workflow.contains(secret), "the group's workflow needs " + secret);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewSiteBakesWithTheBundledThemeAndSpeaksOnlyForItsGroup() throws Exception {
        Path site = newSite("Leeds Carers Voice");
        assertFalse(Files.exists(site.resolve("themes")), "a new site has no theme of its own to keep up to date");
        assertTrue(Files.readString(site.resolve("pom.xml")).contains("<northstar.version>9.9.9</northstar.version>"), "the plugin's version is pinned");
        assertNeedsNothingButCentral(Files.readString(site.resolve("pom.xml")), Files.readString(site.resolve(".github/workflows/site.yml")));
        assertTrue(Files.readString(site.resolve("pom.xml")).contains("<groupId>blog.socialcarefuture</groupId>"));
        // Its workflow builds and checks on every push, and publishes main to GitHub Pages, with pinned actions.
        Map<String, Object> workflow = WorkflowTest.workflow(site.resolve(".github/workflows/site.yml"));
        WorkflowTest.pinned((Map<String, Map<String, Object>>) workflow.get("jobs"));
        String build = workflow.toString();
        assertTrue(build.contains("mvn -B -ntp verify \"-Dnorthstar.baseUrl=${BASE_URL}/\""), build);
        assertTrue(build.contains("actions/upload-pages-artifact@") && build.contains("path=target/site"), build);
        assertTrue(build.contains("actions/deploy-pages@"), build);
        assertTrue(Files.exists(site.resolve(".gitignore")));
        assertTrue(Files.readString(site.resolve("README.md")).contains("mvn package"));
        String settings = Files.readString(site.resolve("site.yml"));
        for (String setting : SiteConfig.KEYS) {
            assertTrue(settings.matches("(?s).*\\n#? ?" + setting + ":.*"), "the new site.yml explains " + setting);
        }

        Build.Result result = Build.bake(options(site));
        assertEquals(List.of(), result.warnings(), "the starter's own pages are clean");
        Path out = site.resolve("target/site");
        String everything = allText(out);
        for (String movement : List.of("Social Care Future", "socfuture", "socialcarefuture", "movement")) {
            assertFalse(everything.contains(movement), "the group's site mentions \"" + movement + "\"");
        }
        Document home = Jsoup.parse(Files.readString(out.resolve("index.html")));
        assertEquals("Leeds Carers Voice", home.title());
        assertEquals("Latest news", home.select("#home-latest").text());
        assertEquals(List.of("All posts (1)"), home.select(".section-links li").eachText(), "proper wording, and only what the site has");
        assertEquals(List.of("Home", "Blog", "About us"), home.select("nav.main-nav a").eachText());
        assertTrue(home.select(".site-name img").isEmpty(), "no logo unless the site gives one");
        assertEquals(List.of("Topics", "Authors", "Archive", "Search", "Feeds (RSS)"), home.select(".site-footer a").eachText(),
                "no Pledges page, and no accounts elsewhere, for a group that has none");
        assertTrue(home.select(".site-footer p").isEmpty(), "no footer words the site did not write");
        for (String none : List.of("letters/index.html", "newsletters/index.html", "reports/index.html", "pledges/index.html",
                "events/index.html", "letters/feed.xml", "share/mastodon/index.html")) {
            assertFalse(Files.exists(out.resolve(none)), none + " is published for a site with none");
        }
        assertTrue(Files.exists(out.resolve("about/easy-read/index.html")));
        org.socialcarefuture.northstar.TestSite.keepForTheBrowserChecks(out, Path.of("target/starter-site")); // mvn verify -Pbrowser opens it too
    }

    @Test
    void theArchetypeIsMadeFromTheSameStarterWithItsPropertiesInPlace() throws IOException {
        Path out = dir.resolve("archetype");
        ArchetypeResources.write(out, new NewSite.Release("9.9.9", "blog.socialcarefuture", "north-star"),
                LocalDate.of(2026, 11, 24));
        Path resources = out.resolve("archetype-resources");
        assertTrue(Files.readString(resources.resolve("site.yml")).contains("title: \"${title}\""));
        assertTrue(Files.readString(resources.resolve("pom.xml")).contains("<artifactId>${artifactId}</artifactId>"));
        assertTrue(Files.readString(resources.resolve("pom.xml")).contains("<northstar.version>9.9.9</northstar.version>"));
        assertNeedsNothingButCentral(Files.readString(resources.resolve("pom.xml")),
                Files.readString(resources.resolve("__dotgithub__/workflows/site.yml")));
        assertTrue(Files.exists(resources.resolve("content/blog/__date__-welcome.md")));
        assertTrue(Files.exists(resources.resolve("__dotgithub__/workflows/site.yml")));
        assertTrue(Files.readString(out.resolve("META-INF/maven/archetype-metadata.xml"))
                .contains("<requiredProperty key=\"date\"><defaultValue>2026-11-24</defaultValue>"));
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                assertFalse(Files.readString(file).matches("(?s).*\\{\\{[A-Za-z]+}}.*"), file + " still has a starter placeholder");
            }
        }
        // (src/it/archetype-site runs mvn archetype:generate with it and builds what it makes.)
    }

    @Test
    void newSiteFromTheCommandLineRefusesAFolderWithFilesInIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main main = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
        Path folder = dir.resolve("leeds");
        assertEquals(0, main.run(new String[] {"new", "site", folder.toString(), "--title", "Leeds Carers Voice"}));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("mvn package"), "it says what to do next");
        assertEquals("title: \"Leeds Carers Voice\"", Files.readAllLines(folder.resolve("site.yml")).stream()
                .filter(line -> line.startsWith("title:")).findFirst().orElseThrow());
        String pom = Files.readString(folder.resolve("pom.xml"));
        assertTrue(pom.contains("<artifactId>leeds-carers-voice</artifactId>"), pom);

        assertEquals(2, main.run(new String[] {"new", "site", folder.toString(), "--title", "Again"}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("already has files in it"), err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.readString(folder.resolve("site.yml")).contains("Leeds Carers Voice"), "nothing was overwritten");
    }

    @Test
    void theGroupsOwnWordsComeFromSiteYml() throws Exception {
        Path site = newSite("Leeds Carers Voice");
        Files.createDirectories(site.resolve("content/images"));
        Files.writeString(site.resolve("content/images/mark.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 24\">"
                + "<rect width=\"48\" height=\"24\" fill=\"#ffffff\"/></svg>", java.nio.file.StandardOpenOption.CREATE_NEW);
        Files.writeString(site.resolve("site.yml"), """
                title: Leeds Carers Voice
                base_url: https://carers.example.org/
                logo:
                  file: images/mark.svg
                  alt: ""
                colours:
                  brand: "#4b1d52"
                  accent: "#f2c14e"
                nav:
                  - label: News
                    link: blog/
                  - label: Who we are
                    link: about/
                  - label: Leeds City Council
                    link: https://www.leeds.gov.uk/
                latest_heading: What we have been up to
                footer: Leeds Carers Voice is run by carers, for carers.
                licence: Share our words freely.
                social:
                  "Mastodon: @leedscarers": https://example.social/@leedscarers
                """);
        Build.bake(options(site));
        Path out = site.resolve("target/site");
        Document home = Jsoup.parse(Files.readString(out.resolve("index.html")));
        assertEquals(List.of("News", "Who we are", "Leeds City Council"), home.select("nav.main-nav a").eachText());
        assertEquals("/blog/", home.select("nav.main-nav a").first().attr("href"));
        assertEquals("What we have been up to", home.select("#home-latest").text());
        assertEquals("Leeds Carers Voice is run by carers, for carers. Share our words freely.", home.select(".site-footer p").text());
        assertTrue(home.select(".site-footer a").eachText().contains("Mastodon: @leedscarers"));
        var logo = home.selectFirst(".site-name img.site-logo");
        assertNotNull(logo);
        assertEquals("/images/mark.svg", logo.attr("src"));
        assertEquals("64", logo.attr("width"), "in its own proportions (48 x 24), 32 px tall");
        assertEquals("", logo.attr("alt"));
        assertEquals("/css/brand.css", home.select("link[rel=stylesheet]").last().attr("href"), "after the theme's, so it wins");
        String brand = Files.readString(out.resolve("css/brand.css"));
        assertTrue(brand.contains("--brand: #4b1d52;") && brand.contains("--accent: #f2c14e;"), brand);
    }

    @Test
    void aBrandColourTooFaintToReadStopsTheBakeAtItsLineWithTheNearestShadeThatPasses() throws Exception {
        Path site = newSite("Leeds Carers Voice");
        Files.writeString(site.resolve("site.yml"), "title: Leeds Carers Voice\n\ncolours:\n  brand: \"#7fb3d5\"\n");
        List<Problem> problems = bakeFails(options(site));
        assertEquals(1, problems.size(), "one problem for the one colour: " + problems);
        Problem faint = problems.get(0);
        assertTrue(faint.file().endsWith("site.yml"), faint.toString());
        assertEquals(4, faint.line());
        assertTrue(faint.message().startsWith("[WCAG 1.4.3 contrast] colours.brand #7fb3d5 has too little contrast for the header and buttons: 2.26:1"
                + " against --brand-text #ffffff, below 4.5:1 (light and dark schemes)"), faint.message());
        assertTrue(faint.message().contains("the current page's marker in the header: 1.67:1 against --accent #ffdd00"), faint.message());
        String shade = faint.fix().replaceFirst(".*that passes is (#[0-9a-f]{6}).*", "$1");
        assertTrue(ThemeContrast.ratio(shade, "#ffffff") >= 4.5, "the suggested " + shade + " passes against the white header text");
        assertTrue(ThemeContrast.ratio(shade, "#ffdd00") >= 3, shade + " also passes against the yellow marker");
        assertTrue(ThemeContrast.ratio(shade, "#ffffff") < 4.7, shade + " is the nearest that passes, not just any dark colour");

        // Its suggestion, given back, passes; so does a dark scheme colour that is good on its own.
        Files.writeString(site.resolve("site.yml"), "title: Leeds Carers Voice\ncolours:\n  brand: \"" + shade + "\"\n");
        Build.bake(options(site));
        Files.writeString(site.resolve("site.yml"), "title: Leeds Carers Voice\ncolours:\n  text: \"#222222\"\n");
        Problem dark = bakeFails(options(site)).get(0);
        assertEquals(3, dark.line());
        assertTrue(dark.message().contains("body text: 1.16:1 against --background #121417, below 4.5:1 (dark scheme)"), dark.message());
        assertTrue(dark.fix().contains("colours: dark:"), "it says how to give the dark scheme its own: " + dark.fix());
        Files.writeString(site.resolve("site.yml"), "title: Leeds Carers Voice\ncolours:\n  text: \"#222222\"\n  dark:\n    text: \"#eeeeee\"\n");
        Build.bake(options(site));
    }

    @Test
    void aMistakeInSiteYmlIsAnErrorAtItsLine() throws Exception {
        Path site = newSite("Leeds Carers Voice");
        Files.writeString(site.resolve("site.yml"), "title: Leeds Carers Voice\ncolour:\n  brand: \"#000000\"\n");
        SiteConfig.Invalid unknown = assertThrows(SiteConfig.Invalid.class, () -> SiteConfig.load(site.resolve("site.yml")));
        assertEquals(2, unknown.line());
        assertTrue(unknown.problem().contains("unknown setting \"colour\""), unknown.getMessage());

        Files.writeString(site.resolve("site.yml"), "title: Leeds Carers Voice\ncolours:\n  brand: purple\n");
        SiteConfig.Invalid notHex = assertThrows(SiteConfig.Invalid.class, () -> SiteConfig.load(site.resolve("site.yml")));
        assertEquals(3, notHex.line());
        assertTrue(notHex.fix().contains("brand: \"#13315c\""), notHex.fix());

        Files.writeString(site.resolve("site.yml"), "title: Leeds Carers Voice\nnav:\n  - label: News\n    link: blog/\n"
                + "  - label: Letters\n    link: letters/\nlogo:\n  file: images/none.png\n  alt: Our logo\n");
        List<Problem> problems = bakeFails(options(site));
        assertEquals(List.of(6, 8), problems.stream().map(Problem::line).toList(), problems.toString());
        assertTrue(problems.get(0).message().contains("links to letters/, which is not a page of this site"), problems.get(0).message());
        assertTrue(problems.get(1).message().contains("the logo images/none.png is not in"), problems.get(1).message());

        // On the command line: the problem at its line, exit 1, and no usage text.
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Files.writeString(site.resolve("site.yml"), "title: Leeds Carers Voice\nper_page: ten\n");
        int code = new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK)
                .run(new String[] {"bake", "--content", site.resolve("content").toString(), "--config", site.resolve("site.yml").toString(),
                        "--output", site.resolve("target/site").toString()});
        assertEquals(1, code);
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("site.yml:2: error: per_page must be a whole number above 0, not \"ten\""), said);
        assertFalse(said.contains("usage:"), said);
    }

    @Test
    void aFileInTheGroupsThemeFolderTakesThePlaceOfTheBundledOne() throws Exception {
        Path site = newSite("Leeds Carers Voice");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main main = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), CLOCK);
        Path theme = site.resolve("themes/default");
        assertEquals(0, main.run(new String[] {"new", "theme-override", "layout.ftl", "--theme", theme.toString()}));
        Path layout = theme.resolve("templates/layout.ftl");
        assertTrue(Files.exists(layout), out.toString(StandardCharsets.UTF_8));
        assertEquals(2, main.run(new String[] {"new", "theme-override", "layout.ftl", "--theme", theme.toString()}),
                "a copy already there is never overwritten");
        Files.writeString(layout, Files.readString(layout).replace("<main id=\"main\" tabindex=\"-1\">",
                "<p class=\"notice\">Our office is closed on Fridays.</p>\n<main id=\"main\" tabindex=\"-1\">"));
        Files.createDirectories(theme.resolve("assets/css"));
        Files.writeString(theme.resolve("assets/css/site.css"), Files.readString(Path.of("themes/default/assets/css/site.css"))
                + "\n.notice { font-weight: 700; }\n");
        Path picture = theme.resolve("assets/easy-read/pictures/people.svg");
        Files.createDirectories(picture.getParent());
        Files.writeString(picture, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 8\"><circle cx=\"4\" cy=\"4\" r=\"3\"/></svg>");
        Build.bake(options(site));
        Path published = site.resolve("target/site");
        assertTrue(Files.readString(published.resolve("about/index.html")).contains("Our office is closed on Fridays."));
        assertTrue(Files.readString(published.resolve("easy-read/pictures/people.svg")).contains("<circle"), "a picture of its own too");
        assertTrue(Files.readString(published.resolve("css/site.css")).contains(".notice { font-weight: 700; }"));
        assertTrue(Files.exists(published.resolve("js/site.js")), "the files it did not replace come from the bundled theme");

        // A mistake in the group's copy is reported at the group's file and line.
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(layout));
        int at = lines.indexOf("<p class=\"notice\">Our office is closed on Fridays.</p>");
        lines.set(at, "<p class=\"notice\">${site.openingHours}</p>");
        Files.write(layout, lines);
        Problem broken = bakeFails(options(site)).get(0);
        assertEquals(Build.display(layout), broken.file());
        assertEquals(at + 1, broken.line());
        assertTrue(broken.message().contains("openingHours"), broken.message());
    }
}
