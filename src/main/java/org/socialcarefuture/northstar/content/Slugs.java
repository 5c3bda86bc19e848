package org.socialcarefuture.northstar.content;

import java.util.regex.Pattern;

import org.socialcarefuture.northstar.address.Addresses;

/** URL-safe names: lower-case ASCII letters, digits and hyphens, so every URL is predictable and portable (see Addresses). */
public final class Slugs {

    private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");

    private Slugs() {
    }

    /**
     * "Café & Co" -> "cafe-co", "opieka społeczna" -> "opieka-spoleczna"; returns "" when nothing usable is left.
     * Made by {@link Addresses#slug}, the one place every address from someone's writing comes from.
     */
    public static String of(String text) {
        return Addresses.slug(text);
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
}
