package org.socialcarefuture.northstar.render;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.socialcarefuture.northstar.content.Exemption;

/**
 * One file of the site to render: where it goes, with which template and data, and which content
 * file it comes from (so a problem found in it can be reported against that file).
 *
 * @param path     the file under the site root, e.g. {@code blog/2021/03/x/index.html}
 * @param template the theme template, e.g. {@code page.ftl}
 * @param models   makes the template's data when the file is rendered: a large site's pages would not all fit
 *                 in memory at once as data, and making it on the rendering thread uses every core
 * @param source   the content file it shows, or null for generated pages (lists, tags...)
 * @param ignored  accessibility rules the content file opts out of
 * @param texts    makes the file's text when it has no template (feeds, the search index)
 * @param exemptRules gate rules that do not apply to this kind of file (e.g. landmarks in an e-mail)
 * @param inputs   what the file's data (or, without a template, its text) is wholly made from: equal inputs,
 *                 equal file; so the preview can tell an unchanged file without making it; null when not known
 */
public record OutputPage(String path, String template, Supplier<Map<String, Object>> models, String source,
                         List<Exemption> ignored, Supplier<String> texts, List<String> exemptRules, Object inputs) {

    public OutputPage(String path, String template, Map<String, Object> model, String source) {
        this(path, template, () -> model, source, List.of(), null, List.of(), null);
    }

    /**
     * A file whose data is made only when it is rendered, and wholly determined by {@code inputs}: equal
     * inputs make equal data, so the preview can tell an unchanged file without making its data.
     */
    public static OutputPage lazy(String path, String template, Object inputs, Supplier<Map<String, Object>> models,
                                  String source, List<Exemption> ignored) {
        return new OutputPage(path, template, models, source, ignored, null, List.of(), inputs);
    }

    /** A file whose data is made only when it is rendered. */
    public static OutputPage lazy(String path, String template, Supplier<Map<String, Object>> models, String source,
                                  List<Exemption> ignored) {
        return new OutputPage(path, template, models, source, ignored, null, List.of(), null);
    }

    /** A file written as it is (the search index), not through a template. */
    public static OutputPage file(String path, String text) {
        return new OutputPage(path, null, () -> Map.of(), null, List.of(), () -> text, List.of(), null);
    }

    /** A file written as it is and made when it is written (on every core), from {@code inputs}. */
    public static OutputPage file(String path, Supplier<String> texts, Object inputs) {
        return new OutputPage(path, null, () -> Map.of(), null, List.of(), texts, List.of(), inputs);
    }

    /** The file's text, made now (files without a template only). */
    public String text() {
        return texts.get();
    }

    /** The template's data, made now. */
    public Map<String, Object> model() {
        return models.get();
    }

    public boolean isHtml() {
        return path.endsWith(".html");
    }
}
