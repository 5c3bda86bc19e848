package org.socialcarefuture.northstar.render;

import java.util.List;
import java.util.Map;

import org.socialcarefuture.northstar.content.Exemption;

/**
 * One file of the site to render: where it goes, with which template and data, and which content
 * file it comes from (so a problem found in it can be reported against that file).
 *
 * @param path     the file under the site root, e.g. {@code blog/2021/03/x/index.html}
 * @param template the theme template, e.g. {@code page.ftl}
 * @param model    the template's data
 * @param source   the content file it shows, or null for generated pages (lists, tags...)
 * @param ignored  accessibility rules the content file opts out of
 * @param text     the file's text when it has no template
 * @param exemptRules gate rules that do not apply to this kind of file (e.g. landmarks in an e-mail)
 */
public record OutputPage(String path, String template, Map<String, Object> model, String source,
                         List<Exemption> ignored, String text, List<String> exemptRules) {

    public OutputPage(String path, String template, Map<String, Object> model, String source) {
        this(path, template, model, source, List.of(), null, List.of());
    }

    public OutputPage(String path, String template, Map<String, Object> model, String source, List<Exemption> ignored) {
        this(path, template, model, source, ignored, null, List.of());
    }

    /** A file written as it is (feeds, search index), not through a template. */
    public static OutputPage file(String path, String text) {
        return new OutputPage(path, null, Map.of(), null, List.of(), text, List.of());
    }

    public boolean isHtml() {
        return path.endsWith(".html");
    }
}
