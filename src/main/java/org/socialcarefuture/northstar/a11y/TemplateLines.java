package org.socialcarefuture.northstar.a11y;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Finds the theme line an element most likely came from, by its tag and class or id, so theme
 * problems point at a template line rather than at generated HTML. Looks in the page's own template
 * first, then in the templates it imports.
 */
public final class TemplateLines {

    /** A template file and a line in it (0 when the element could not be matched). */
    public record Location(String file, int line) {
    }

    private static final Pattern IMPORT = Pattern.compile("<#(?:import|include)\\s+\"([^\"]+)\"");

    private final Path templateDir;
    /** The name a problem gives a template file: where the volunteer can open it. */
    private final java.util.function.UnaryOperator<String> display;
    private final Map<String, List<String>> lines = new ConcurrentHashMap<>();
    /** Pages share their markup: an element found once in a template is found there again without a search. */
    private final Map<String, Location> found = new ConcurrentHashMap<>();

    public TemplateLines(Path templateDir, java.util.function.UnaryOperator<String> display) {
        this.templateDir = templateDir;
        this.display = display;
    }

    /** Templates shown under a folder's name, e.g. "themes/default/templates". */
    public TemplateLines(Path templateDir, String display) {
        this(templateDir, name -> display + "/" + name);
    }

    public Location locate(String template, Element element) {
        if (element == null || template == null) {
            return new Location(display.apply(template == null ? "" : template), 0);
        }
        return found.computeIfAbsent(template + "|" + signature(element), key -> search(template, element));
    }

    /** The element and its ancestors by tag, id and first class: what the search below looks at. */
    private static String signature(Element element) {
        StringBuilder key = new StringBuilder();
        for (Element e = element; e != null; e = e.parent()) {
            key.append(e.normalName()).append('#').append(e.id()).append('.').append(firstClass(e)).append('/');
        }
        return key.toString();
    }

    /** The first class name, without splitting the whole class list into a set (this runs for every link). */
    private static String firstClass(Element element) {
        String classes = element.attr("class").strip();
        int space = 0;
        while (space < classes.length() && !Character.isWhitespace(classes.charAt(space))) {
            space++;
        }
        return classes.substring(0, space);
    }

    private Location search(String template, Element element) {
        List<String> candidates = new ArrayList<>();
        candidates.add(template);
        for (String line : lines(template)) {
            Matcher imported = IMPORT.matcher(line);
            while (imported.find()) {
                candidates.add(imported.group(1));
            }
        }
        // The element itself, else the nearest ancestor with an id or class: generated markup rarely repeats those.
        for (Element e = element; e != null; e = e.parent()) {
            String tag = "<" + e.tagName();
            String firstClass = firstClass(e);
            for (String needle : List.of(e.id().isEmpty() ? "" : "id=\"" + e.id() + "\"",
                    firstClass.isEmpty() ? "" : "class=\"" + firstClass)) {
                if (needle.isEmpty()) {
                    continue;
                }
                for (String candidate : candidates) {
                    List<String> text = lines(candidate);
                    for (int i = 0; i < text.size(); i++) {
                        if (text.get(i).contains(tag) && text.get(i).contains(needle)) {
                            return new Location(display.apply(candidate), i + 1);
                        }
                    }
                }
            }
        }
        return new Location(display.apply(template), 0);
    }

    private List<String> lines(String template) {
        return lines.computeIfAbsent(template, name -> {
            try {
                return Files.readAllLines(templateDir.resolve(name));
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
    }
}
