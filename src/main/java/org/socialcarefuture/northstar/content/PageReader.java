package org.socialcarefuture.northstar.content;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Turns one file's front matter into a {@link Page}, reporting each bad value with its line. It reads the
 * keys every page has (title, type, date, authors, tags, summary, image, status, pdf) and hands the rest to
 * one reader per concern: {@link AddressReader}, {@link ExemptionReader}, {@link MediaReader} and each
 * kind's {@link KindReader}. It knows no kind of page by name: what differs by kind comes from
 * {@link PageType} and the kinds' readers.
 */
final class PageReader {

    /** The keys every page may have (the kinds' and the recording's are in their own readers). */
    static final Set<String> KEYS = Set.of("title", "date", "author", "authors", "tags", "summary", "image", "image_alt",
            "status", "aliases", "type", "slug", "a11y_ignore", "language_ignore", "pdf");

    /**
     * What a file made: {@code placed} when the page can go in the site; otherwise the page as far as it could
     * be made (its front matter has errors, already reported), for its body to be checked all the same.
     */
    record Read(Page page, boolean placed) {
    }

    private final FrontMatterReader in;
    private final FrontMatter fm;
    private final List<KindReader> kinds;
    private final Path contentDir;

    /**
     * @param kinds      the kinds' readers ({@link ContentLoader#KIND_READERS})
     * @param contentDir where a recording's audio file is looked for
     */
    PageReader(FrontMatterReader in, List<KindReader> kinds, Path contentDir) {
        this.in = in;
        this.fm = in.fm();
        this.kinds = kinds;
        this.contentDir = contentDir;
    }

    /** {@code main}: for an easy-read file, the page it is a version of (it takes what it does not say from there); else null. */
    Read read(Page main, MarkdownFile file) {
        String source = in.source();
        String contentPath = in.contentPath();
        warnUnknownKeys();
        boolean easyRead = ContentLoader.isEasyRead(contentPath);
        String title = in.text("title").orElse("");
        if (title.isBlank() && !fm.has("title")) {
            in.error(1, "the page has no title",
                    "add a line title: Your title inside the front matter" + (easyRead ? " (easy-read files need their own title)" : ""));
        } else if (title.isBlank() && !in.failed()) {
            in.error(fm.lineOf("title"), "the title is empty", "write the title after title:");
        }

        PageType type = type(main);
        ZonedDateTime date = main != null ? main.date() : null;
        Optional<String> dateText = in.text("date");
        if (dateText.isPresent()) {
            try {
                date = Dates.parse(dateText.get());
            } catch (IllegalArgumentException e) {
                in.error(fm.lineOf("date"), e.getMessage(), "write YYYY-MM-DD, e.g. date: 2021-03-15, or 2021-03-15T14:30");
            }
        } else if (type.dated() && date == null && !fm.has("date")) {
            in.error(1, "a " + type.id() + " needs a date", "add a line date: YYYY-MM-DD inside the front matter");
        }

        if (fm.has("author") && fm.has("authors")) {
            in.error(fm.lineOf("authors"), "both author and authors are given", "keep one: author: Name, or authors: [Name, Name]");
        }
        List<String> authors = in.list(fm.has("authors") ? "authors" : "author");
        warnOfCommaList(fm.has("authors") ? "authors" : "author", authors);
        if (authors.isEmpty() && main != null) {
            authors = main.authors();
        }
        List<String> tags = in.list("tags");
        warnOfCommaList("tags", tags);
        for (String tag : tags) {
            if (Slugs.of(tag).isEmpty()) {
                in.error(fm.lineOf("tags"), "tag \"" + tag + "\" has no letters or digits", "use words for tags, e.g. tags: [pledge, inquiry]");
            }
        }
        if (tags.isEmpty() && main != null) {
            tags = main.tags();
        }
        String summary = in.text("summary").orElse(main != null ? main.summary() : "");
        String image = in.text("image").orElse(main != null && !fm.has("image") ? main.image() : "");
        String imageAlt = in.text("image_alt").orElse(main != null && !fm.has("image") ? main.imageAlt() : "");
        if (!image.isEmpty() && imageAlt.isBlank()) {
            in.error(fm.lineOf("image"), "the image has no text alternative (image_alt)",
                    "add image_alt: a short description of what the picture shows, for people who cannot see it");
        }

        boolean draft = main != null && main.draft();
        Optional<String> status = in.text("status");
        String kindStatus = "";
        if (status.isPresent()) {
            String word = status.get().toLowerCase(Locale.ROOT);
            Optional<KindReader> owner = kinds.stream().filter(kind -> kind.statuses().contains(word)).findFirst();
            if (word.equals("published")) {
                // the default
            } else if (word.equals("draft")) {
                draft = true;
            } else if (owner.isPresent() && owner.get().type() == type) {
                kindStatus = word;
            } else if (owner.isPresent()) {
                in.error(fm.lineOf("status"), "status \"" + status.get() + "\" is only for "
                        + owner.get().type().pluralLabel().toLowerCase(Locale.ROOT), "write status: published or status: draft");
            } else {
                in.error(fm.lineOf("status"), "status \"" + status.get() + "\" is not known", "write status: published or"
                        + " status: draft" + kindOf(type).map(KindReader::statusFix).orElse(""));
            }
        }

        KindReader.Fields fields = KindReader.Fields.NONE;
        for (KindReader kind : kinds) {
            fields = kind.type() == type ? kind.read(in, main, kindStatus, fields) : kind.readOnOtherKind(in, main, fields);
        }
        List<String> aliases = AddressReader.aliases(in);
        List<Exemption> a11yIgnore = ExemptionReader.accessibility(in);
        List<Exemption> languageIgnore = ExemptionReader.language(in);

        MediaDetails media = main == null ? MediaReader.read(in, contentDir) : null;
        Boolean pdf = pdf();

        if (!draft) { // an error, but the page is whole: it goes on through every other check
            in.problems().addAll(Placeholders.check(source, fm, file.body(), file.bodyLine()));
        }

        String slug = AddressReader.slug(in);
        if (type.dated() && date == null) {
            in.fail();
        }
        String mainPath = main != null ? main.contentPath() : null;
        if (in.failed() || slug.isEmpty()) {
            return new Read(new Page(source, contentPath, type, title.strip(), slug, "", date, authors, tags, summary, image,
                    imageAlt, draft, aliases, fields.to(), fields.signatories(), easyRead, mainPath, a11yIgnore, languageIgnore,
                    file.body(), file.bodyLine(), fields.event(), media), false);
        }
        String url = main != null ? main.url() + "easy-read/" : AddressReader.url(contentPath, type, slug, date);
        return new Read(new Page(source, contentPath, type, title.strip(), slug, url, date, authors, tags, summary,
                image, imageAlt, draft, aliases, fields.to(), fields.signatories(), easyRead, mainPath, a11yIgnore,
                languageIgnore, file.body(), file.bodyLine(), fields.event(), media, pdf), true);
    }

