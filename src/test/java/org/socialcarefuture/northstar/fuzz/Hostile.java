package org.socialcarefuture.northstar.fuzz;

import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The one thing no output may ever contain: markup that runs. The fuzz targets and the XSS corpus test both ask
 * this of what the build publishes. (The pieces the fuzzer builds its input from are its dictionaries, the .dict
 * files beside the seeds.)
 */
public final class Hostile {

    private Hostile() {
    }

    /** What no page may ever run: a script element, an event handler, or a script or data address; null when there is none. */
    public static String scriptIn(String html) {
        return scriptIn(Jsoup.parse(html));
    }

    /** The same, for an SVG drawing read as a browser reads an .svg file: as XML. */
    public static String scriptInSvg(String svg) {
        Document drawing = Jsoup.parse(svg, "", Parser.xmlParser());
        for (Element element : drawing.getAllElements()) {
            String name = element.normalName().toLowerCase(Locale.ROOT);
            if (name.equals("foreignobject") || name.equals("handler") || name.endsWith(":script")) {
                return "a <" + name + "> element: " + element.outerHtml();
            }
            if (name.equals("set") || name.startsWith("animate")) {
                String target = element.attr("attributeName").toLowerCase(Locale.ROOT).strip();
                if (target.startsWith("on") || target.endsWith("href")) {
                    return "an animation that sets " + target + ": " + element.outerHtml();
                }
            }
        }
        return scriptIn(drawing);
    }

    private static String scriptIn(Document page) {
        for (Element element : page.getAllElements()) {
            // The theme's own scripts are files under /js/ (and the home page's JSON data block runs nothing).
            boolean theTheme = element.attr("src").startsWith("/js/") || element.attr("type").equals("application/json")
                    || element.attr("type").equals("application/ld+json");
            if (element.normalName().equalsIgnoreCase("script") && !theTheme) {
                return "a <script> element: " + element.outerHtml();
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    return "an event handler: " + element.outerHtml();
                }
                boolean address = name.equals("href") || name.endsWith(":href") || name.equals("src") || name.equals("action")
                        || name.equals("formaction") || name.equals("data") || name.equals("srcdoc") || name.equals("poster")
                        || name.equals("background");
                boolean pictureData = value.matches("data:image/(png|jpe?g|gif|webp);base64,.*");
                if (address && (value.startsWith("javascript:") || value.startsWith("vbscript:")
                        || (value.startsWith("data:") && !pictureData) || (name.equals("srcdoc") && element.normalName().equals("iframe")))) {
                    return "a script address: " + element.outerHtml();
                }
                if (name.equals("http-equiv") && value.equals("refresh") && element.attr("content").toLowerCase(Locale.ROOT)
                        .replaceAll("[\\s\\u0000-\\u001f]", "").contains("url=javascript:")) {
                    return "a refresh to a script: " + element.outerHtml();
                }
            }
        }
        return null;
    }
}
