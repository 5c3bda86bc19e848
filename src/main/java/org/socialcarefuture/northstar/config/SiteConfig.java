package org.socialcarefuture.northstar.config;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Site-wide settings from {@code site.yml}, all optional. The defaults speak for no one in particular:
 * everything that makes a site a group's own (its name, logo, colours, menu, accounts, footer) is said
 * in its site.yml, never in the theme. The movement's own site.yml is at the top of this repository.
 *
 * @param title         the site's name, in every page title and the header
 * @param description   one sentence for the home page and link previews
 * @param baseUrl       the published address, always ending in {@code /}; may have a sub-path
 * @param perPage       items per list page
 * @param homeLatest    how many latest items the home page shows
 * @param feedLimit     how many newest items each feed carries
 * @param socialCards   draw link-preview pictures for pages without one (off makes cold bakes faster)
 * @param social        the group's own accounts, shown in the footer (label -> URL); none by default
 * @param logo          the picture beside the name in the header, or null for none
 * @param favicon       the browser tab's icon, a file in content/ ("" for the theme's)
 * @param colours       the theme's colours the site sets (CSS custom property without "--" -> #hex)
 * @param darkColours   the same for the dark scheme
 * @param nav           the main menu, in order; empty for the sections and pages the site has
 * @param footer        a sentence or two at the foot of every page ("" for none)
 * @param latestHeading the home page's heading over the newest pages
 * @param licence       how others may use the site's words ("" for none)
 * @param pdfs          the kinds of page that get a PDF beside them: page types and "easy-read" (a page's own pdf: decides for it)
 * @param source        where these settings were read from, as problems name it ("" for the defaults)
 * @param lines         the line of each setting in {@code source}: "title", "colours.brand", "nav.2.link"
 */
public record SiteConfig(String title, String description, String baseUrl, int perPage, int homeLatest,
                         int feedLimit, boolean socialCards, Map<String, String> social, Logo logo, String favicon,
                         Map<String, String> colours, Map<String, String> darkColours, List<NavItem> nav,
                         String footer, String latestHeading, String licence, List<String> pdfs, String source,
                         Map<String, Integer> lines) {

    /** A logo: a picture in content/ and what it says ("" when it only repeats the name beside it). */
    public record Logo(String file, String alt) {
    }

    /** One entry of the main menu: its words, and a folder or page of the site (blog/, about/) or a full address. */
    public record NavItem(String label, String link) {
    }

    /** The theme's colours a site may set, as site.yml names them (CSS: --brand, --brand-text...). */
    public static final Set<String> COLOUR_NAMES = Set.of("text", "background", "muted", "link", "link_visited", "brand",
            "brand_text", "accent", "accent_text", "focus", "focus_text", "surface", "border", "easy_text", "easy_background");

    /** Every setting site.yml may have. */
    public static final List<String> KEYS = List.of("title", "description", "base_url", "per_page", "home_latest", "feed_limit",
            "social_cards", "social", "logo", "favicon", "colours", "nav", "footer", "latest_heading", "licence", "pdfs");

    /** What {@code pdfs} may list: the page types, and easy-read pages of any type. */
    public static final List<String> PDF_KINDS = List.of("post", "newsletter", "letter", "report", "vision", "page", "event", "easy-read");
    private static final Pattern HEX = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    public SiteConfig {
        baseUrl = normaliseBaseUrl(baseUrl);
        social = Collections.unmodifiableMap(new LinkedHashMap<>(social));
        colours = Collections.unmodifiableMap(new LinkedHashMap<>(colours));
        darkColours = Collections.unmodifiableMap(new LinkedHashMap<>(darkColours));
        nav = List.copyOf(nav);
        pdfs = List.copyOf(pdfs);
        lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
    }

    public static SiteConfig defaults() {
        return new SiteConfig("Our site", "", "https://example.org/", 10, 6, 20, true, Map.of(), null, "", Map.of(), Map.of(),
                List.of(), "", "Latest", "", List.of("report", "letter", "easy-read"), "", Map.of());
    }

    /** The description, or a plain one made from the title: link previews and search results need one. */
    @Override
    public String description() {
        return description.isBlank() ? "News and writing from " + title + "." : description;
    }

    /** The line a setting was read from (0 when it came from the defaults). */
    public int line(String setting) {
        return lines.getOrDefault(setting, 0);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, perPage, homeLatest, feedLimit, socialCards, social, logo, favicon, colours,
                darkColours, nav, footer, latestHeading, licence, pdfs, source, lines);
    }

    public SiteConfig withSocialCards(boolean draw) {
        return new SiteConfig(title, description, baseUrl, perPage, homeLatest, feedLimit, draw, social, logo, favicon, colours,
                darkColours, nav, footer, latestHeading, licence, pdfs, source, lines);
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

    /** A setting that cannot be used: the file, its line and how to put it right. */
    public static final class Invalid extends IOException {
        private final String file;
        private final int line;
        private final String fix;

        Invalid(String file, int line, String message, String fix) {
            super(file + (line > 0 ? ":" + line : "") + ": " + message + "; " + fix);
            this.file = file;
            this.line = line;
            this.fix = fix;
        }

        public String file() {
            return file;
        }

        public int line() {
            return line;
        }

        public String problem() {
            String text = getMessage();
            return text.substring(text.indexOf(": ") + 2, text.lastIndexOf("; "));
        }

        public String fix() {
            return fix;
        }
    }

    /** Reads site.yml over the defaults; an absent file means the defaults. */
    public static SiteConfig load(Path file) throws IOException {
        SiteConfig defaults = defaults();
        if (file == null || !Files.exists(file)) {
            return defaults;
        }
        String shown = display(file);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(Files.readString(file)));
        } catch (MarkedYAMLException e) {
            throw new Invalid(shown, e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1,
                    "not valid YAML (" + e.getProblem() + ")", "write each setting as key: value, and quote text that holds a colon or #");
        } catch (YAMLException e) {
            throw new Invalid(shown, 0, "not valid YAML (" + e.getMessage() + ")", "write each setting as key: value");
        }
        if (root == null) {
            return defaults;
        }
        Reader reader = new Reader(shown);
        MappingNode values = reader.mapping(root, "the settings");
        Map<String, Node> settings = reader.entries(values, "");
        for (Map.Entry<String, Node> setting : settings.entrySet()) {
            if (!KEYS.contains(setting.getKey())) {
                throw new Invalid(shown, reader.lines.get(setting.getKey()), "unknown setting \"" + setting.getKey() + "\"",
                        "use one of " + String.join(", ", KEYS) + " (see the comments in a new site's site.yml)");
            }
        }
        Map<String, String> social = new LinkedHashMap<>();
        if (settings.containsKey("social")) {
            for (Map.Entry<String, Node> account : reader.entries(reader.mapping(settings.get("social"), "social"), "social.").entrySet()) {
                String url = reader.text(account.getValue(), "social." + account.getKey());
                if (!url.startsWith("https://") && !url.startsWith("http://") && !url.startsWith("mailto:")) {
                    throw new Invalid(shown, reader.lines.get("social." + account.getKey()), "the account \"" + account.getKey()
                            + "\" has no full address (\"" + url + "\")", "write it as label: https://...");
                }
                social.put(account.getKey(), url);
            }
        }
        Logo logo = null;
        if (settings.containsKey("logo")) {
            Map<String, Node> parts = reader.entries(reader.mapping(settings.get("logo"), "logo"), "logo.");
            for (String key : parts.keySet()) {
                if (!List.of("file", "alt").contains(key)) {
                    throw new Invalid(shown, reader.lines.get("logo." + key), "the logo has no setting \"" + key + "\"",
                            "give it file: (a picture in content/) and alt: (what it says, or \"\" when it only repeats the name)");
                }
            }
            if (!parts.containsKey("file") || !parts.containsKey("alt")) {
                throw new Invalid(shown, reader.lines.get("logo"), "the logo needs both file: and alt:",
                        "give file: (a picture in content/, e.g. images/logo.svg) and alt: (what the picture says, or \"\" when it"
                                + " only repeats the site's name beside it)");
            }
            String picture = reader.text(parts.get("file"), "logo.file");
            if (!picture.matches("(?i).+\\.(svg|png|jpe?g|webp)")) {
                throw new Invalid(shown, reader.lines.get("logo.file"), "the logo \"" + picture + "\" is not an SVG, PNG, JPEG or WebP",
                        "give a picture file inside content/, e.g. images/logo.svg");
            }
            logo = new Logo(picture, reader.text(parts.get("alt"), "logo.alt"));
        }
        Map<String, String> colours = new LinkedHashMap<>();
        Map<String, String> dark = new LinkedHashMap<>();
        if (settings.containsKey("colours")) {
            Map<String, Node> given = reader.entries(reader.mapping(settings.get("colours"), "colours"), "colours.");
            for (Map.Entry<String, Node> colour : given.entrySet()) {
                if (colour.getKey().equals("dark")) {
                    Map<String, Node> darkGiven = reader.entries(reader.mapping(colour.getValue(), "colours.dark"), "colours.dark.");
                    for (Map.Entry<String, Node> darkColour : darkGiven.entrySet()) {
                        dark.put(darkColour.getKey(), reader.colour(darkColour.getValue(), "colours.dark." + darkColour.getKey()));
                    }
                } else {
                    colours.put(colour.getKey(), reader.colour(colour.getValue(), "colours." + colour.getKey()));
                }
            }
        }
        List<NavItem> nav = new ArrayList<>();
        if (settings.containsKey("nav")) {
            Node list = settings.get("nav");
            if (!(list instanceof SequenceNode items)) {
                throw new Invalid(shown, reader.lines.get("nav"), "nav must be a list",
                        "write each menu entry on its own line as - label: News, with link: blog/ under it");
            }
            for (int i = 0; i < items.getValue().size(); i++) {
                String at = "nav." + i;
                Node item = items.getValue().get(i);
                reader.lines.put(at, item.getStartMark().getLine() + 1);
                Map<String, Node> parts = reader.entries(reader.mapping(item, "a menu entry"), at + ".");
                if (!parts.containsKey("label") || !parts.containsKey("link") || parts.size() != 2) {
                    throw new Invalid(shown, reader.lines.get(at), "a menu entry needs label: and link: (and nothing else)",
                            "write it as - label: News, with link: blog/ (a folder or page of the site, or a full address) under it");
                }
                nav.add(new NavItem(reader.text(parts.get("label"), at + ".label"), reader.text(parts.get("link"), at + ".link")));
            }
        }
        try {
            return new SiteConfig(
                    reader.optionalText(settings, "title", defaults.title()),
                    reader.optionalText(settings, "description", ""),
                    reader.optionalText(settings, "base_url", defaults.baseUrl()),
                    reader.positive(settings, "per_page", defaults.perPage()),
                    reader.positive(settings, "home_latest", defaults.homeLatest()),
                    reader.positive(settings, "feed_limit", defaults.feedLimit()),
                    reader.bool(settings, "social_cards", defaults.socialCards()),
                    social, logo, favicon(reader, settings), colours, dark, nav,
                    reader.optionalText(settings, "footer", ""),
                    reader.optionalText(settings, "latest_heading", defaults.latestHeading()),
                    reader.optionalText(settings, "licence", ""),
                    pdfs(reader, settings, defaults.pdfs()),
                    shown, reader.lines);
        } catch (IllegalArgumentException e) {
            throw new Invalid(shown, reader.lines.getOrDefault("base_url", 0), e.getMessage(), "write it as https://your.address/");
        }
    }

    /** {@code pdfs: [report, letter, easy-read]}: each a kind of page; {@code pdfs: []} for none. */
    private static List<String> pdfs(Reader reader, Map<String, Node> settings, List<String> fallback) throws Invalid {
        Node node = settings.get("pdfs");
        if (node == null || reader.isNull(node)) {
            return fallback;
        }
        if (!(node instanceof SequenceNode list)) {
            throw new Invalid(reader.file, reader.lines.get("pdfs"), "pdfs must be a list of kinds of page",
                    "write e.g. pdfs: [report, letter, easy-read], or pdfs: [] for no PDFs");
        }
        List<String> kinds = new ArrayList<>();
        for (Node item : list.getValue()) {
            String kind = item instanceof ScalarNode scalar ? scalar.getValue().strip().toLowerCase(Locale.ROOT) : "";
            if (!PDF_KINDS.contains(kind)) {
                throw new Invalid(reader.file, item.getStartMark().getLine() + 1, "\"" + kind + "\" is not a kind of page pdfs can list",
                        "use " + String.join(", ", PDF_KINDS));
            }
            kinds.add(kind);
        }
        return kinds;
    }

    private static String favicon(Reader reader, Map<String, Node> settings) throws Invalid {
        String file = reader.optionalText(settings, "favicon", "");
        if (!file.isEmpty() && !file.matches("(?i).+\\.(svg|png|ico)")) {
            throw new Invalid(reader.file, reader.lines.get("favicon"), "the favicon \"" + file + "\" is not an SVG, PNG or ICO file",
                    "give a small square picture inside content/, e.g. images/icon.svg");
        }
        return file;
    }

    /** The path as problems show it: relative to the folder North Star runs in when it is inside it. */
    private static String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return (absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString() : absolute.toString())
                .replace('\\', '/');
    }

    /** Reads values out of YAML nodes, noting the line of each setting as it goes. */
    private static final class Reader {
        final String file;
        final Map<String, Integer> lines = new LinkedHashMap<>();

        Reader(String file) {
            this.file = file;
        }

        MappingNode mapping(Node node, String what) throws Invalid {
            if (node instanceof MappingNode mapping) {
                return mapping;
            }
            throw new Invalid(file, node.getStartMark().getLine() + 1, what + " must be lines of key: value",
                    "indent each of its settings under it as key: value");
        }

        /** The keys of a mapping and their value nodes, each key's line noted under prefix + key. */
        Map<String, Node> entries(MappingNode mapping, String prefix) throws Invalid {
            Map<String, Node> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    throw new Invalid(file, tuple.getKeyNode().getStartMark().getLine() + 1, "a setting's name must be a word",
                            "write it as key: value");
                }
                entries.put(key.getValue(), tuple.getValueNode());
                lines.put(prefix + key.getValue(), key.getStartMark().getLine() + 1);
            }
            return entries;
        }

        String text(Node node, String setting) throws Invalid {
            if (node instanceof ScalarNode scalar) {
                return scalar.getValue().strip();
            }
            throw new Invalid(file, lines.getOrDefault(setting, node.getStartMark().getLine() + 1), setting + " must be one value",
                    "write it on one line, e.g. " + setting.replaceFirst(".*\\.", "") + ": Some words");
        }

        String optionalText(Map<String, Node> settings, String key, String fallback) throws Invalid {
            Node node = settings.get(key);
            return node == null || isNull(node) ? fallback : text(node, key);
        }

        String colour(Node node, String setting) throws Invalid {
            String name = setting.substring(setting.lastIndexOf('.') + 1);
            if (!COLOUR_NAMES.contains(name)) {
                throw new Invalid(file, lines.get(setting), "\"" + name + "\" is not one of the theme's colours",
                        "use " + String.join(", ", new java.util.TreeSet<>(COLOUR_NAMES)) + ", or dark: for the dark scheme");
            }
            String value = text(node, setting).toLowerCase(Locale.ROOT);
            if (!HEX.matcher(value).matches()) {
                throw new Invalid(file, lines.get(setting), setting + " \"" + value + "\" is not a colour",
                        "write it as a hex colour in quotes, e.g. " + name + ": \"#13315c\"");
            }
            return value;
        }

        int positive(Map<String, Node> settings, String key, int fallback) throws Invalid {
            Node node = settings.get(key);
            if (node == null || isNull(node)) {
                return fallback;
            }
            String value = text(node, key);
            try {
                int number = Integer.parseInt(value);
                if (number > 0) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new Invalid(file, lines.get(key), key + " must be a whole number above 0, not \"" + value + "\"", "e.g. " + key + ": 10");
        }

        boolean bool(Map<String, Node> settings, String key, boolean fallback) throws Invalid {
            Node node = settings.get(key);
            if (node == null || isNull(node)) {
                return fallback;
            }
            String value = text(node, key);
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> true;
                case "false", "no", "off" -> false;
                default -> throw new Invalid(file, lines.get(key), key + " must be true or false, not \"" + value + "\"",
                        "write " + key + ": true or " + key + ": false");
            };
        }

        private static boolean isNull(Node node) {
            return node instanceof ScalarNode scalar && scalar.getTag().getValue().endsWith(":null");
        }
    }
}
