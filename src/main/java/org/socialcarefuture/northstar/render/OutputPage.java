package org.socialcarefuture.northstar.render;

import java.util.Map;

/**
 * One file of the site to render: where it goes, with which template and data, and which content
 * file it comes from (so a problem found in it can be reported against that file).
 *
 * @param path     the file under the site root, e.g. {@code blog/2021/03/x/index.html}
 * @param template the theme template, e.g. {@code page.ftl}
 * @param model    the template's data
 * @param source   the content file it shows, or null for generated pages (lists, tags...)
 */
public record OutputPage(String path, String template, Map<String, Object> model, String source) {

    public boolean isHtml() {
        return path.endsWith(".html");
    }
}
