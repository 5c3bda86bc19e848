package org.socialcarefuture.northstar.starter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Maven archetype's contents, made from the same starter files as {@code new site}, so the two never
 * drift apart: {@code mvn archetype:generate -DarchetypeArtifactId=north-star-site-archetype} gives what
 * {@code new site} gives. The archetype project (archetype/pom.xml) runs this while it builds.
 *
 * <p>The starter's placeholders become the archetype's Velocity properties ({@code title}, and Maven's own
 * {@code groupId} and {@code artifactId}); file names that must start with a dot, or hold the date, use the
 * archetype's {@code __property__} names.
 */
public final class ArchetypeResources {

    private ArchetypeResources() {
    }

    /** {@code ArchetypeResources OUTPUT_FOLDER}: writes archetype-resources/ and META-INF/maven/archetype-metadata.xml there. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ArchetypeResources OUTPUT_FOLDER");
            System.exit(2);
        }
        write(Path.of(args[0]), NewSite.Release.ofThisBuild(), LocalDate.now(ZoneId.of("Europe/London")));
    }

    public static void write(Path output, NewSite.Release release, LocalDate today) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("{{titleYaml}}", "\"${title}\"");
        values.put("{{descriptionYaml}}", "\"News and writing from ${title}.\"");
        values.put("{{title}}", "${title}");
        values.put("{{groupId}}", "${groupId}");
        values.put("{{artifactId}}", "${artifactId}");
        values.put("{{version}}", release.version());
        values.put("{{pluginGroupId}}", release.groupId());
        values.put("{{pluginArtifactId}}", release.artifactId());
        values.put("{{date}}", "${date}");
        Path resources = output.resolve("archetype-resources");
        for (Map.Entry<String, byte[]> file : BundledFiles.read("north-star/starter/", "site.yml").entrySet()) {
            String name = file.getKey().replace("{{date}}", "__date__")
                    .replaceFirst("^github/", "__dotgithub__/")
                    .replace("gitignore.txt", "__gitignore__");
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            if (!name.startsWith("__dotgithub__/")) { // the workflow has GitHub's ${{ }} and none of ours: copied as it is
                // Velocity reads "##" as the start of a comment (Markdown headings!): kept as they are, unparsed.
                text = text.replace("##", "#[[##]]#");
                for (Map.Entry<String, String> value : values.entrySet()) {
                    text = text.replace(value.getKey(), value.getValue());
                }
            }
            Path target = resources.resolve(name);
            Files.createDirectories(target.getParent());
            Files.writeString(target, text);
        }
        Path metadata = output.resolve("META-INF/maven/archetype-metadata.xml");
        Files.createDirectories(metadata.getParent());
        // (Plain strings, not a text block: the plugin descriptor's source reader cannot parse one here.)
        Files.writeString(metadata, String.join("",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                "<!-- Made by North Star (ArchetypeResources) from the files that new site writes. -->\n",
                "<archetype-descriptor xmlns=\"https://maven.apache.org/plugins/maven-archetype-plugin/archetype-descriptor/1.1.0\"\n",
                "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n",
                "    xsi:schemaLocation=\"https://maven.apache.org/plugins/maven-archetype-plugin/archetype-descriptor/1.1.0 https://maven.apache.org/xsd/archetype-descriptor-1.1.0.xsd\"\n",
                "    name=\"north-star-site\">\n",
                "  <requiredProperties>\n",
                "    <requiredProperty key=\"title\"><defaultValue>Our group</defaultValue></requiredProperty>\n",
                "    <requiredProperty key=\"date\"><defaultValue>%s</defaultValue></requiredProperty>\n",
                "    <requiredProperty key=\"gitignore\"><defaultValue>.gitignore</defaultValue></requiredProperty>\n",
                "    <requiredProperty key=\"dotgithub\"><defaultValue>.github</defaultValue></requiredProperty>\n",
                "  </requiredProperties>\n",
                "  <fileSets>\n",
                "    <fileSet filtered=\"true\" encoding=\"UTF-8\">\n",
                "      <directory></directory>\n",
                "      <includes>\n",
                "        <include>README.md</include>\n",
                "        <include>site.yml</include>\n",
                "        <include>__gitignore__</include>\n",
                "      </includes>\n",
                "    </fileSet>\n",
                "    <fileSet filtered=\"true\" encoding=\"UTF-8\">\n",
                "      <directory>content</directory>\n",
                "      <includes><include>**/*</include></includes>\n",
                "    </fileSet>\n",
                "    <fileSet filtered=\"false\" encoding=\"UTF-8\">\n",
                "      <directory>__dotgithub__</directory>\n",
                "      <includes><include>**/*</include></includes>\n",
                "    </fileSet>\n",
                "  </fileSets>\n",
                "</archetype-descriptor>\n").formatted(today));
    }
}
