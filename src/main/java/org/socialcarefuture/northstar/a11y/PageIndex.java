package org.socialcarefuture.northstar.a11y;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;


import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.socialcarefuture.northstar.media.Soundtrack;
import org.socialcarefuture.northstar.media.Soundtrack.Sound;

/**
 * A built page walked once: the elements the rules look at, sorted by what they are. The rules read
 * these lists instead of each running its own CSS query over the whole page, so checking a page costs
 * one walk however many rules there are (the gate runs on every page of every bake).
 */
public final class PageIndex {

    private final Document page;
    final List<Element> images = new ArrayList<>();
    final List<Element> imageInputs = new ArrayList<>();
    final List<Element> links = new ArrayList<>();
    final List<Element> headings = new ArrayList<>();
    final List<Element> withId = new ArrayList<>();
    final List<Element> namedAnchors = new ArrayList<>();
    final List<Element> formControls = new ArrayList<>();
    final List<Element> tables = new ArrayList<>();
    final List<Element> tabindexed = new ArrayList<>();
    final List<Element> media = new ArrayList<>();
    final List<Element> iframes = new ArrayList<>();
    final List<Element> roles = new ArrayList<>();
    final List<Element> aria = new ArrayList<>();
    final List<Element> viewports = new ArrayList<>();
    final List<Element> refreshes = new ArrayList<>();
    final List<Element> bodyLang = new ArrayList<>();
    /** Elements whose links the link checker follows: a[href], stylesheets, img[src], script[src]. */
    final List<Element> references = new ArrayList<>();
    final Map<String, Element> ids = new HashMap<>();
    Element html;
    Element head;
    Element firstFocusable;
    boolean redirect;
    int mains;
    boolean banner;
    boolean navigation;
    boolean contentInfo;
    /** Every element in the body, in page order, for the rules that look at any element. */
    final List<Element> body = new ArrayList<>();
    private final Map<String, List<Element>> labelsByTarget = new HashMap<>();
    private final AccName accName = new AccName(this);

    private final Function<String, Path> files;
    private final Map<Element, Sound> sounds = new HashMap<>();

    public PageIndex(Document page) {
        this(page, href -> null);
    }

    /** @param files the file of the site a link on this page points at, or null when it is not one the gate can read */
    PageIndex(Document page, Function<String, Path> files) {
        this.page = page;
        this.files = files;
        walk(page, false);
    }

    /**
     * Whether a video or audio player's recording has sound, read from the first of its files (src, then each
     * source) that is in the site and can be read; unknown when none can. Read once per player.
     */
    Sound sound(Element media) {
        return sounds.computeIfAbsent(media, m -> {
            List<String> sources = new ArrayList<>();
            sources.add(m.attr("src"));
            m.select("source").forEach(s -> sources.add(s.attr("src")));
            for (String src : sources) {
                Path file = src.isBlank() ? null : files.apply(src.strip());
                var sound = file == null ? null : Soundtrack.of(file);
                if (sound != null && sound != Sound.UNKNOWN) {
                    return sound;
                }
            }
            return Sound.UNKNOWN;
        });
    }

    public Document page() {
        return page;
    }

    /** The element with this id (the first, as browsers do), or null. */
    Element byId(String id) {
        return ids.get(id);
    }

    /** An element's accessible name, computed once per page however many rules ask. */
    String name(Element element) {
        return accName.name(element);
    }

    /** The label elements whose for= names this id. */
    List<Element> labelsFor(String id) {
        return labelsByTarget.getOrDefault(id, List.of());
    }

    /** Every element below {@code root} in document order, without recursion: pasted HTML decides how deep it goes. */
    private void walk(Element root, boolean inBody) {
        Element element = root.firstElementChild();
        boolean body = inBody;
        java.util.ArrayDeque<Boolean> bodies = new java.util.ArrayDeque<>(); // inBody of each open parent below root
        while (element != null) {
            boolean here = body || element.normalName().equals("body");
            visit(element, here);
            Element first = element.firstElementChild();
            if (first != null) {
                bodies.push(body);
                body = here;
                element = first;
                continue;
            }
            // Next: the sibling, or the nearest ancestor's sibling, never climbing above root.
            while (element != root && element.nextElementSibling() == null) {
                element = element.parent();
                if (element == root || element == null) {
                    element = null;
                    break;
                }
                body = bodies.pop();
            }
            element = element == null ? null : element.nextElementSibling();
        }
    }

    private void visit(Element element, boolean inBody) {
        String tag = element.normalName();
        if (inBody) {
            body.add(element);
        }
        if (element.attributesSize() > 0) {
            attributes(element, tag, inBody);
        }
        switch (tag) {
            case "html" -> html = html == null ? element : html;
            case "head" -> head = head == null ? element : head;
            case "img" -> {
                images.add(element);
                if (element.hasAttr("src")) {
                    references.add(element);
                }
            }
            case "a" -> {
                if (element.hasAttr("href")) {
                    links.add(element);
                    references.add(element);
                    focusable(element, inBody);
                }
                if (element.hasAttr("name")) {
                    namedAnchors.add(element);
                }
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> headings.add(element);
            case "input", "select", "textarea" -> {
                formControls.add(element);
                focusable(element, inBody);
                if (tag.equals("input") && element.attr("type").equalsIgnoreCase("image")) {
                    imageInputs.add(element);
                }
            }
            case "button" -> focusable(element, inBody);
            case "label" -> {
                if (element.hasAttr("for")) {
                    labelsByTarget.computeIfAbsent(element.attr("for"), k -> new ArrayList<>(1)).add(element);
                }
            }
            case "table" -> tables.add(element);
            case "video", "audio" -> media.add(element);
            case "iframe" -> iframes.add(element);
            case "main" -> mains++;
            case "header" -> banner = true;
            case "nav" -> navigation = true;
            case "footer" -> contentInfo = true;
            case "meta" -> {
                if (element.attr("name").equalsIgnoreCase("viewport")) {
                    viewports.add(element);
                }
                if (element.attr("http-equiv").equalsIgnoreCase("refresh")) {
                    refreshes.add(element);
                    redirect = true;
                }
            }
            case "link" -> {
                if (element.hasAttr("href") && element.attr("rel").equalsIgnoreCase("stylesheet")) {
                    references.add(element);
                }
            }
            case "script" -> {
                if (element.hasAttr("src")) {
                    references.add(element);
                }
            }
            default -> {
            }
        }
    }

    private void attributes(Element element, String tag, boolean inBody) {
        boolean hasAria = false;
        for (Attribute attribute : element.attributes()) {
            String key = attribute.getKey();
            switch (key) {
                case "id" -> {
                    withId.add(element);
                    ids.putIfAbsent(attribute.getValue(), element);
                }
                case "role" -> {
                    roles.add(element);
                    switch (attribute.getValue().strip()) {
                        case "main" -> mains += tag.equals("main") ? 0 : 1;
                        case "banner" -> banner = true;
                        case "navigation" -> navigation = true;
                        case "contentinfo" -> contentInfo = true;
                        default -> {
                        }
                    }
                }
                case "tabindex" -> tabindexed.add(element);
                case "lang" -> {
                    if (inBody && !tag.equals("body")) {
                        bodyLang.add(element);
                    }
                }
                default -> hasAria |= key.regionMatches(true, 0, "aria-", 0, 5);
            }
        }
        if (hasAria) {
            aria.add(element);
        }
    }

    private void focusable(Element element, boolean inBody) {
        if (inBody && firstFocusable == null) {
            firstFocusable = element;
        }
    }
}
