package org.socialcarefuture.northstar.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialcarefuture.northstar.problem.Problem;

class ThemeContrastTest {

    @Test
    void ratiosMatchTheWcagFormula() {
        assertEquals(21.0, ThemeContrast.ratio("#000", "#fff"), 0.01);
        assertEquals(4.54, ThemeContrast.ratio("#767676", "#ffffff"), 0.01);
        assertEquals(1.0, ThemeContrast.ratio("#13315c", "#13315c"), 0.001);
    }

    @Test
    void aPaleTextColourIsReportedAtItsCssLine() {
        String css = ":root {\n  --text: #1b1b1b;\n  --background: #ffffff;\n  --muted: #999999;\n}\n";
        List<Problem> problems = ThemeContrast.check(css, "theme.css");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(4, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("[WCAG 1.4.3 contrast] dates and bylines in the light scheme"), problems.get(0).message());
    }

    @Test
    void darkSchemeOverridesAreCheckedAgainstTheirOwnBackground() {
        String css = ":root { --text: #1b1b1b; --background: #ffffff; }\n"
                + "@media (prefers-color-scheme: dark) {\n  :root {\n    --background: #222222;\n  }\n}\n";
        List<Problem> problems = ThemeContrast.check(css, "theme.css");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("dark scheme"));
    }

    @Test
    void easyReadTextNeedsSevenToOne() {
        String css = ":root { --easy-text: #6a6a6a; --easy-background: #ffffff; }\n";
        List<Problem> problems = ThemeContrast.check(css, "theme.css");
        assertTrue(problems.get(0).message().contains("[WCAG 1.4.6 contrast]"), problems.toString());
    }

    @Test
    void theDefaultThemePasses() throws IOException {
        assertEquals(List.of(), ThemeContrast.check(Files.readString(Path.of("themes/default/assets/css/site.css")), "site.css"));
    }
}
