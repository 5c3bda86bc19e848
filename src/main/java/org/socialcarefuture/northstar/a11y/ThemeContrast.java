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
            new Pair("--easy-text", "--easy-background", 7.0, "easy-read text"),
            new Pair("--border", "--background", 3.0, "borders of controls"));

    private static final Pattern PROPERTY = Pattern.compile("(--[a-zA-Z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]{3,8})\\s*;");

    private ThemeContrast() {
    }

    private record Declaration(String value, int line) {
    }

    public static List<Problem> check(String css, String file) {
        Map<String, Declaration> light = new LinkedHashMap<>();
        Map<String, Declaration> dark = new LinkedHashMap<>();
        int depth = 0;
        int darkDepth = -1;
        int line = 1;
        StringBuilder selector = new StringBuilder();
        String[] lines = css.split("\n", -1);
        for (String text : lines) {
            Matcher property = PROPERTY.matcher(text);
            while (property.find()) {
                Declaration declaration = new Declaration(property.group(2), line);
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
        List<Problem> problems = new ArrayList<>();
        checkScheme(light, "light", file, problems);
        if (!dark.isEmpty()) {
            Map<String, Declaration> merged = new LinkedHashMap<>(light);
            merged.putAll(dark);
            checkScheme(merged, "dark", file, problems);
        }
        return problems;
    }

    private static void checkScheme(Map<String, Declaration> colours, String scheme, String file, List<Problem> problems) {
        for (Pair pair : PAIRS) {
            Declaration fg = colours.get(pair.foreground());
            Declaration bg = colours.get(pair.background());
            if (fg == null || bg == null) {
                continue;
            }
            double ratio = ratio(fg.value(), bg.value());
            if (ratio + 1e-9 < pair.minimum()) {
                String wcag = pair.minimum() >= 7 ? "1.4.6" : pair.minimum() < 4.5 ? "1.4.11" : "1.4.3";
                problems.add(Problem.error(file, Math.max(fg.line(), bg.line()), RULE_ID,
                        "[WCAG " + wcag + " " + RULE_ID + "] " + pair.where() + " in the " + scheme + " scheme: "
                                + pair.foreground() + " " + fg.value() + " on " + pair.background() + " " + bg.value()
                                + " has contrast " + String.format(Locale.ROOT, "%.2f", ratio) + ":1, below "
                                + pair.minimum() + ":1",
                        "darken or lighten one of the two colours"));
            }
        }
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
