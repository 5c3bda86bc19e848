package org.socialcarefuture.northstar.a11y;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.socialcarefuture.northstar.problem.Problem;

/**
 * Checks the contrast of the theme's colour pairs, read from its CSS custom properties, in the light
 * scheme and in the {@code prefers-color-scheme: dark} overrides (WCAG 1.4.3, 1.4.6 for easy read, 1.4.11).
 */
public final class ThemeContrast {

    public static final String RULE_ID = "contrast";

    /** A foreground property, the background it sits on, and the ratio it needs. */
    public record Pair(String foreground, String background, double minimum, String where) {
    }

    public static final List<Pair> PAIRS = List.of(
            new Pair("--text", "--background", 4.5, "body text"),
            new Pair("--muted", "--background", 4.5, "dates and bylines"),
            new Pair("--link", "--background", 4.5, "links"),
            new Pair("--link-visited", "--background", 4.5, "visited links"),
            new Pair("--text", "--surface", 4.5, "text on cards"),
            new Pair("--muted", "--surface", 4.5, "bylines on cards"),
            new Pair("--link", "--surface", 4.5, "links on cards"),
            new Pair("--link-visited", "--surface", 4.5, "visited links on cards"),
            new Pair("--brand-text", "--brand", 4.5, "the header and buttons"),
            new Pair("--accent-text", "--accent", 4.5, "banners and badges"),
            new Pair("--focus-text", "--focus", 4.5, "focused links"),
            new Pair("--focus", "--brand", 3.0, "the focus highlight in the header"),
            new Pair("--accent", "--brand", 3.0, "the current page's marker in the header"),
            new Pair("--easy-text", "--easy-background", 7.0, "easy-read text"),
            new Pair("--border", "--background", 3.0, "borders of controls"));

    private static final Pattern PROPERTY = Pattern.compile("(--[a-zA-Z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]{3,8})\\s*;");

    private ThemeContrast() {
    }

    /**
     * A colour as declared: its value, and the file and line that set it.
     *
     * @param setting the site.yml setting that gave it (e.g. "colours.brand"), or null for the theme's CSS
     */
    public record Colour(String value, String file, int line, String setting) {
    }

    /** The colours a stylesheet declares in its light scheme and in its dark overrides. */
    public record Schemes(Map<String, Colour> light, Map<String, Colour> dark) {
    }

    public static List<Problem> check(String css, String file) {
        Schemes schemes = declarations(css, file);
        Map<String, Colour> dark = new LinkedHashMap<>(schemes.light());
        dark.putAll(schemes.dark());
        return check(schemes.light(), schemes.dark().isEmpty() ? null : dark);
    }