    /** The folder's kind (an easy-read file: its main page's), unless {@code type:} names another. */
    private PageType type(Page main) {
        PageType type = main != null ? main.type() : PageType.forFolder(firstFolder(in.contentPath()));
        Optional<String> typeText = in.text("type");
        if (typeText.isPresent()) {
            Optional<PageType> chosen = PageType.fromId(typeText.get());
            if (chosen.isEmpty()) {
                in.error(fm.lineOf("type"), "type \"" + typeText.get() + "\" is not a page type" + FrontMatterReader.closest(
                        typeText.get(), Arrays.stream(PageType.values()).map(PageType::id).toList()), "use one of " + PageType.ids());
            } else {
                type = chosen.get();
            }
        }
        return type;
    }

    private Optional<KindReader> kindOf(PageType type) {
        return kinds.stream().filter(kind -> kind.type() == type).findFirst();
    }

    private static String firstFolder(String contentPath) {
        int slash = contentPath.indexOf('/');
        return slash < 0 ? "" : contentPath.substring(0, slash);
    }

    /** {@code pdf: true} or {@code pdf: false}: whether this page has a PDF whatever site.yml says of its kind; null when not said. */
    private Boolean pdf() {
        if (!fm.has("pdf")) {
            return null;
        }
        // YAML reads pdf: false as a yes/no value, which fm.text refuses (for titles it is a mistake; here it is the point)
        String value = fm.node("pdf").filter(node -> node instanceof ScalarNode)
                .map(node -> ((ScalarNode) node).getValue()).orElse("").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> {
                in.error(fm.lineOf("pdf"), "pdf \"" + value + "\" is not true or false",
                        "write pdf: false for no PDF of this page, or pdf: true for one");
                yield null;
            }
        };
    }

    private void warnUnknownKeys() {
        for (String key : fm.keys()) {
            if (!ContentLoader.KNOWN_KEYS.contains(key)) {
                in.problems().warning(in.source(), fm.lineOf(key), "front-matter-key", "unknown front matter key \"" + key + "\""
                        + FrontMatterReader.closest(key, ContentLoader.KNOWN_KEYS), "check the spelling, or remove it (it is ignored)");
            }
        }
    }

    /**
     * {@code tags: care, home} is one tag, "care, home", to YAML; the writer almost always meant two.
     * Only a warning: a comma can belong in a name. The fix shows the writer's own words as a list.
     */
    private void warnOfCommaList(String key, List<String> values) {
        if (values.size() == 1 && values.get(0).contains(",") && fm.node(key).orElse(null) instanceof ScalarNode) {
            List<String> parts = Arrays.stream(values.get(0).split(",")).map(String::strip)
                    .filter(part -> !part.isEmpty()).toList();
            in.problems().warning(in.source(), fm.lineOf(key), "front-matter-list", "\"" + values.get(0) + "\" is one "
                    + (key.equals("tags") ? "tag" : "name") + ", commas and all",
                    "for more than one, put them in square brackets: " + (key.equals("tags") ? "tags" : "authors")
                            + ": [" + String.join(", ", parts) + "]");
        }
    }
}
