package org.socialcarefuture.northstar.markdown;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The questions one page's rendering asked the {@link LinkTable}, with the answers it got: which address
 * a linked page has, whether a linked file or theme picture exists. A page whose questions get the same
 * answers from another table renders the same with it, so the preview does not render it again when,
 * say, a new post is added (which changes the table, but not the answers most pages got).
 */
public final class LinkUses {

    private static final String NO = "\u0000no";

    /** Each question (a kind letter and what was asked) with its answer. */
    private final Map<String, String> answers = new HashMap<>();

    String pageUrl(LinkTable table, String contentPath) {
        String url = table.pageUrls().get(contentPath);
        answers.put("p" + contentPath, url == null ? NO : url);
        return url;
    }

    boolean asset(LinkTable table, String contentPath) {
        boolean exists = table.assets().contains(contentPath);
        answers.put("a" + contentPath, exists ? "" : NO);
        return exists;
    }

    /** A picture file's details (its sizes, or why it cannot be published), or null when the file is not a picture. */
    org.socialcarefuture.northstar.picture.PictureInfo pictureFile(LinkTable table, String contentPath) {
        org.socialcarefuture.northstar.picture.PictureInfo info = table.pictures().get(contentPath);
        answers.put("f" + contentPath, info == null ? NO : info.toString());
        return info;
    }

    boolean picture(LinkTable table, String name) {
        boolean exists = table.themePictures().contains(name);
        answers.put("i" + name, exists ? "" : NO);
        return exists;
    }

    /** Every theme picture's name (a message lists them): asked as a whole. */
    String pictureNames(LinkTable table) {
        String names = String.join(", ", table.themePictures().stream().sorted().toList());
        answers.put("*", names);
        return names;
    }

    /** Whether {@code table} answers every question as the table did when the page was rendered. */
    public boolean sameIn(LinkTable table) {
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            String asked = answer.getKey().substring(1);
            String now = switch (answer.getKey().charAt(0)) {
                case 'p' -> Objects.requireNonNullElse(table.pageUrls().get(asked), NO);
                case 'a' -> table.assets().contains(asked) ? "" : NO;
                case 'i' -> table.themePictures().contains(asked) ? "" : NO;
                case 'f' -> table.pictures().containsKey(asked) ? table.pictures().get(asked).toString() : NO;
                default -> String.join(", ", table.themePictures().stream().sorted().toList());
            };
            if (!now.equals(answer.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Every question asked, with its answer (for the bake's cache, which keeps them). */
    public Map<String, String> answers() {
        return java.util.Collections.unmodifiableMap(answers);
    }

    /** The questions and answers kept by {@link #answers}. */
    public static LinkUses of(Map<String, String> answers) {
        LinkUses uses = new LinkUses();
        uses.answers.putAll(answers);
        return uses;
    }
}