    /** Checks every pair in the light scheme and, unless null, the dark one (each a full set of colours). */
    public static List<Problem> check(Map<String, Colour> light, Map<String, Colour> dark) {
        List<Failure> failures = new ArrayList<>();
        failures(light, "light", failures);
        if (dark != null) {
            failures(dark, "dark", failures);
        }
        List<Problem> problems = new ArrayList<>();
        // The theme's own pairs, each at its CSS line, as theme authors read them.
        for (Failure failure : failures) {
            if (failure.chosen().setting() == null) {
                Pair pair = failure.pair();
                problems.add(Problem.error(failure.chosen().file(), failure.chosen().line(), RULE_ID,
                        "[WCAG " + wcag(pair.minimum()) + " " + RULE_ID + "] " + pair.where() + " in the " + failure.scheme() + " scheme: "
                                + pair.foreground() + " " + failure.fg().value() + " on " + pair.background() + " " + failure.bg().value()
                                + " has contrast " + format(failure.ratio()) + ":1, below " + pair.minimum() + ":1",
                        "darken or lighten one of the two colours"));
            }
        }
        // A colour the site chose: one problem at its site.yml line, with everything it is too faint against and the
        // nearest shade of it that passes them all.
        Map<String, List<Failure>> bySetting = new LinkedHashMap<>();
        for (Failure failure : failures) {
            if (failure.chosen().setting() != null) {
                bySetting.computeIfAbsent(failure.chosen().setting(), key -> new ArrayList<>()).add(failure);
            }
        }
        for (List<Failure> group : bySetting.values()) {
            Colour chosen = group.get(0).chosen();
            Map<String, List<String>> where = new LinkedHashMap<>();
            double strictest = 0;
            List<String[]> against = new ArrayList<>();
            boolean darkOnly = true;
            for (Failure failure : group) {
                Colour other = failure.chosen() == failure.fg() ? failure.bg() : failure.fg();
                String otherName = failure.chosen() == failure.fg() ? name(other, failure.pair().background())
                        : name(other, failure.pair().foreground());
                where.computeIfAbsent(failure.pair().where() + ": " + format(failure.ratio()) + ":1 against " + otherName + " "
                        + other.value() + ", below " + failure.pair().minimum() + ":1", key -> new ArrayList<>()).add(failure.scheme());
                strictest = Math.max(strictest, failure.pair().minimum());
                against.add(new String[] {other.value(), String.valueOf(failure.pair().minimum())});
                darkOnly &= failure.scheme().equals("dark");
            }
            List<String> parts = new ArrayList<>();
            where.forEach((text, schemes) -> parts.add(text + " (" + String.join(" and ", schemes) + (schemes.size() > 1 ? " schemes" : " scheme")
                    + ")"));
            // The shade must also keep every pair the colour is in that passes now, in both schemes.
            for (Map<String, Colour> scheme : dark == null ? List.of(light) : List.of(light, dark)) {
                for (Pair pair : PAIRS) {
                    Colour fg = scheme.get(pair.foreground());
                    Colour bg = scheme.get(pair.background());
                    if (fg != null && bg != null && chosen.setting().equals(fg.setting()) != chosen.setting().equals(bg.setting())) {
                        against.add(new String[] {chosen.setting().equals(fg.setting()) ? bg.value() : fg.value(),
                                String.valueOf(pair.minimum())});
                    }
                }
            }
            String shade = nearestPassing(chosen.value(), against);
            String fix = "the nearest shade of " + chosen.value() + " that passes is " + shade
                    + (darkOnly && !chosen.setting().startsWith("colours.dark.")
                    ? "; or keep it, and give the dark scheme its own under colours: dark:" : "");
            problems.add(Problem.error(chosen.file(), chosen.line(), RULE_ID,
                    "[WCAG " + wcag(strictest) + " " + RULE_ID + "] " + chosen.setting() + " " + chosen.value() + " has too little contrast for "
                            + String.join("; ", parts), fix));
        }
        return problems;
    }

    public static Schemes declarations(String css, String file) {
        Map<String, Colour> light = new LinkedHashMap<>();
        Map<String, Colour> dark = new LinkedHashMap<>();
        int depth = 0;
        int darkDepth = -1;
        int line = 1;
        StringBuilder selector = new StringBuilder();
        String[] lines = css.split("\n", -1);
        for (String text : lines) {
            Matcher property = PROPERTY.matcher(text);
            while (property.find()) {
                Colour declaration = new Colour(property.group(2), file, line, null);
                (darkDepth >= 0 ? dark : light).put(property.group(1), declaration);
            }
            for (char c : text.toCharArray()) {
                if (c == '{') {
                    if (selector.toString().replace(" ", "").contains("prefers-color-scheme:dark") && darkDepth < 0) {
                        darkDepth = depth;
                    }
                    depth++;
                    selector.setLength(0);
                } else if (c == '}') {
                    depth--;
                    if (depth == darkDepth) {
                        darkDepth = -1;
                    }
                    selector.setLength(0);
                } else if (c == ';') {
                    selector.setLength(0);
                } else {
                    selector.append(c);
                }
            }
            selector.append(' ');
            line++;
        }
        return new Schemes(light, dark);
    }

    /** A pair below its ratio: which colour of it to change (the site's, when the site chose one), and in which scheme. */
    private record Failure(Pair pair, String scheme, Colour fg, Colour bg, double ratio, Colour chosen) {
    }

    private static void failures(Map<String, Colour> colours, String scheme, List<Failure> failures) {
        for (Pair pair : PAIRS) {
            Colour fg = colours.get(pair.foreground());
            Colour bg = colours.get(pair.background());
            if (fg == null || bg == null) {
                continue;
            }
            double ratio = ratio(fg.value(), bg.value());
            if (ratio + 1e-9 < pair.minimum()) {
                Colour chosen = fg.setting() != null ? fg : bg.setting() != null ? bg : fg.line() >= bg.line() ? fg : bg;
                failures.add(new Failure(pair, scheme, fg, bg, ratio, chosen));
            }
        }
    }

