package org.socialcarefuture.northstar.a11y;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.socialcarefuture.northstar.problem.Problem;

/**
 * The gate on a finished site (the {@code check} command and goal): every HTML file, its links
 * and anchors. Findings point at the HTML file and line, since the Markdown is not at hand.
 */
public final class SiteCheck {

    /** The rules the bake does not apply to a newsletter's e-mail (see SitePages' newsletterEmail). */


    private SiteCheck() {
    }

    /**
     * @param site the folder of a built site
     * @param root the site's base path (links starting with it are internal), e.g. {@code /}
     */
    public static List<Problem> run(Path site, String root) throws IOException {
        if (!Files.isDirectory(site)) {
            throw new IOException(site + " is not a folder");
        }
        String display = site.toString().replace('\\', '/');
        // the pages are named as the report shows them ("site/blog/x/index.html"); the files they link to are under the site
        Gate gate = new Gate(Rules.all(), null, new SiteFiles(site, root, display + "/"));
        Set<String> files = new HashSet<>();
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = site.relativize(path).toString().replace('\\', '/');
                files.add(relative);
                if (relative.endsWith(".html")) {
                    pages.add(path);
                }
            }
        }
        // Pages are checked on every core; the results keep the pages' order, so the report reads the same each time.
        List<Gate.Checked> checked;
        List<Problem> notUtf8 = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            checked = pages.parallelStream().map(page -> {
            String relative = site.relativize(page).toString().replace('\\', '/');
            try {
                // A newsletter's e-mail is a letter, not a page of the site: the bake does not ask it for landmarks or a skip link either.
                // The editor's page at /admin/ (cms/AdminFiles) is one application, not a page of the site: it has its
                // language, title and main landmark, but no site header, menu or skip link, as in the bake.
                List<String> exempt = org.socialcarefuture.northstar.site.StandalonePages.isOne(relative)
                        ? org.socialcarefuture.northstar.site.StandalonePages.EXEMPT : List.of();
                byte[] bytes = Files.readAllBytes(page);
                if (!isUtf8(bytes)) {
                    // A page that is not UTF-8 is that page's problem; the rest is checked as the browser would read it.
                    notUtf8.add(Problem.error(display + "/" + relative, 0, "encoding", "the page is not UTF-8 text",
                            "save it as UTF-8 (the site's pages say <meta charset=\"utf-8\">)"));
                }
                return gate.check(new String(bytes, StandardCharsets.UTF_8), new Gate.Source(display + "/" + relative, null, null,
                        List.of(), exempt));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<Problem> problems = new ArrayList<>(notUtf8);
        Map<String, Set<String>> ids = new HashMap<>();
        Map<String, List<Gate.PageLink>> links = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            String relative = site.relativize(pages.get(i)).toString().replace('\\', '/');
            problems.addAll(checked.get(i).problems());
            ids.put(relative, checked.get(i).ids());
            links.put(relative, checked.get(i).links());
        }
        problems.addAll(LinkChecker.check(root, files, ids, links));
        return problems;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
