package org.socialcarefuture.northstar.a11y;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.problem.Problem;

/**
 * A group's own colours (site.yml's {@code colours:}) over the theme's: the stylesheet that sets them, and
 * the contrast check of every pair they take part in, in the light scheme and in the dark one. A pair
 * that fails stops the bake at the site.yml line of the colour the group chose, with the nearest shade of
 * it that passes.
 */
public final class BrandColours {

    private BrandColours() {
    }

    /**
     * The stylesheet published as css/brand.css, after the theme's: the site's colours, then its dark ones.
     * Unconditional rules after the theme's dark rules also win in the dark scheme; that is why the check
     * below lays them over the theme's dark colours too.
     */
    public static String css(SiteConfig config) {
        StringBuilder css = new StringBuilder("/* The site's own colours, from site.yml, over the theme's. */\n");
        if (!config.colours().isEmpty()) {
            css.append(":root {\n");
            config.colours().forEach((name, value) -> css.append("  --").append(name.replace('_', '-')).append(": ").append(value).append(";\n"));
            css.append("}\n");
        }
        if (!config.darkColours().isEmpty()) {
            css.append("@media (prefers-color-scheme: dark) {\n  :root {\n");
            config.darkColours().forEach((name, value) -> css.append("    --").append(name.replace('_', '-')).append(": ").append(value).append(";\n"));
            css.append("  }\n}\n");
        }
        return css.toString();
    }

    /**
     * The contrast of the theme's colours with the site's laid over them. With no colours in site.yml this
     * is the theme's own check; with some, every failing pair is reported against the site's setting.
     */
    public static List<Problem> check(String themeCss, String themeFile, SiteConfig config) {
        ThemeContrast.Schemes theme = ThemeContrast.declarations(themeCss, themeFile);
        Map<String, ThemeContrast.Colour> light = new LinkedHashMap<>(theme.light());
        Map<String, ThemeContrast.Colour> site = colours(config.colours(), "colours.", config);
        light.putAll(site);
        Map<String, ThemeContrast.Colour> dark = new LinkedHashMap<>(theme.light());
        dark.putAll(theme.dark());
        dark.putAll(site);
        dark.putAll(colours(config.darkColours(), "colours.dark.", config));
        boolean hasDark = !theme.dark().isEmpty() || !config.darkColours().isEmpty();
        return ThemeContrast.check(light, hasDark ? dark : null);
    }

    private static Map<String, ThemeContrast.Colour> colours(Map<String, String> given, String prefix, SiteConfig config) {
        Map<String, ThemeContrast.Colour> colours = new LinkedHashMap<>();
        given.forEach((name, value) -> colours.put("--" + name.replace('_', '-'),
                new ThemeContrast.Colour(value, config.source(), config.line(prefix + name), prefix + name)));
        return colours;
    }
}
