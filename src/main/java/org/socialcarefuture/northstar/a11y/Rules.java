package org.socialcarefuture.northstar.a11y;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Attribute;
import org.socialcarefuture.northstar.aria.AriaData;

/**
 * The gate's rules over built HTML, each tied to a WCAG 2.2 success criterion. They look only at
 * what a browser would get, so they catch problems from content and theme alike.
 */
public final class Rules {

    /** A rule defined by a function that reports into a list. */
    record Simple(String id, String wcag, boolean blocking, String act, BiConsumer<PageIndex, Reporter> body) implements Rule {
        Simple(String id, String wcag, boolean blocking, BiConsumer<PageIndex, Reporter> body) {
            this(id, wcag, blocking, "", body);
        }

        @Override
        public List<Finding> check(PageIndex page) {
            Reporter reporter = new Reporter(this);
            body.accept(page, reporter);
            return reporter.findings;
        }
    }

    /** Collects findings for one rule on one page. */
    static final class Reporter {
        private final Rule rule;
        private final List<Finding> findings = new ArrayList<>();

        Reporter(Rule rule) {
            this.rule = rule;
        }

        void report(Element element, String message, String fix) {
            findings.add(new Finding(rule, element, message, fix));
        }

        /** A failure of a named ACT rule other than the rule's own. */
        void reportAct(String act, Element element, String message, String fix) {
            findings.add(new Finding(rule, element, message, fix, act, false));
        }

        /** The site's own rule, where the ACT rule passes: printed with "policy" in the bracket. */
        void reportPolicy(Element element, String message, String fix) {
            findings.add(new Finding(rule, element, message, fix, "", true));
        }
    }

    static final Set<String> VAGUE_LINK_TEXT = Set.of("here", "click here", "read more", "more", "this", "link",
            "this link", "click", "click this", "go", "this page", "more info", "find out more", "learn more", "continue");

