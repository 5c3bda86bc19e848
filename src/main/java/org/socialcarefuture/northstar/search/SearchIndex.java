package org.socialcarefuture.northstar.search;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The client-side search index: for each page its title, address, summary, headings and the set of
 * distinct words in its body (not the body itself), which keeps the index small enough for a phone.
 * Keys are one letter for the same reason; search.js reads them.
 */
public final class SearchIndex {

    /** One page to index; {@code words} come from {@link #wordsOfHtml(String)} on its rendered body. */
    public record Entry(String title, String url, String summary, String type, boolean easyRead, List<String> headings,
                        List<String> tags, String words) {
    }


    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "are", "but", "not", "you", "all", "any",
            "can", "had", "her", "was", "one", "our", "out", "has", "him", "his", "how", "its", "may", "who", "did",
            "she", "too", "use", "that", "with", "have", "this", "will", "your", "from", "they", "been", "were", "what",
            "when", "them", "than", "then", "there", "their", "which", "would", "could", "about", "into", "more", "some",
            "these", "those", "also", "such", "only", "other", "very", "just", "over", "most", "much", "each", "where");

    private SearchIndex() {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One page's entry in the index, as JSON. Made when the page is rendered (on every core, and kept by
     * the preview with the page), so the index itself is only these entries put together.
     */
    public static String entry(Entry entry) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("t", entry.title());
        doc.put("u", entry.url());
        doc.put("s", entry.summary());
        doc.put("y", entry.type());
        if (entry.easyRead()) {
            doc.put("e", 1);
        }
        doc.put("h", String.join(" | ", entry.headings()));
        doc.put("g", String.join(" ", entry.tags()));
        doc.put("w", entry.words());
        try {
            return JSON.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The index: the entries made by {@link #entry(Entry)}, as one JSON array. */
    public static String json(List<String> entries) {
        // A joiner makes the text in one piece of the right size (a builder would make it twice): a large
        // site's index is megabytes, and the preview makes it again after every edit.
        java.util.StringJoiner json = new java.util.StringJoiner(",", "[", "]");
        entries.forEach(json::add);
        return json.toString();
    }

    /**
     * The words of a rendered body (its text without tags, entities decoded). Run for each page as it is
     * rendered, on every core, so the index itself is only put together at the end.
     */
    public static String wordsOfHtml(String html) {
        StringBuilder text = new StringBuilder(html.length());
        boolean inTag = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (inTag) {
                inTag = c != '>';
            } else if (c == '<') {
                inTag = true;
                text.append(' ');
            } else {
                text.append(c);
            }
        }
        String plain = text.indexOf("&") < 0 ? text.toString() : org.jsoup.parser.Parser.unescapeEntities(text.toString(), false);
        return words(plain);
    }

    /** Distinct lower-case words of three letters or more, in first-seen order, without common words; a leading # is dropped. */
    static String words(String text) {
        Set<String> words = new LinkedHashSet<>();
        String lower = text.toLowerCase(Locale.UK);
        int n = lower.length();
        int i = 0;
        while (i < n) {
            while (i < n && !wordChar(lower.charAt(i))) {
                i++;
            }
            while (i < n && lower.charAt(i) == '#') {
                i++;
            }
            int start = i;
            while (i < n && wordChar(lower.charAt(i))) {
                i++;
            }
            if (i - start >= 3) {
                String word = lower.substring(start, i);
                if (!STOP_WORDS.contains(word)) {
                    words.add(word);
                }
            }
        }
        return String.join(" ", words);
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '#';
    }
}
