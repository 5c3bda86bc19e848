package org.socialcarefuture.northstar.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Site-wide settings from {@code site.yml} (all optional; the defaults are the movement's own).
 *
 * @param title       the site's name, in every page title and the header
 * @param description one sentence for the home page and link previews
 * @param baseUrl     the published address, always ending in {@code /}; may have a sub-path
 * @param perPage     items per list page
 * @param homeLatest  how many latest items the home page shows
 * @param feedLimit   how many newest items each feed carries
 * @param socialCards draw link-preview pictures for pages without one (off makes cold bakes faster)
 * @param social      the movement's own accounts, shown in the footer (label -> URL)
 */
public record SiteConfig(String title, String description, String baseUrl, int perPage, int homeLatest,
                         int feedLimit, boolean socialCards, Map<String, String> social) {

    public SiteConfig {
        baseUrl = normaliseBaseUrl(baseUrl);
        social = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(social));
    }

    public static SiteConfig defaults() {
        Map<String, String> social = new LinkedHashMap<>();
        social.put("Twitter: @socfuture", "https://twitter.com/socfuture");
        social.put("Facebook: socialcarefuture", "https://www.facebook.com/socialcarefuture");
        return new SiteConfig("Social Care Future",
                "A movement of people who draw on social care, families, workers and allies, working for an equal life for everyone.",
                "https://socialcarefuture.blog/", 10, 6, 20, true, social);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, perPage, homeLatest, feedLimit, socialCards, social);
    }

    /** The path part of the base URL: {@code /} or {@code /sub/path/}. Internal links start with it. */
    public String root() {
        try {
            String path = new URI(baseUrl).getRawPath();
            return path == null || path.isEmpty() ? "/" : path;
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    public static String normaliseBaseUrl(String url) {
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException("base URL \"" + url + "\" must be a full http(s) address, e.g. https://example.org/");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base URL \"" + url + "\" is not a web address");
        }
        return trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }

    /** Reads site.yml over the defaults; an absent file means the defaults. */
    public static SiteConfig load(Path file) throws IOException {
        SiteConfig defaults = defaults();
        if (file == null || !Files.exists(file)) {
            return defaults;
        }
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        } catch (YAMLException e) {
            throw new IOException(file + ": not valid YAML: " + e.getMessage(), e);
        }
        if (loaded == null) {
            return defaults;
        }
        if (!(loaded instanceof Map<?, ?> values)) {
            throw new IOException(file + ": must be lines of key: value");
        }
        Map<String, String> social = defaults.social();
        if (values.get("social") instanceof Map<?, ?> map) {
            social = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                social.put(String.valueOf(entry.getKey()), String.valueOf(entry.getValue()));
            }
        }
        for (Object key : values.keySet()) {
            if (!List.of("title", "description", "base_url", "per_page", "home_latest", "feed_limit", "social_cards", "social").contains(String.valueOf(key))) {
                throw new IOException(file + ": unknown setting \"" + key + "\"; known: title, description, base_url, per_page, home_latest, feed_limit, social_cards, social");
            }
        }
        try {
            return new SiteConfig(
                    string(values, "title", defaults.title()),
                    string(values, "description", defaults.description()),
                    string(values, "base_url", defaults.baseUrl()),
                    positive(values, "per_page", defaults.perPage(), file),
                    positive(values, "home_latest", defaults.homeLatest(), file),
                    positive(values, "feed_limit", defaults.feedLimit(), file),
                    bool(values, "social_cards", defaults.socialCards(), file),
                    social);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static String string(Map<?, ?> values, String key, String fallback) {
        Object value = values.get(key);
        return value == null ? fallback : String.valueOf(value);
    }

    private static boolean bool(Map<?, ?> values, String key, boolean fallback, Path file) throws IOException {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw new IOException(file + ": " + key + " must be true or false, not \"" + value + "\"");
    }

    public SiteConfig withSocialCards(boolean draw) {
        return new SiteConfig(title, description, baseUrl, perPage, homeLatest, feedLimit, draw, social);
    }

    private static int positive(Map<?, ?> values, String key, int fallback, Path file) throws IOException {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Integer number && number > 0) {
            return number;
        }
        throw new IOException(file + ": " + key + " must be a whole number above 0, not \"" + value + "\"");
    }
}
