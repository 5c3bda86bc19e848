package org.socialcarefuture.northstar.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.socialcarefuture.northstar.config.SiteConfig;

/**
 * Every {@code site.yml} setting ({@link SiteConfig#KEYS}, what the loader accepts), explained with the words of the
 * starter's own site.yml (the file {@code new site} writes, which explains every setting above it), with its example
 * line. A setting the starter does not explain stops the docs build, so the two cannot drift apart.
 */
final class SettingsReference implements ReferencePage {

    /** The starter's site.yml inside the jar. */
    static final String STARTER = "/north-star/starter/site.yml";
    private static final Pattern SETTING = Pattern.compile("^#? ?([a-z_]+):(.*)$");

    @Override
    public String file() {
        return "reference/settings.md";
    }

    /** Each setting's explanation and example, as the starter's site.yml gives them. */
    record Explained(String comment, String example) {
    }

    static Map<String, Explained> explained() throws IOException {
        String text;
        try (var in = SettingsReference.class.getResourceAsStream(STARTER)) {
            if (in == null) {
                throw new IOException("the starter's site.yml is not on the class path (" + STARTER + ")");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Explained> settings = new LinkedHashMap<>();
        List<String> comment = new ArrayList<>();
        String lastComment = "";
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher setting = SETTING.matcher(line);
            if (setting.matches() && SiteConfig.KEYS.contains(setting.group(1))) {
                // settings that share one comment (footer and licence; the three numbers) share its words
                String words = comment.isEmpty() ? lastComment : String.join(" ", comment);
                StringBuilder example = new StringBuilder(example(line.replaceFirst("^# ?", ""))).append('\n');
                for (int j = i + 1; j < lines.size() && lines.get(j).matches("^#?\\s{2,}\\S.*"); j++) {
                    example.append(lines.get(j).replaceFirst("^# ?", "")).append('\n');
                }
                settings.put(setting.group(1), new Explained(words, example.toString()));
                lastComment = words;
                comment.clear();
            } else if (line.startsWith("# ") && !line.matches("^#\\s{2,}.*")) {
                comment.add(line.substring(2).strip());
            } else if (line.isBlank()) {
                comment.clear();
            }
        }
        return settings;
    }

    /** The starter fills in the group's name; the reference shows an example group's. */
    private static String example(String line) {
        return line.replace("{{titleYaml}}", "Leeds Carers Voice")
                .replace("{{descriptionYaml}}", "Carers in Leeds, speaking up for an equal life for the people we care for.");
    }

    @Override
    public String markdown() throws IOException {
        Map<String, Explained> explained = explained();
        TreeSet<String> missing = new TreeSet<>(SiteConfig.KEYS);
        missing.removeAll(explained.keySet());
        if (!missing.isEmpty()) {
            throw new IOException("the starter's site.yml (src/main/resources" + STARTER + ") does not explain " + missing
                    + ": add a comment and an example line for each, as for the other settings");
        }
        StringBuilder page = new StringBuilder(ReferencePage.frontMatter("Every site.yml setting",
                "What each setting in site.yml does, with an example."));
        page.append("`site.yml` sits beside `pom.xml` and holds everything that makes a site a group's own. Every setting is")
                .append(" optional. A mistake in it is an error at its line ([settings](problems.md#settings)). This page is")
                .append(" made from the code each time the documentation is built. The [guide to site.yml](../groups/site-yml.md)")
                .append(" shows a whole file.\n\n");
        for (String key : SiteConfig.KEYS) {
            Explained setting = explained.get(key);
            page.append("## ").append(key).append("\n\n").append(setting.comment()).append("\n\n")
                    .append(ReferencePage.code("yaml", setting.example()));
            if (key.equals("colours")) {
                page.append("The colours a site may set: ").append(String.join(", ", new TreeSet<>(SiteConfig.COLOUR_NAMES)
                        .stream().map(name -> "`" + name + "`").toList())).append(". Under `dark:` the same names set the dark scheme.\n\n");
            }
            if (key.equals("pdfs")) {
                page.append("The kinds it may list: ").append(String.join(", ", SiteConfig.PDF_KINDS.stream()
                        .map(kind -> "`" + kind + "`").toList())).append(".\n\n");
            }
        }
        return page.toString();
    }
}
