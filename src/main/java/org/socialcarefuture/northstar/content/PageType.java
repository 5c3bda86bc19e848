package org.socialcarefuture.northstar.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of page in CONTENT-FORMAT.md, with the folder that defaults to each and its URL rule. */
public enum PageType {
    POST("post", "blog", true, "Blog post", "Blog"),
    NEWSLETTER("newsletter", "newsletters", true, "Newsletter", "Newsletters"),
    LETTER("letter", "letters", true, "Letter", "Letters"),
    REPORT("report", "reports", false, "Report", "Reports"),
    EVENT("event", "events", false, "Event", "Events"),
    VISION("vision", null, false, "Vision", "Vision"),
    PAGE("page", null, false, "Page", "Pages");

    private final String id;
    private final String folder;
    private final boolean dated;
    private final String label;
    private final String pluralLabel;

    PageType(String id, String folder, boolean dated, String label, String pluralLabel) {
        this.id = id;
        this.folder = folder;
        this.dated = dated;
        this.label = label;
        this.pluralLabel = pluralLabel;
    }

    /** The word volunteers write in {@code type:}. */
    public String id() {
        return id;
    }

    /** What a list of them is called in a sentence: "All posts", "2 newsletters". */
    public String noun(int count) {
        String one = switch (this) {
            case POST -> "post";
            case VISION -> "vision";
            default -> label.toLowerCase(Locale.ROOT);
        };
        return count == 1 ? one : one + "s";
    }

    /** The folder under content/ whose files default to this type, and the first URL segment; null for none. */
    public String folder() {
        return folder;
    }

    /** Dated types need a {@code date}, get year/month URLs, feeds, archives and prev/next. */
    public boolean dated() {
        return dated;
    }

    /** Has its own list page (e.g. /blog/) because its pages live in a section. */
    public boolean listed() {
        return folder != null;
    }

    public String label() {
        return label;
    }

    public String pluralLabel() {
        return pluralLabel;
    }

    public static Optional<PageType> fromId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.id.equals(wanted)).findFirst();
    }

    /** The default type for a file, from the first folder of its path under content/. */
    public static PageType forFolder(String firstFolder) {
        return Arrays.stream(values())
                .filter(type -> type.folder != null && type.folder.equals(firstFolder))
                .findFirst().orElse(PAGE);
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(PageType::id).toList());
    }
}