    private static String wcag(double minimum) {
        return minimum >= 7 ? "1.4.6" : minimum < 4.5 ? "1.4.11" : "1.4.3";
    }

    private static String format(double ratio) {
        return String.format(Locale.ROOT, "%.2f", ratio);
    }

    /** How the message names a colour: by its site.yml setting when the site chose it, else by the CSS property. */
    private static String name(Colour colour, String property) {
        return colour.setting() != null ? colour.setting() : property;
    }

    /**
     * The colour of the same hue and saturation, lightened or darkened as little as it takes, that has at
     * least {@code minimum} contrast with {@code other}: the shade to suggest when a group's colour fails.
     */
    public static String nearestPassing(String colour, String other, double minimum) {
        return nearestPassing(colour, List.<String[]>of(new String[] {other, String.valueOf(minimum)}));
    }

    /** The nearest shade of {@code colour} that has each {other, minimum ratio} of {@code against}. */
    static String nearestPassing(String colour, List<String[]> against) {
        float[] hsl = hsl(colour);
        for (int step = 1; step <= 1000; step++) {
            double delta = step / 1000.0;
            for (double lightness : new double[] {hsl[2] - delta, hsl[2] + delta}) {
                if (lightness < 0 || lightness > 1) {
                    continue;
                }
                String candidate = hex(hsl[0], hsl[1], lightness);
                if (against.stream().allMatch(pair -> ratio(candidate, pair[0]) >= Double.parseDouble(pair[1]))) {
                    return candidate;
                }
            }
        }
        for (String fallback : List.of("#000000", "#ffffff")) {
            if (against.stream().allMatch(pair -> ratio(fallback, pair[0]) >= Double.parseDouble(pair[1]))) {
                return fallback;
            }
        }
        return "(none: no shade of it reads against all of these; choose another colour)";
    }

    private static int[] rgb(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3 || h.length() == 4) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        return new int[] {Integer.parseInt(h.substring(0, 2), 16), Integer.parseInt(h.substring(2, 4), 16),
                Integer.parseInt(h.substring(4, 6), 16)};
    }

    /** Hue (0-1), saturation and lightness of an sRGB colour. */
    private static float[] hsl(String hex) {
        int[] c = rgb(hex);
        double r = c[0] / 255.0;
        double g = c[1] / 255.0;
        double b = c[2] / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double l = (max + min) / 2;
        double h = 0;
        double s = 0;
        if (max != min) {
            double d = max - min;
            s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
            if (max == r) {
                h = (g - b) / d + (g < b ? 6 : 0);
            } else if (max == g) {
                h = (b - r) / d + 2;
            } else {
                h = (r - g) / d + 4;
            }
            h /= 6;
        }
        return new float[] {(float) h, (float) s, (float) l};
    }

    private static String hex(double h, double s, double l) {
        double q = l < 0.5 ? l * (1 + s) : l + s - l * s;
        double p = 2 * l - q;
        int r = (int) Math.round(255 * hue(p, q, h + 1.0 / 3));
        int g = (int) Math.round(255 * hue(p, q, h));
        int b = (int) Math.round(255 * hue(p, q, h - 1.0 / 3));
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private static double hue(double p, double q, double t) {
        if (t < 0) {
            t += 1;
        }
        if (t > 1) {
            t -= 1;
        }
        if (t < 1.0 / 6) {
            return p + (q - p) * 6 * t;
        }
        if (t < 1.0 / 2) {
            return q;
        }
        if (t < 2.0 / 3) {
            return p + (q - p) * (2.0 / 3 - t) * 6;
        }
        return p;
    }

    /** The WCAG contrast ratio of two sRGB colours written as #rgb or #rrggbb. */
    public static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3 || h.length() == 4) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        double r = channel(Integer.parseInt(h.substring(0, 2), 16));
        double g = channel(Integer.parseInt(h.substring(2, 4), 16));
        double b = channel(Integer.parseInt(h.substring(4, 6), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
