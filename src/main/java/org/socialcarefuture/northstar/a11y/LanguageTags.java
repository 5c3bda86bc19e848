package org.socialcarefuture.northstar.a11y;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Language tags (BCP 47) checked against the IANA Language Subtag Registry: a dated copy in language-subtags.txt,
 * generated from the npm package language-subtag-registry (CC0-1.0) by src/test/browser/a11y-data.mjs. A tag
 * that only looks well formed, such as {@code xx} or {@code dutch}, is not valid.
 */
final class LanguageTags {

    static final String FILE_DATE;
    private static final Map<String, Set<String>> SUBTAGS = new HashMap<>();

    static {
        String date = "";
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                LanguageTags.class.getResourceAsStream("language-subtags.txt"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#")) {
                    int at = line.indexOf("File-Date ");
                    if (at >= 0) {
                        date = line.substring(at + 10, at + 20);
                    }
                    continue;
                }
                String[] parts = line.split(" ");
                Set<String> tags = new HashSet<>();
                for (int i = 1; i < parts.length; i++) {
                    tags.add(parts[i]);
                }
                SUBTAGS.put(parts[0], tags);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FILE_DATE = date;
    }

    private LanguageTags() {
    }

    /** Whether the primary language subtag is one the registry holds (what ACT de46e4 and bf051a ask). */
    static boolean validPrimary(String tag) {
        // grandfathered tags such as i-lux are not a known primary language (the registry deprecates them)
        String lower = tag.strip().toLowerCase(Locale.ROOT);
        String primary = lower.split("-", 2)[0];
        return primary.matches("[a-z]{2,3}") && (SUBTAGS.get("language").contains(primary) || privateUse(primary));
    }

    /** qaa..qtz are set aside for private use. */
    private static boolean privateUse(String primary) {
        return primary.length() == 3 && primary.charAt(0) == 'q' && primary.charAt(1) >= 'a' && primary.charAt(1) <= 't';
    }

    /** Every subtag of the tag is in the registry, in the order BCP 47 allows (a stricter check than the ACT rules make). */
    static boolean valid(String tag) {
        if (!validPrimary(tag)) {
            return false;
        }
        String[] parts = tag.strip().toLowerCase(Locale.ROOT).split("-");
        int i = 1;
        if (i < parts.length && parts[i].length() == 3 && SUBTAGS.get("extlang").contains(parts[i])) {
            i++;
        }
        if (i < parts.length && parts[i].length() == 4 && SUBTAGS.get("script").contains(parts[i])) {
            i++;
        }
        if (i < parts.length && (parts[i].length() == 2 || parts[i].matches("[0-9]{3}")) && SUBTAGS.get("region").contains(parts[i])) {
            i++;
        }
        while (i < parts.length && SUBTAGS.get("variant").contains(parts[i])) {
            i++;
        }
        return i == parts.length || parts[i].length() == 1; // then extensions or private use, which the registry does not list
    }
}
