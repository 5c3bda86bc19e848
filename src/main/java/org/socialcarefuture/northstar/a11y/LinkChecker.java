package org.socialcarefuture.northstar.a11y;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socialcarefuture.northstar.address.Addresses;
import org.socialcarefuture.northstar.problem.Problem;

/**
 * Broken internal links and anchors, checked once every page is built: a link that goes nowhere
 * fails WCAG 2.4.4 as surely as one that says "click here".
 */
public final class LinkChecker {

    /** Where a link leads: the file it names (null when the site has no such file) and the anchor in it. */
    private record Destination(String file, String anchor, String path) {
    }

    private final String root;
    private final Set<String> files;
    private final Map<String, Set<String>> ids;
    /** The same links recur on page after page (the theme's, and a folder's relative ones): each is resolved once. */
    private final Map<String, java.util.Optional<Destination>> resolved = new java.util.HashMap<>();

    /**
     * @param root  the site's base path, e.g. {@code /} or {@code /north-star/}
     * @param files every file of the site, by path under the site root
     * @param ids   the ids of each HTML page, by path
     */
    public LinkChecker(String root, Set<String> files, Map<String, Set<String>> ids) {
        this.root = root;
        this.files = files;
        this.ids = ids;
    }

    /** Checks the links of every page; {@code links} are each HTML page's links, by path. */
    public static List<Problem> check(String root, Set<String> files, Map<String, Set<String>> ids,
                                      Map<String, List<Gate.PageLink>> links) {
        LinkChecker checker = new LinkChecker(root, files, ids);
        List<Problem> problems = new ArrayList<>();
        links.forEach((page, pageLinks) -> problems.addAll(checker.page(page, pageLinks)));
        return problems;
    }

    /** The broken links and anchors of one page (not thread-safe: one checker per thread). */
    public List<Problem> page(String page, List<Gate.PageLink> pageLinks) {
        List<Problem> problems = new ArrayList<>();
        String folder = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
        for (Gate.PageLink link : pageLinks) {
            String href = link.href();
            Destination destination;
            try {
                destination = href.startsWith("#") ? new Destination(page, href.substring(1), page)
                        : resolved.computeIfAbsent((href.startsWith("/") ? "" : folder) + '\n' + href,
                                key -> java.util.Optional.ofNullable(destination(target(root, page, href)))).orElse(null);
            } catch (RuntimeException unresolvable) {
                // Whatever an address holds, it is that link's problem at its line, never the end of the check.
                destination = new Destination(null, "", "\0");
            }
            if (destination == null) {
                continue;
            }
            if (destination.file() == null && Addresses.hasControlCharacter(destination.path())) {
                problems.add(Problem.error(link.file(), link.line(), "broken-link",
                        "[WCAG 2.4.4 broken-link] the link to " + link.href() + " cannot be an address on this site: it holds a control character (such as %00)",
                        "check the address and take out the %00 or other % code; link to Markdown files (e.g. ../about.md) and the build finds their address"));
                continue;
            }
            if (destination.file() == null) {
                problems.add(Problem.error(link.file(), link.line(), "broken-link",
                        "[WCAG 2.4.4 broken-link] the link to " + link.href() + " goes to a page that does not exist",
                        "check the address; link to Markdown files (e.g. ../about.md) and the build finds their address"));
                continue;
            }
            String anchor = destination.anchor();
            Set<String> targetIds = ids.get(destination.file());
            if (!anchor.isEmpty() && targetIds != null && !targetIds.contains(decode(anchor))) {
                problems.add(Problem.error(link.file(), link.line(), "broken-anchor",
                        "[WCAG 2.4.4 broken-anchor] the link to " + link.href() + " points at #" + anchor
                                + ", which is not on that page",
                        "link to a heading's id (its text in lower case with hyphens, e.g. #five-key-changes)"));
            }
        }
        return problems;
    }

    /** The file a site path names (a folder means its index.html) and its anchor; null for links off the site. */
    private Destination destination(String target) {
        if (target == null) {
            return null;
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? "" : target.substring(hash + 1);
        if (path.isEmpty() || path.endsWith("/")) {
            path = path + "index.html";
        }
        String file = files.contains(path) ? path : files.contains(path + "/index.html") ? path + "/index.html" : null;
        return new Destination(file, anchor, path);
    }

    /** The site path a link points at, or null for links to other sites, mail and the like. */
    static String target(String root, String page, String href) {
        if (href.isEmpty() || href.startsWith("//") || hasScheme(href)) {
            return null;
        }
        int query = href.indexOf('?');
        if (query >= 0) {
            int hash = href.indexOf('#');
            href = href.substring(0, query) + (hash > query ? href.substring(hash) : "");
        }
        if (href.startsWith("#")) {
            return page + href;
        }
        if (href.startsWith("/")) {
            return href.startsWith(root) ? java.text.Normalizer.normalize(decode(href.substring(root.length())), java.text.Normalizer.Form.NFC) : null;
        }
        String folder = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
        // Worked out as text: a path the file system would refuse (a NUL, say) is simply a page the site does not have.
        String resolved = Addresses.resolve(folder, decode(href));
        return resolved == null ? null : resolved + (href.endsWith("/") && !resolved.isEmpty() && !resolved.endsWith("/") ? "/" : "");
    }

    /** Whether the link starts with a scheme such as https: or mailto: (RFC 3986: a letter, then letters, digits, + . -). */
    private static boolean hasScheme(String href) {
        if (!isAsciiLetter(href.charAt(0))) {
            return false;
        }
        for (int i = 1; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
