package org.socialcarefuture.northstar.docs;

import java.util.List;
import java.util.TreeSet;

import org.socialcarefuture.northstar.content.ContentLoader;

/**
 * Every front-matter key the content loader accepts today ({@link ContentLoader#KNOWN_KEYS}), each linked to the guide
 * that explains it. When the registry of every type's keys (format.ContentFormat) is merged, its own Markdown reference
 * takes this page's place in {@link DocsSite#referencePages}.
 */
final class FrontMatterReference implements ReferencePage {

    /** The guide that explains each group of keys; a key in no group is listed under "Other keys". */
    private static final List<Group> GROUPS = List.of(
            new Group("Every page", "the writing guide's table of keys", "../volunteers/writing.md#front-matter-keys", List.of("title", "date", "author", "authors", "tags",
                    "summary", "image", "image_alt", "status", "aliases", "type", "slug", "pdf")),
            new Group("Letters", "the writing guide's table of keys", "../volunteers/writing.md#front-matter-keys", List.of("to", "signatories")),
            new Group("Events", "the guide to events", "../volunteers/events.md", List.of("start", "end", "timezone", "location", "online", "joining", "booking",
                    "cost", "organiser", "access")),
            new Group("Recordings", "the guide to recordings", "../volunteers/recordings.md", List.of("video", "audio", "transcript", "captions")),
            new Group("Opting out of a check", "the reference of every problem", "problems.md", List.of("a11y_ignore", "language_ignore")));

    private record Group(String name, String guideName, String guide, List<String> keys) {
    }

    @Override
    public String file() {
        return "reference/front-matter.md";
    }

    @Override
    public String markdown() {
        StringBuilder page = new StringBuilder(ReferencePage.frontMatter("Front matter keys",
                "Every key a page's front matter may have, as the build reads it today."));
        page.append("The build accepts these keys between the two `---` lines at the top of a page. Any other key is a warning")
                .append(" ([front-matter-key](problems.md#front-matter-key)). This list is made from the code each time the")
                .append(" documentation is built.\n\n");
        TreeSet<String> left = new TreeSet<>(ContentLoader.KNOWN_KEYS);
        for (Group group : GROUPS) {
            List<String> known = group.keys().stream().filter(left::contains).toList();
            if (known.isEmpty()) {
                continue;
            }
            page.append("## ").append(group.name()).append("\n\n");
            known.forEach(key -> page.append("- `").append(key).append("`\n"));
            page.append("\nExplained in [").append(group.guideName()).append("](")
                    .append(group.guide()).append(").\n\n");
            left.removeAll(known);
        }
        if (!left.isEmpty()) {
            page.append("## Other keys\n\n");
            left.forEach(key -> page.append("- `").append(key).append("`\n"));
            page.append('\n');
        }
        return page.toString();
    }
}
