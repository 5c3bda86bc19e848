package org.socialcarefuture.northstar.a11y;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.socialcarefuture.northstar.content.Exemption;
import org.socialcarefuture.northstar.problem.Problem;

/**
 * Step 7: the accessibility gate. Runs every rule over a built page and traces each finding to where
 * it can be fixed: the Markdown line (from {@code data-src-line}, which the renderer adds to every
 * block of content), or the theme template for everything else.
 */
public final class Gate {

    /**
     * Where a page came from.
     *
     * @param sitePath    the built file, e.g. {@code blog/2021/01/x/index.html}
     * @param contentFile the Markdown file shown in it, or null for generated pages
     * @param template    the template that rendered it, or null when checking a finished site
     * @param ignored     rules this page opts out of
     * @param exemptRules rules that do not apply to this kind of file (an e-mail has no site navigation)
     */
    public record Source(String sitePath, String contentFile, String template, List<Exemption> ignored,
                         List<String> exemptRules) {

        public Source(String sitePath, String contentFile, String template, List<Exemption> ignored) {
            this(sitePath, contentFile, template, ignored, List.of());
        }
    }

    /** An opt-out that was used, for the report. */
    public record Waiver(String file, int line, String rule, String reason, int findings) {
    }

    /** What checking one page found, plus what the link checker needs from it. */
    public record Checked(List<Problem> problems, List<Waiver> waivers, Set<String> ids, List<PageLink> links) {
    }

    /** A link on a page and where it came from. */
    public record PageLink(String href, String file, int line) {
    }

    private final List<Rule> rules;
    private final TemplateLines templates;
    private final SiteFiles files;

    public Gate(List<Rule> rules, TemplateLines templates) {
        this(rules, templates, SiteFiles.NONE);
    }

    /** @param files where the pages' links to the site's own files are on disk (a video's sound is read from its file) */
    public Gate(List<Rule> rules, TemplateLines templates, SiteFiles files) {
        this.rules = List.copyOf(rules);
        this.templates = templates;
        this.files = files;
    }

    public Checked check(String html, Source source) {
        // Source positions are only needed when there is no template to point at (checking a finished site).
        Parser parser = Parser.htmlParser().setTrackPosition(source.template() == null || templates == null);
        PageIndex page = new PageIndex(Jsoup.parse(html, "", parser), href -> files.find(source.sitePath(), href));
        List<Problem> problems = new ArrayList<>();
        List<Waiver> waivers = new ArrayList<>();
        for (Rule rule : rules) {
            if (source.exemptRules().contains(rule.id())) {
                continue;
            }
            List<Finding> findings = rule.check(page);
            Exemption waiver = waiverFor(source, rule);
            if (waiver != null) {
                waivers.add(new Waiver(source.contentFile(), waiver.line(), rule.id(), waiver.reason(), findings.size()));
                continue;
            }
            for (Finding finding : findings) {
                problems.add(toProblem(finding, source));
            }
        }
        Set<String> ids = new HashSet<>(page.ids.keySet());
        page.namedAnchors.forEach(e -> ids.add(e.attr("name")));
        // A link twice in one place is one finding; links are kept in page order.
        Set<PageLink> links = new java.util.LinkedHashSet<>();
        for (Element link : page.references) {
            if (link.hasAttr(org.socialcarefuture.northstar.site.SourceMarks.REPORTED)) {
                continue; // its missing target was reported at its Markdown line already
            }
            String href = link.hasAttr("href") ? link.attr("href") : link.attr("src");
            if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:") || href.startsWith("//")) {
                continue; // only links inside the site are checked; keeping the rest would only cost memory
            }
            links.add(pageLink(link, href, source));
        }
        return new Checked(problems, waivers, ids, List.copyOf(links));
    }

    /**
     * Checks a page's body on its own, in a plain frame that passes every rule: for a page whose front matter
     * keeps it out of the site (it has no address, so no template can show it), so that what is wrong in its
     * text is still reported in the same run. Findings are at the Markdown lines; links are not followed.
     */
    public List<Problem> checkBody(String bodyHtml, String contentFile, List<Exemption> ignored) {
        String page = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Page</title></head><body>"
                + "<a href=\"#main\">Skip to main content</a><header><nav aria-label=\"Main\"></nav></header>"
                + "<main id=\"main\"><h1>Page</h1><div data-src-body>" + bodyHtml + "</div></main><footer></footer></body></html>";
        return check(page, new Source(contentFile, contentFile, null, ignored)).problems();
    }

    private static Exemption waiverFor(Source source, Rule rule) {
        for (Exemption ignored : source.ignored()) {
            if (ignored.what().equals(rule.id())) {
                return ignored;
            }
        }
        return null;
    }

    private Problem toProblem(Finding finding, Source source) {
        Place place = place(finding.element(), source);
        String message = finding.bracket() + " " + finding.message();
        return new Problem(place.file, place.line, 0, finding.rule().blocking() ? Problem.Severity.ERROR : Problem.Severity.WARNING,
                finding.rule().id(), message, finding.fix());
    }

    private record Place(String file, int line) {
    }

    /**
     * Each of a template's links, by href: the theme's links repeat on every page, so each is placed once,
     * and the preview, which keeps every page's links, keeps one of each rather than one per page.
     */
    private final java.util.Map<String, java.util.Map<String, PageLink>> templateLinks = new java.util.concurrent.ConcurrentHashMap<>();

    private PageLink pageLink(Element link, String href, Source source) {
        if (source.template() == null || templates == null || (source.contentFile() != null && inContent(link))) {
            Place place = place(link, source);
            return new PageLink(href, place.file, place.line);
        }
        return templateLinks.computeIfAbsent(source.template(), t -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(href, h -> {
                    Place place = place(link, source);
                    return new PageLink(h, place.file, place.line);
                });
    }

    private Place place(Element element, Source source) {
        if (element != null && source.contentFile() != null && inContent(element)) {
            return new Place(source.contentFile(), contentLine(element));
        }
        if (source.template() == null || templates == null) {
            int line = element == null ? 0 : element.sourceRange().start().lineNumber();
            return new Place(source.sitePath(), Math.max(line, 0));
        }
        TemplateLines.Location location = templates.locate(source.template(), element);
        return new Place(location.file(), location.line());
    }

    /** Inside the Markdown body (the template marks it with data-src-body), not the theme around it. */
    private static boolean inContent(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr("data-src-body")) {
                return true;
            }
        }
        return false;
    }

    /** The element's own line, an ancestor's, or the nearest block before it (raw HTML has no line of its own). */
    private static int contentLine(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr("data-src-line")) {
                return Integer.parseInt(e.attr("data-src-line"));
            }
            if (e.hasAttr("data-src-body")) {
                break;
            }
        }
        for (Element e = element; e != null && !e.hasAttr("data-src-body"); e = e.parent()) {
            for (Element sibling = e.previousElementSibling(); sibling != null; sibling = sibling.previousElementSibling()) {
                Element marked = sibling.hasAttr("data-src-line") ? sibling : sibling.select("[data-src-line]").last();
                if (marked != null) {
                    return Integer.parseInt(marked.attr("data-src-line"));
                }
            }
        }
        return 0;
    }
}
