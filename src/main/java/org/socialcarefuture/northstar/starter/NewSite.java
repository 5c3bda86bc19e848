package org.socialcarefuture.northstar.starter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.socialcarefuture.northstar.content.Slugs;

/**
 * A group's own site from an empty folder ({@code new site DIR --title "Leeds Carers Voice"}): a pom.xml
 * that uses this plugin at this version, a site.yml with every setting explained, an example post, an
 * about page and its easy-read version, a GitHub workflow that tests and publishes, and a README. The
 * files come from the jar (north-star/starter/), with the group's name and today's date put in.
 */
public final class NewSite {

    private static final String STARTER = "north-star/starter/";

    /** What a new site is told about this North Star: the plugin's coordinates and the version it pins (Maven finds it on Central). */
    public record Release(String version, String groupId, String artifactId) {

        /** This build's own, written into the jar by Maven (src/main/resources-filtered). */
        public static Release ofThisBuild() {
            Properties properties = new Properties();
            try (InputStream in = NewSite.class.getClassLoader().getResourceAsStream("north-star/version.properties")) {
                if (in == null) {
                    throw new IllegalStateException("North Star's jar is missing north-star/version.properties");
                }
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Release(properties.getProperty("version"), properties.getProperty("groupId"),
                    properties.getProperty("artifactId"));
        }
    }

    private NewSite() {
    }

    /**
     * Writes a new site into {@code folder}, which must be empty or not exist yet (nothing of anyone's is
     * overwritten). Returns the files written, relative to the folder.
     */
    public static List<String> write(Path folder, String title, LocalDate today, Release release) throws IOException {
        if (title.isBlank()) {
            throw new IllegalArgumentException("the site needs a name: --title \"Your group's name\"");
        }
        if (Files.exists(folder) && (!Files.isDirectory(folder) || hasFiles(folder))) {
            throw new IllegalArgumentException(folder + " already has files in it; choose a new or empty folder for the site");
        }
        String slug = Slugs.of(title);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("{{titleYaml}}", yaml(title));
        values.put("{{descriptionYaml}}", yaml("News and writing from " + title + "."));
        values.put("{{title}}", title);
        values.put("{{groupId}}", "site." + (slug.isEmpty() ? "group" : slug.replace('-', '_')));
        values.put("{{artifactId}}", slug.isEmpty() ? "site" : slug);
        values.put("{{version}}", release.version());
        values.put("{{pluginGroupId}}", release.groupId());
        values.put("{{pluginArtifactId}}", release.artifactId());
        values.put("{{date}}", today.toString());
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : BundledFiles.read(STARTER, "site.yml").entrySet()) {
            String name = fill(file.getKey(), values)
                    .replaceFirst("^github/", ".github/") // stored without the dot: Maven leaves dot-folders out of a jar
                    .replace("gitignore.txt", ".gitignore");
            String text = fill(new String(file.getValue(), StandardCharsets.UTF_8), xmlSafe(name, values));
            Path target = folder.resolve(name);
            Files.createDirectories(target.getParent());
            Files.writeString(target, text);
            written.add(name);
        }
        return written;
    }

    /** Copies one file of the bundled theme into the site's theme folder, to edit: it then takes the bundled one's place. */
    public static Path themeOverride(Path themeFolder, String name) throws IOException {
        String relative = name.replace('\\', '/').replaceFirst("^/+", "");
        if (BundledTheme.file(relative) == null) {
            for (String prefix : List.of("templates/", "assets/", "assets/css/", "assets/js/", "assets/easy-read/pictures/", "fonts/")) {
                if (BundledTheme.file(prefix + relative) != null) {
                    relative = prefix + relative;
                    break;
                }
            }
        }
        byte[] bytes = BundledTheme.file(relative);
        if (bytes == null) {
            throw new IllegalArgumentException("the default theme has no file " + name + "; it has "
                    + String.join(", ", BundledTheme.names().stream().filter(n -> n.startsWith("templates/") || n.endsWith(".css")).toList()));
        }
        Path target = themeFolder.resolve(relative);
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " is there already: edit it, or delete it to start again from the default");
        }
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
        return target;
    }

    private static boolean hasFiles(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.findAny().isPresent();
        }
    }

    private static String fill(String text, Map<String, String> values) {
        String result = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace(value.getKey(), value.getValue());
        }
        return result;
    }

    /** In the pom, the name goes inside XML: its &, < and > are escaped there. */
    private static Map<String, String> xmlSafe(String file, Map<String, String> values) {
        if (!file.endsWith(".xml")) {
            return values;
        }
        Map<String, String> escaped = new LinkedHashMap<>(values);
        escaped.replaceAll((key, value) -> value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        return escaped;
    }

    /** A YAML scalar in double quotes, whatever the words hold. */
    private static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
