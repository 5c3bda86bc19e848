package org.socialcarefuture.northstar.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-safe names: lower-case ASCII letters, digits and hyphens, so every URL is predictable and portable. */
public final class Slugs {

    private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** "Café & Co" -> "cafe-co"; returns "" when nothing usable is left. */
    public static String of(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD);
        plain = MARKS.matcher(plain).replaceAll("");
        plain = plain.replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("œ", "oe")
                .replace("'", "").replace("’", "");
        String slug = trimHyphens(NOT_ALLOWED.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-"));
        return slug.length() <= LONGEST ? slug : shortened(slug);
    }

    /**
     * The longest slug: a folder name must stay within a file system's 255 bytes (with room for "-easy-read.pdf"),
     * and a tag of a whole paragraph (found by the XSS test) stopped the site being written at all.
     */
    static final int LONGEST = 100;

    /** A long slug's first words and a short digest of the whole, so two long tags that start alike stay apart. */
    private static String shortened(String slug) {
        String digest;
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(slug.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest = java.util.HexFormat.of().formatHex(hash, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return trimHyphens(slug.substring(0, LONGEST - 9)) + "-" + digest;
    }

    /** The slug a file name gives: without {@code .md}, {@code .easy} and a leading {@code YYYY-MM-DD-}. */
    public static String fromFileName(String fileName) {
        String name = stripSuffixes(fileName);
        name = DATE_PREFIX.matcher(name).replaceFirst("");
        return of(name);
    }

    public static String stripSuffixes(String fileName) {
        String name = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
        return name.endsWith(".easy") ? name.substring(0, name.length() - 5) : name;
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