    private static final int LONGEST_VAGUE_TEXT = 40; // longer link text is never vague: skip the lower-casing
    private static final List<String> ID_REFERENCES = List.of("aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "aria-details");
    private static final Pattern MAXIMUM_SCALE = Pattern.compile("maximum-scale=([0-9.]+)");

    private Rules() {
    }

    private static List<Rule> base() {
        return List.of(PictureRules.imageAlt(), PictureRules.decorativeImage(), PictureRules.imageOfText(), htmlLang(), documentTitle(), singleH1(),
                headingOrder(), emptyHeading(), linkName(), linkPurpose(), LinkContext.sameLinkText(), duplicateId(), formLabel(),
                tableHeaders(), positiveTabindex(), PictureRules.autoplay(), PictureRules.iframeTitle(), PictureRules.videoCaptions(), PictureRules.videoDescription(),
                PictureRules.videoAudioDescription(), landmarks(), skipLink(),
                ariaAttribute(), ariaReference(), ariaRole(), viewportZoom(), metaRefresh());
    }

    /** The gate's own rules and the ACT rules, in the order their findings are printed. */
    public static List<Rule> all() {
        List<Rule> all = new ArrayList<>(base());
        all.addAll(ActRules.all());
        all.addAll(AriaRules.all());
        all.addAll(LabelRules.all());
        all.addAll(SensoryRules.all());
        return List.copyOf(all);
    }

    /** Every rule id, for checking a page's a11y_ignore; made once, as every page asks. */
    public static Set<String> ids() {
        return IDS;
    }

    private static final Set<String> IDS = allIds();

    private static Set<String> allIds() {
        Set<String> ids = new java.util.TreeSet<>();
        all().forEach(rule -> ids.add(rule.id()));
        ids.add(ThemeContrast.RULE_ID);
        return java.util.Collections.unmodifiableSet(ids);
    }

    static Rule htmlLang() {
        return new Simple("html-lang", "3.1.1", true, "b5c3f8", (page, out) -> {
            Element html = page.html;
            String lang = html == null ? "" : html.attr("lang").strip();
            if (lang.isEmpty()) {
                out.report(html, "the page does not say its language", "add lang=\"en-GB\" to the <html> element of the template");
            } else if (!LanguageTags.validPrimary(lang)) {
                out.reportAct("bf051a", html, "the page language " + Text.quote(lang) + " is not a language in the IANA registry", "use lang=\"en-GB\"");
            }
        });
    }

    static Rule documentTitle() {
        return new Simple("document-title", "2.4.2", true, (page, out) -> {
            if (page.page().title().isBlank()) {
                out.report(page.head, "the page has no <title>", "give every template a <title>");
            }
        });
    }

    static Rule singleH1() {
        return new Simple("single-h1", "1.3.1", true, (page, out) -> {
            List<Element> h1s = page.headings.stream().filter(h -> h.normalName().equals("h1")).toList();
            if (h1s.isEmpty() && !page.redirect) {
                out.report(page.page().body(), "the page has no main heading (h1)", "give the page one # heading, or a title");
            }
            for (int i = 1; i < h1s.size(); i++) {
                out.report(h1s.get(i), "a second main heading (h1) " + Text.quote(h1s.get(i).text()),
                        "the title is the page's only h1; use ## for headings in the text");
            }
        });
    }

    static Rule headingOrder() {
        return new Simple("heading-order", "1.3.1", true, (page, out) -> {
            int previous = 0;
            for (Element heading : page.headings) {
                int level = heading.tagName().charAt(1) - '0';
                if (previous > 0 && level > previous + 1) {
                    out.report(heading, "heading " + Text.quote(heading.text()) + " jumps from level " + previous + " to " + level,
                            "use " + "#".repeat(previous + 1) + " for this heading so no level is skipped");
                }
                previous = level;
            }
        });
    }

    static Rule emptyHeading() {
        return new Simple("empty-heading", "1.3.1", true, "ffd0e9", (page, out) -> {
            for (Element heading : page.headings) {
                if (Semantics.included(heading) && "heading".equals(Semantics.role(heading)) && page.name(heading).isEmpty()) {
                    out.report(heading, "a heading has no text", "write the heading's words, or remove the empty #");
                }
            }
        });
    }

    static Rule linkName() {
        return new Simple("link-name", "2.4.4", true, "c487ae", (page, out) -> {
            for (Element link : page.body) {
                String role = Semantics.role(link);
                boolean isLink = "link".equals(role) || role != null && AriaData.isRole(role) && AriaData.role(role).superclasses().contains("link");
                if (!isLink || !Semantics.included(link)) {
                    continue;
                }
                if (page.name(link).isEmpty()) {
                    out.report(link, "a link to " + Text.quote(link.attr("href")) + " has no text, so screen readers cannot say where it goes",
                            "write link text, e.g. [our vision](vision.md), or give its picture alt text");
                }
            }
        });
    }

    static Rule linkPurpose() {
        return new Simple("link-purpose", "2.4.4", true, "5effbb", (page, out) -> {
            for (Element link : page.body) {
                if (!"link".equals(Semantics.role(link)) || !Semantics.included(link)) {
                    continue;
                }
                String name = page.name(link);
                if (name.length() <= LONGEST_VAGUE_TEXT && VAGUE_LINK_TEXT.contains(withoutEndPunctuation(name.toLowerCase(Locale.ROOT)))) {
                    out.report(link, "link text " + Text.quote(name) + " does not say where it goes",
                            "describe the destination, e.g. [read the inquiry report](...)");
                } else if (LinkContext.kindOnly(name) && !LinkContext.hasContext(page, link)) {
                    out.report(link, "link text " + Text.quote(name) + " says what kind of file it is, but nothing around it says which",
                            "name the document in the link or the sentence around it, e.g. [the 2024 report (PDF)](...)");
                }
            }
        });
    }

    static Rule duplicateId() {
        return new Simple("duplicate-id", "1.3.1", true, (page, out) -> {
            Map<String, Element> seen = new HashMap<>();
            for (Element element : page.withId) {
                if (seen.putIfAbsent(element.id(), element) != null) {
                    out.report(element, "the id " + Text.quote(element.id()) + " is used twice on this page",
                            "give the second heading or element a different name (ids come from heading text)");
                }
            }
        });
    }

    private static final Set<String> FIELD_ROLES = Set.of("checkbox", "combobox", "listbox", "menuitemcheckbox", "menuitemradio",
            "radio", "searchbox", "slider", "spinbutton", "switch", "textbox");

    static Rule formLabel() {
        return new Simple("form-label", "1.3.1", true, "e086e5", (page, out) -> {
            for (Element control : page.body) {
                String role = Semantics.role(control);
                if (role == null || !FIELD_ROLES.contains(role) || !Semantics.included(control)) {
                    continue;
                }
                if (page.name(control).isEmpty()) {
                    out.report(control, "a form field has no label", "add <label for=\"...\"> with words that say what to enter");
                }
            }
        });
    }

    static Rule tableHeaders() {
        return new Simple("table-headers", "1.3.1", true, (page, out) -> {
            for (Element table : page.tables) {
                String role = Semantics.role(table);
                if (!"table".equals(role) || !Semantics.included(table)) {
                    continue; // a layout table (role="presentation") or a grid: not a data table that needs headers
                }
                if (table.select("th, [role=columnheader], [role=rowheader]").isEmpty()) {
                    // WCAG fails only a data table whose headers are not marked (F91); whether a table holds data or only
                    // lays words out needs a reader, so a header row for every table is the site's policy
                    out.reportPolicy(table, "a table has no header cells", "give the table a header row: | Who | What | then | --- | --- |");
                }
            }
        });
    }

    static Rule positiveTabindex() {
        return new Simple("tabindex", "2.4.3", true, (page, out) -> {
            for (Element element : page.tabindexed) {
                try {
                    if (Integer.parseInt(element.attr("tabindex").strip()) > 0) {
                        out.report(element, "tabindex=" + element.attr("tabindex") + " changes the keyboard order",
                                "remove tabindex, or use 0 or -1");
                    }
                } catch (NumberFormatException e) {
                    out.report(element, "tabindex=" + Text.quote(element.attr("tabindex")) + " is not a number", "use 0 or -1");
                }
            }
        });
    }

    static Rule landmarks() {
        return new Simple("landmarks", "1.3.1", true, (page, out) -> {
            if (page.mains != 1) {
                out.report(page.page().body(), "the page has " + page.mains + " main areas (<main>); it needs exactly one",
                        "wrap the page's own content in one <main> in the template");
            }
            if (page.redirect) {
                return; // a redirect page is a single message with a link
            }
            if (!page.banner || !page.navigation || !page.contentInfo) {
                out.report(page.page().body(), "the page lacks a header, navigation or footer landmark",
                        "use <header>, <nav> and <footer> in the template");
            }
        });
    }

    static Rule skipLink() {
        return new Simple("skip-link", "2.4.1", true, (page, out) -> {
            if (page.redirect) {
                return;
            }
            Element first = page.firstFocusable;
            String target = first == null ? "" : first.attr("href");
            if (!target.startsWith("#") || target.length() < 2 || page.byId(target.substring(1)) == null) {
                out.report(first == null ? page.page().body() : first, "the page has no working skip link",
                        "make the first link of the template <a href=\"#main\">Skip to main content</a>, with id=\"main\" on <main>");
            }
        });
    }

    static Rule ariaAttribute() {
        return new Simple("aria-attribute", "4.1.2", true, "5f99a7", (page, out) -> {
            for (Element element : page.aria) {
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    if (!name.startsWith("aria-")) {
                        continue;
                    }
                    if (!AriaData.isAttribute(name)) {
                        out.report(element, name + " is not an ARIA attribute", "check the spelling against the ARIA list, or remove it");
                    } else {
                        String wrong = AriaValues.problem(AriaData.attribute(name), attribute.getValue());
                        if (wrong != null) {
                            out.reportAct("6a7281", element, name + "=" + Text.quote(attribute.getValue()) + " " + wrong, "use a value ARIA allows");
                        }
                    }
                }
            }
        });
    }

