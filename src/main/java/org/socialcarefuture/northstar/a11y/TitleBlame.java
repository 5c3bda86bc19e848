package org.socialcarefuture.northstar.a11y;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socialcarefuture.northstar.problem.Problem;

/**
 * A page's title is the link text wherever the theme lists it, so a post titled "More" makes the gate
 * find vague link text in the theme's templates, a file the volunteer never wrote. Such a finding is
 * the title's: it is reported once, at the post's file and its title line, with the fix there.
 */
public final class TitleBlame {

    private static final String PREFIX = "link text \"";

    private TitleBlame() {
    }

    /**
     * @param titles  each published page's title, to its file under content/ and that file as shown to volunteers
     * @param content the content folder, to find the title's line
     */
    public static List<Problem> blame(List<Problem> problems, Map<String, String[]> titles, Path content) {
        if (titles.isEmpty()) {
            return problems;
        }
        Set<Problem> out = new LinkedHashSet<>();
        for (Problem problem : problems) {
            int at = problem.message().indexOf(PREFIX);
            int end = at < 0 ? -1 : problem.message().indexOf('"', at + PREFIX.length());
            String title = end < 0 ? null : problem.message().substring(at + PREFIX.length(), end);
            String[] page = title != null && problem.file().endsWith(".ftl") && problem.rule().equals("link-purpose") ? titles.get(title) : null;
            if (page == null) {
                out.add(problem);
                continue;
            }
            // the rule's label ("[WCAG 2.4.4 link-purpose] ") stays as the gate wrote it
            out.add(new Problem(page[1], titleLine(content.resolve(page[0])), 0, problem.severity(), problem.rule(),
                    problem.message().substring(0, at) + "the title \"" + title + "\" is the link text wherever the site lists this page, and does not say where it goes",
                    "give the page a title that says what it is about"));
        }
        return List.copyOf(out);
    }

    private static int titleLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("title:")) {
                    return i + 1;
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // the line is only a help; the file is still named
        }
        return 0;
    }
}
