package org.socialcarefuture.northstar.cms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socialcarefuture.northstar.format.ContentFormat;
import org.socialcarefuture.northstar.format.Field;
import org.socialcarefuture.northstar.format.FieldKind;
import org.socialcarefuture.northstar.format.PageKind;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The browser editor's {@code admin/config.yml} (Decap CMS), made by every bake from {@link ContentFormat}: one
 * collection per kind of page, with the folder and file names the loader expects and a form field for every
 * front-matter key, its hint in the words of docs/volunteers/writing.md. Never written by hand, so it cannot drift from the
 * format; a kind the site has no pages of is there all the same, so its first page can be written.
 *
 * <p>Remote editing is GitHub with the editorial workflow: each new post is a branch and a pull request, and the
 * site's workflow reports its checks on it as the commit status {@link #STATUS_CONTEXT}, whose link the editor
 * shows. Local editing needs no account: the preview answers the editor's proxy protocol (see LocalBackend).
 */
public final class CmsConfig {

    /** The commit status the site's workflow sets on each pull request, and the editor shows as its preview. */
    public static final String STATUS_CONTEXT = "North Star checks";
    /** Where content/ pictures go; a lead picture is written {@code /images/name.jpg}, which the loader reads from content/. */
    public static final String PICTURES = "images";

    private CmsConfig() {
    }

    public static String yaml(ContentFormat format, CmsSettings settings) {
        Map<String, Object> config = new LinkedHashMap<>();
        Map<String, Object> backend = new LinkedHashMap<>();
        backend.put("name", "github");
        backend.put("repo", settings.repository());
        backend.put("branch", settings.branch());
        if (!settings.authUrl().isEmpty()) {
            backend.put("base_url", settings.authUrl());
        }
        backend.put("preview_context", STATUS_CONTEXT);
        Map<String, String> messages = new java.util.LinkedHashMap<>();
        messages.put("create", "Add {{collection}} \"{{slug}}\"");
        messages.put("update", "Edit {{collection}} \"{{slug}}\"");
        messages.put("delete", "Delete {{collection}} \"{{slug}}\"");
        messages.put("uploadMedia", "Add picture \"{{path}}\"");
        messages.put("deleteMedia", "Delete picture \"{{path}}\"");
        backend.put("commit_messages", messages);
        config.put("backend", backend);
        config.put("publish_mode", "editorial_workflow");
        config.put("locale", "en");
        config.put("site_url", settings.siteUrl());
        config.put("display_url", settings.siteUrl());
        config.put("media_folder", settings.contentFolder() + "/" + PICTURES);
        config.put("public_folder", "/" + PICTURES);
        // Addresses as the loader makes them: lower case, accents taken off, hyphens between words.
        config.put("slug", inOrder("encoding", "ascii", "clean_accents", true, "sanitize_replacement", "-"));
        List<Object> collections = new ArrayList<>();
        for (PageKind kind : format.kinds()) {
            collections.add(collection(kind, settings));
        }
        config.put("collections", collections);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(1000);
        options.setIndicatorIndent(0);
        return "# Made by North Star from the content format on every bake: do not edit (your changes would be lost).\n"
                + "# The editor at /admin/ reads it. docs/maintainers/cms-setup.md says how to set the repository.\n"
                + new Yaml(options).dump(config);
    }

    private static Map<String, Object> collection(PageKind kind, CmsSettings settings) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("name", kind.name());
        collection.put("label", kind.label());
        collection.put("label_singular", kind.singular());
        collection.put("description", kind.description());
        collection.put("folder", kind.folder().isEmpty() ? settings.contentFolder() : settings.contentFolder() + "/" + kind.folder());
        collection.put("create", true);
        collection.put("extension", kind.extension());
        collection.put("format", "yaml-frontmatter");
        if (kind.easyRead()) {
            // X.easy.md beside X.md: the file is named after the page it is the easy read of.
            collection.put("identifier_field", "slug");
            collection.put("slug", "{{slug}}");
            collection.put("summary", "{{title}} (easy read of {{slug}})");
        } else {
            collection.put("identifier_field", "title");
            // An event's file is dated by its start (it has no date: of its own); the others by their date.
            collection.put("slug", !kind.dated() ? "{{slug}}" : kind.field("start").isPresent()
                    ? "{{fields.start | date('YYYY-MM-DD')}}-{{slug}}" : "{{year}}-{{month}}-{{day}}-{{slug}}");
            collection.put("summary", kind.dated() && kind.field("date").isPresent() ? "{{title}} ({{date}})" : "{{title}}");
        }
        if (kind.field("date").isPresent()) {
            collection.put("sortable_fields", List.of("date", "title"));
        }
        List<Object> fields = new ArrayList<>();
        for (Field field : kind.fields()) {
            fields.add(field(field, settings));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("label", "Text");
        body.put("name", "body");
        body.put("widget", "markdown");
        body.put("hint", kind.easyRead()
                ? "Each point is a paragraph that starts with a picture, described in its own words."
                : "Headings start at Heading 2. Every picture needs its description; a picture that is only decoration: decorative. "
                        + "A pledge: the Pledge block.");
        fields.add(body);
        collection.put("fields", fields);
        return collection;
    }

    private static Map<String, Object> field(Field field, CmsSettings settings) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("label", field.label());
        out.put("name", field.key());
        out.put("widget", field.kind().widget());
        out.put("required", field.required());
        String hint = field.hint();
        if (field.key().equals("tags") && !settings.tags().isEmpty()) {
            hint += " Separate them with commas. Topics already used: " + String.join(", ", settings.tags()) + ".";
        }
        out.put("hint", hint);
        switch (field.kind()) {
            case DAY -> {
                out.put("format", "YYYY-MM-DD");
                out.put("date_format", "YYYY-MM-DD");
                out.put("time_format", false);
            }
            case DAY_AND_TIME -> {
                out.put("format", "YYYY-MM-DD HH:mm");
                out.put("date_format", "YYYY-MM-DD");
                out.put("time_format", "HH:mm");
            }
            case CHOICE -> out.put("options", field.choices());
            case PICTURE, FILE -> out.put("choose_url", false);
            case WORDS -> {
                if (!field.key().equals("tags")) { // one entry per row: an access sentence may have a comma
                    out.put("field", inOrder("label", field.label(), "name", "item", "widget", "string"));
                }
            }
            case RECORDS -> {
                List<Object> parts = new ArrayList<>();
                for (Field part : field.parts()) {
                    parts.add(field(part, settings));
                }
                out.put("fields", parts);
                out.put("summary", "{{fields." + field.parts().get(0).key() + "}}");
            }
            default -> { }
        }
        return out;
    }

    /** Keys in the order given: Map.of's order changes from run to run, and each bake must write the same file. */
    private static Map<String, Object> inOrder(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
