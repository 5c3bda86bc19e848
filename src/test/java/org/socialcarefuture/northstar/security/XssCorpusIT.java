package org.socialcarefuture.northstar.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.Build;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.config.BuildOptions;
import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.fuzz.Hostile;
import org.socialcarefuture.northstar.problem.BuildFailedException;
import org.socialcarefuture.northstar.problem.Problem;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * A public list of real XSS payloads (payloadbox/xss-payload-list, MIT, 6,613 lines; src/test/resources/xss/) put
 * through every field a volunteer writes: title, summary, tags, author, a picture's description, a letter's
 * signatories and addressees, an event's place and access notes, and the body. Each payload is one post, one letter,
 * one event and one newsletter, with the payload in every field of each; the sites are baked a few hundred payloads
 * at a time. Then every file the bake wrote is read with a real parser of its format, as a reader would read it:
 * HTML pages and the e-mail version with jsoup; RSS and Atom with the JDK's XML parser, then every text that a feed
 * reader may show as HTML (an RSS description, title and category; Atom's type="html") with jsoup as HTML; JSON Feed,
 * the search index and site.json with Jackson, content_html as HTML; each .ics with ical4j, every event's text
 * coming back exactly as written (RFC 5545 escaping and folding); and _headers line by line. None may hold a script
 * element, an event handler, or a javascript:/vbscript:/data: address (Hostile.scriptIn).
 */
class XssCorpusIT {

    private static final Path LIST = Path.of("src/test/resources/xss/payloadbox-xss-payload-list.txt");
    /** Payloads per bake: four pages each, and a tag and an author page; a few hundred bake in seconds. */
    private static final int BATCH = 400;

    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noPayloadOfThePublicListRunsInAnyFileTheBuildWrites() throws Exception {
        List<String> payloads = Files.readAllLines(LIST, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
        assertEquals(6613, payloads.size(), "the whole public list");
        // -Dxss.limit=N tries the first N only, while working on this test; the build always runs them all.
        payloads = payloads.subList(0, Math.min(payloads.size(), Integer.getInteger("xss.limit", payloads.size())));
        // -Dxss.stride=N takes every Nth payload: the list is grouped by kind, so a stride still meets every kind.
        int stride = Integer.getInteger("xss.stride", 1);
        List<String> all = payloads;
        payloads = java.util.stream.IntStream.range(0, all.size()).filter(i -> i % stride == 0).mapToObj(all::get).toList();
        int published = 0;
        int files = 0;
        List<String> findings = new ArrayList<>();
        Set<String> refusedRules = new TreeSet<>();
        int refused = 0;
        int bodies = 0;
        for (int from = 0; from < payloads.size(); from += BATCH) {
            List<String> batch = payloads.subList(from, Math.min(payloads.size(), from + BATCH));
            Batch result = bake(dir.resolve("batch-" + from), from, batch);
            refused += result.refused().size();
            bodies += result.bodiesRefused();
            refusedRules.addAll(result.refusedRules());
            published += batch.size() - result.refused().size();
            files += look(result.site(), findings);
            assertEquals(List.of(), findings, "payloads " + from + " to " + (from + batch.size() - 1));
            System.out.printf("XSS corpus: payloads %d to %d baked and checked (so far %d refused in the body, %d in every field;"
                    + " for %s)%n", from, from + batch.size() - 1, bodies, refused, refusedRules);
            org.socialcarefuture.northstar.publish.Staging.deleteTree(result.site().getParent());
        }
        System.out.printf("XSS corpus: %d payloads, %d published and checked in %d files (%d of them in the front matter only: the"
                + " bake refused them in the body); %d refused everywhere, with an error at their file (%s)%n", payloads.size(), published,
                files, bodies - refused, refused, refusedRules);
        assertTrue(published > payloads.size() * 9 / 10, "most payloads are published, so most are really checked: " + published);
    }

    /**
     * PDFs take a few seconds each (veraPDF checks every one), so their metadata is tried with the payloads that
     * test an XML writer hardest: every one with a quote, an ampersand, a CDATA end or an XMP packet's own markup.
     * The title and subject in the document information and in the XMP (read back by PDFBox's XMP parser) must
     * be the page's own words, unchanged.
     */
    @Test
    void aPdfsMetadataHoldsThePayloadAsWordsInItsInformationAndItsXmp() throws Exception {
        List<String> hard = Files.readAllLines(LIST, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("]]>") || line.contains("<?xpacket") || line.contains("&#") || line.contains("\"")).limit(6).toList();
        List<String> payloads = new ArrayList<>(hard);
        payloads.add("<x:xmpmeta><rdf:RDF></rdf:RDF></x:xmpmeta>]]><dc:title>owned</dc:title>");
        TestSite site = TestSite.of(dir.resolve("pdf"), "-- content/about.md --\n---\ntitle: About\n---\nWho we are.\n");
        for (int i = 0; i < payloads.size(); i++) {
            String p = yaml(payloads.get(i));
            Files.createDirectories(site.content().resolve("letters"));
            Files.writeString(site.content().resolve("letters/2021-01-0" + (i + 1) + "-p" + i + ".md"), "---\ntitle: " + yaml(payloads.get(i) + " (" + i + ")")
                    + "\nsummary: " + p + "\nauthor: " + p + "\ndate: 2021-01-0" + (i + 1) + "\nsignatories:\n  - name: " + p + "\n---\nWords.\n");
        }
        Path settings = dir.resolve("pdf/site.yml");
        Files.writeString(settings, Files.readString(Path.of("src/test/resources/test-site.yml")) + "\nsocial_cards: false\npdfs: [letter]\n");
        Build.bake(new BuildOptions(site.content(), Path.of("themes/default").toAbsolutePath(), site.output(), SiteConfig.load(settings), false,
                Clock.fixed(TestSite.TODAY, ZoneOffset.UTC)));
        int pdfs = 0;
        try (Stream<Path> walk = Files.walk(site.output())) {
            for (Path pdf : walk.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                pdfs++;
                int n = Integer.parseInt(pdf.getFileName().toString().replaceAll("\\D", ""));
                try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                    String title = document.getDocumentInformation().getTitle();
                    assertEquals((payloads.get(n) + " (" + n + ")").strip(), title.strip(), pdf + ": the title, as words");
                    org.apache.xmpbox.xml.DomXmpParser parser = new org.apache.xmpbox.xml.DomXmpParser();
                    parser.setStrictParsing(false); // the PDF/UA identification schema is one xmpbox has no definition of
                    org.apache.xmpbox.XMPMetadata xmp = parser.parse(document.getDocumentCatalog().getMetadata().toByteArray());
                    assertEquals(title, xmp.getDublinCoreSchema().getTitle(), pdf + ": the XMP title is the same words");
                    assertEquals(payloads.get(n).strip(), document.getDocumentInformation().getSubject().strip(), pdf + ": the subject");
                }
            }
        }
        assertEquals(payloads.size(), pdfs, "a PDF for each letter");
    }

    private record Batch(Path site, Set<Integer> refused, int bodiesRefused, Set<String> refusedRules) {
    }

    /**
     * Bakes one batch. A payload the bake refuses (an error at its file, e.g. a tag with no letters) publishes nothing,
     * which is safe too; its files are taken out and the rest baked again, so everything else is still checked.
     */
    private Batch bake(Path root, int first, List<String> batch) throws Exception {
        TestSite site = TestSite.of(root, "-- content/about.md --\n---\ntitle: About\n---\nWho we are.\n"
                + "-- content/images/x.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 3\"><rect width=\"4\" height=\"3\"/></svg>\n");
        for (int i = 0; i < batch.size(); i++) {
            writePages(site.content(), first + i, batch.get(i));
        }
        Set<Integer> refused = new TreeSet<>();
        Set<Integer> bodiesRefused = new TreeSet<>();
        Set<String> rules = new TreeSet<>();
        SiteConfig config = SiteConfig.load(writeSettings(root));
        BuildOptions options = new BuildOptions(site.content(), Path.of("themes/default").toAbsolutePath(), site.output(), config, false,
                Clock.fixed(TestSite.TODAY, ZoneOffset.UTC));
        for (int attempt = 0; attempt < 6; attempt++) {
            try {
                Build.bake(options);
                return new Batch(site.output(), refused, bodiesRefused.size(), rules);
            } catch (BuildFailedException failed) {
                Set<Integer> thisTime = new TreeSet<>(); // a page with two problems is one refusal
                for (Problem problem : failed.problems()) {
                    if (!problem.isError()) {
                        continue;
                    }
                    assertFalse(problem.rule().equals("internal"), "a fault nobody foresaw: " + problem);
                    java.util.regex.Matcher number = java.util.regex.Pattern.compile("/p(\\d+)/|-p(\\d+)\\.md|/p(\\d+)\\.md")
                            .matcher(problem.file() + " " + problem.message());
                    assertTrue(number.find(), "a problem not at a payload's page: " + problem);
                    int index = Integer.parseInt(number.group(1) != null ? number.group(1) : number.group(2) != null ? number.group(2)
                            : number.group(3));
                    if (Boolean.getBoolean("xss.verbose")) {
                        System.out.println("refused: " + problem);
                    }
                    rules.add(problem.rule());
                    if (!thisTime.add(index)) {
                        continue;
                    }
                    if (bodiesRefused.add(index)) {
                        // First the payload leaves the body (a link to nowhere, say), and stays in every other field;
                        removePages(site.content(), index);
                        writePages(site.content(), index, batch.get(index - first), false);
                    } else if (refused.add(index)) {
                        removePages(site.content(), index); // then, refused in its fields too, it is left out.
                    }
                }
            }
        }
        throw new AssertionError("batch from " + first + " still fails after taking out " + refused);
    }

    /** The movement's settings, without PDFs (the PDF test checks their metadata) and social cards (drawn pixels, not markup). */
    private static Path writeSettings(Path root) throws IOException {
        Path file = root.resolve("site.yml");
        Files.writeString(file, Files.readString(Path.of("src/test/resources/test-site.yml")) + "\nsocial_cards: false\npdfs: []\n");
        return file;
    }

    private static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
    }

    private static void writePages(Path content, int n, String payload) throws IOException {
        writePages(content, n, payload, true);
    }

    private static void writePages(Path content, int n, String payload, boolean inTheBody) throws IOException {
        String p = yaml(payload);
        String day = String.format("2021-%02d-%02d", 1 + n % 12, 1 + n % 28);
        // The list has some payloads twice: the number keeps two pages' titles (and so their links' words) apart.
        // A payload in the body is often what the gate refuses: a picture with no alt is set aside on these pages (as a
        // volunteer may, with a reason), so the body is published and looked at; other refusals are handled in bake().
        String common = "title: " + yaml(payload + " (" + n + ")") + "\nsummary: " + p + "\ntags: [" + p + "]\nauthor: " + p + "\n"
                + "a11y_ignore:\n  - rule: image-alt\n    reason: the XSS test's payloads\n";
        String body = !inTheBody ? "\nWords, and [a link](../about.md).\n"
                : "\n" + payload + "\n\nWords after it, and [a link](../about.md) then " + payload + " again.\n";
        Files.createDirectories(content.resolve("blog"));
        Files.writeString(content.resolve("blog/" + day + "-p" + n + ".md"), "---\n" + common + "date: " + day
                + "\nimage: ../images/x.svg\nimage_alt: " + p + "\n---\n" + body);
        Files.createDirectories(content.resolve("letters"));
        Files.writeString(content.resolve("letters/" + day + "-p" + n + ".md"), "---\n" + common + "date: " + day + "\nto: [" + p + "]\n"
                + "signatories:\n  - name: " + p + "\n    role: " + p + "\n    organisation: " + p + "\n---\n" + body);
        Files.createDirectories(content.resolve("events"));
        Files.writeString(content.resolve("events/p" + n + ".md"), "---\n" + common + "start: " + day + " 14:30\nlocation: " + p
                + "\naccess: [" + yaml(payload + " and a note") + ", step-free]\norganiser: " + p + "\n---\n" + body);
        Files.createDirectories(content.resolve("newsletters"));
        Files.writeString(content.resolve("newsletters/" + day + "-p" + n + ".md"), "---\n" + common + "date: " + day + "\n---\n" + body);
    }

    private static void removePages(Path content, int n) throws IOException {
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path file : walk.filter(f -> f.getFileName().toString().matches("(.*-)?p" + n + "\\.md")).toList()) {
                Files.delete(file);
            }
        }
    }

    // --- reading what was written, as its readers read it

    /** Looks at every file of a baked site; returns how many it read. */
    private static int look(Path site, List<String> findings) throws Exception {
        int read = 0;
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                String where = site.relativize(file).toString();
                if (where.replace('\\', '/').startsWith("admin/")) {
                    continue; // the browser editor's own fixed files (cms/AdminFiles), the same whatever content/ holds
                } else if (name.endsWith(".html")) {
                    found(findings, where, Hostile.scriptIn(Files.readString(file)));
                } else if (name.equals("feed.xml") || name.equals("podcast.xml")) {
                    rss(Files.readAllBytes(file), where, findings);
                } else if (name.equals("atom.xml")) {
                    atom(Files.readAllBytes(file), where, findings);
                } else if (name.endsWith(".json")) {
                    json(JSON.readTree(file.toFile()), where, name.equals("feed.json"), findings);
                } else if (name.endsWith(".ics")) {
                    ics(Files.readString(file), where, findings);
                } else if (name.equals("_headers")) {
                    headers(Files.readString(file), where, findings);
                } else {
                    continue;
                }
                read++;
            }
        }
        return read;
    }

    private static void found(List<String> findings, String where, String script) {
        if (script != null) {
            findings.add(where + ": " + (script.length() > 300 ? script.substring(0, 300) + "..." : script));
        }
    }

    private static org.w3c.dom.Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    /** RSS 2.0 readers take description as HTML, and many take title and category so too: each is read as HTML. */
    private static void rss(byte[] bytes, String where, List<String> findings) throws Exception {
        org.w3c.dom.Document feed = xml(bytes);
        for (Node child = feed.getElementsByTagName("channel").item(0).getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && Set.of("title", "description").contains(element.getLocalName())) {
                found(findings, where + " channel <" + element.getNodeName() + ">", Hostile.scriptIn(element.getTextContent()));
            }
        }
        NodeList items = feed.getElementsByTagName("item");
        for (int i = 0; i < items.getLength(); i++) {
            for (Node child = items.item(i).getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element) {
                    String local = element.getLocalName();
                    if (Set.of("title", "description", "category", "encoded", "creator", "author", "summary", "subtitle").contains(local)) {
                        found(findings, where + " <" + element.getNodeName() + ">", Hostile.scriptIn(element.getTextContent()));
                    }
                }
            }
        }
    }

    /** Atom says each text's type: text is shown as text (safe whatever it holds); html is read as HTML. */
    private static void atom(byte[] bytes, String where, List<String> findings) throws Exception {
        org.w3c.dom.Document feed = xml(bytes);
        NodeList all = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String type = element.getAttribute("type");
            boolean text = Set.of("title", "subtitle", "summary", "content", "rights").contains(element.getLocalName());
            if (text && (type.equals("html") || type.equals("text/html") || type.equals("xhtml"))) {
                found(findings, where + " <" + element.getLocalName() + " type=" + type + ">", Hostile.scriptIn(element.getTextContent()));
            } else if (text && !type.isEmpty() && !type.equals("text") && !type.equals("text/plain")) {
                findings.add(where + ": <" + element.getLocalName() + "> of type " + type);
            }
        }
    }

    /** JSON: content_html is HTML by name; every other string is text, which the search page shows with textContent. */
    private static void json(JsonNode node, String where, boolean feed, List<String> findings) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("content_html") && field.getValue().isTextual()) {
                    found(findings, where + " content_html", Hostile.scriptIn(field.getValue().asText()));
                } else {
                    json(field.getValue(), where, feed, findings);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> json(child, where, feed, findings));
        } else if (node.isTextual() && (node.asText().toLowerCase(java.util.Locale.ROOT).startsWith("javascript:"))) {
            findings.add(where + ": a javascript: address " + node.asText());
        }
    }

    /**
     * A calendar file: parsed by ical4j, each event's summary, place and description come back as the text of its page,
     * so no payload broke out of RFC 5545's escaping or folding into a property of its own.
     */
    private static void ics(String text, String where, List<String> findings) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
            for (String property : List.of("ATTACH", "ATTENDEE", "ORGANIZER", "X-ALT-DESC", "VALARM")) {
                if (event.getProperty(property).isPresent()) {
                    findings.add(where + ": a " + property + " property no event of ours has");
                }
            }
            String summary = event.<net.fortuna.ical4j.model.Property>getProperty("SUMMARY").map(s -> s.getValue()).orElse("");
            String description = event.<net.fortuna.ical4j.model.Property>getProperty("DESCRIPTION").map(d -> d.getValue()).orElse("");
            // The summary is the page's title, the payload with its number; the description starts with the payload.
            String payload = summary.replaceFirst(" \\((postponed|cancelled)\\)$", "").replaceFirst(" \\(\\d+\\)$", "").strip();
            if (!description.contains(payload)) {
                findings.add(where + ": the description " + description + " lost the summary's text " + summary);
            }
        }
        for (String line : text.split("\r\n")) {
            if (line.getBytes(StandardCharsets.UTF_8).length > 75) {
                findings.add(where + ": a line longer than RFC 5545's 75 octets: " + line);
            }
        }
    }

    /** _headers: every line a path, a header of ours, or blank; no payload made a header of its own. */
    private static void headers(String text, String where, List<String> findings) {
        for (String line : text.split("\n")) {
            boolean ok = line.isBlank() || line.startsWith("#") || line.startsWith("/")
                    || line.matches("  (Content-Security-Policy|X-Content-Type-Options|Referrer-Policy|Permissions-Policy|X-Frame-Options"
                    + "|Strict-Transport-Security|Cross-Origin-Opener-Policy|Cross-Origin-Resource-Policy|Cache-Control|Content-Type"
                    + "|X-Robots-Tag|Link): [^\\u0000-\\u001f]*");
            if (!ok) {
                findings.add(where + ": a line that is no header of ours: " + line);
            }
        }
    }
}