    /**
     * An ID reference none of whose ids is on the page. Where ARIA requires the reference (aria-controls on an open
     * combobox or on a scrollbar) it fails ACT in6db8; elsewhere the page still works, but the reference is a mistake.
     */
    static Rule ariaReference() {
        return new Simple("aria-reference", "4.1.2", true, (page, out) -> {
            for (Element element : page.aria) {
                for (String attribute : ID_REFERENCES) {
                    String value = element.attr(attribute).strip();
                    if (value.isEmpty()) {
                        continue;
                    }
                    boolean any = false;
                    for (String id : value.split("\\s+")) {
                        any |= page.byId(id) != null;
                    }
                    if (any) {
                        continue;
                    }
                    String message = attribute + " points at id " + Text.quote(value) + ", which is not on the page";
                    String fix = "point it at an element that exists, or remove it";
                    String role = Semantics.role(element);
                    boolean required = attribute.equals("aria-controls") && Semantics.included(element)
                            && ("scrollbar".equals(role) || "combobox".equals(role) && element.attr("aria-expanded").strip().equals("true"));
                    if (required) {
                        out.reportAct("in6db8", element, message, fix);
                    } else {
                        out.reportPolicy(element, message, fix); // ACT in6db8 passes a reference ARIA does not require
                    }
                }
            }
        });
    }

    static Rule ariaRole() {
        return new Simple("aria-role", "4.1.2", true, "674b10", (page, out) -> {
            for (Element element : page.roles) {
                String roles = element.attr("role").strip();
                // a fallback list is fine when a browser knows one of its roles; role="" says nothing
                if (!roles.isEmpty() && Semantics.explicitRole(element) == null && !Semantics.hidden(element)) {
                    out.report(element, "role=" + Text.quote(roles) + " is not an ARIA role", "use a role from the ARIA list, or remove it");
                }
            }
        });
    }

    /** A page that reloads or moves on by itself after a delay (ACT bc659a, bisz58); at once (0 seconds) is a redirect, which is fine. */
    static Rule metaRefresh() {
        return new Simple("meta-refresh", "2.2.1", true, "bc659a", (page, out) -> {
            for (Element meta : page.refreshes) {
                String content = meta.attr("content").strip();
                java.util.regex.Matcher m = REFRESH.matcher(content);
                if (m.find() && Double.parseDouble(m.group(1)) > 0 && Double.parseDouble(m.group(1)) <= 72_000) {
                    out.report(meta, "the page reloads or moves on by itself after " + m.group(1) + " seconds",
                            "remove the refresh, or send readers on at once (content=\"0; url=...\")");
                }
            }
        });
    }

    private static final Pattern REFRESH = Pattern.compile("^(\\d+(?:\\.\\d*)?)\\s*(?:$|[;,\\s])");

    static Rule viewportZoom() {
        return new Simple("viewport-zoom", "1.4.4", true, (page, out) -> {
            for (Element meta : page.viewports) {
                String content = meta.attr("content").toLowerCase(Locale.ROOT).replace(" ", "");
                boolean blocked = content.contains("user-scalable=no") || content.contains("user-scalable=0");
                var max = MAXIMUM_SCALE.matcher(content);
                if (max.find()) {
                    try {
                        blocked |= Double.parseDouble(max.group(1)) < 2;
                    } catch (NumberFormatException e) {
                        blocked = true;
                    }
                }
                if (blocked) {
                    out.report(meta, "the page stops readers from zooming", "remove user-scalable=no and maximum-scale from the viewport meta");
                }
            }
        });
    }

    /** "Read more." and "Read more" are the same vague text. */
    private static String withoutEndPunctuation(String text) {
        int end = text.length();
        while (end > 0 && ".!:…".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end).strip();
    }
}
