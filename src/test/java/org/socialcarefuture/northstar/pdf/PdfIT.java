package org.socialcarefuture.northstar.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.Build;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.config.BuildOptions;
import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.problem.Problem;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Accessible PDFs: each report, letter and easy-read page of the movement's site has one, and veraPDF (called here
 * directly, not through the bake's own check) finds no failed PDF/UA-1 or PDF/A-3a rule in any of them; what a
 * screen reader and a printer need is in them; the site and each page can turn them on and off; bad input is named.
 */
public class PdfIT {

    @TempDir
    Path dir;

    /** The movement's documents that travel on paper (content/letters, content/reports and every easy-read file). */
    static final List<String> MOVEMENT_PDFS = List.of(
            "reports/whose-social-care-is-it-anyway/whose-social-care-is-it-anyway.pdf",
            "reports/whose-social-care-is-it-anyway/easy-read/whose-social-care-is-it-anyway-easy-read.pdf",
            "letters/2020/12/to-the-prime-minister/to-the-prime-minister.pdf",
            "letters/2021/03/to-directors-of-adult-social-services/to-directors-of-adult-social-services.pdf",
            "letters/2021/05/after-the-queens-speech/after-the-queens-speech.pdf",
            "letters/2021/06/spending-review-priorities/spending-review-priorities.pdf",
            "about/easy-read/about-easy-read.pdf",
            "vision/easy-read/vision-easy-read.pdf",
            "blog/2021/01/social-care-needs-a-metoo-moment/easy-read/social-care-needs-a-metoo-moment-easy-read.pdf");

    @Test
    void theMovementsReportLettersAndEasyReadPagesEachHaveAPdfThatVeraPdfPasses() throws Exception {
        Path site = dir.resolve("site");
        Build.Result result = Build.bake(new BuildOptions(Path.of("content"), Path.of("themes/default"), site,
                SiteConfig.load(Path.of("site.yml")), false, Clock.fixed(TestSite.TODAY, ZoneOffset.UTC)));
        assertEquals("", TestSite.lines(result.warnings().stream().filter(p -> p.rule().startsWith("pdf")).toList()), "nothing to say of any PDF");
        List<String> made;
        try (var walk = Files.walk(site)) {
            made = walk.map(file -> site.relativize(file).toString().replace('\\', '/')).filter(name -> name.endsWith(".pdf")).sorted().toList();
        }
        assertEquals(MOVEMENT_PDFS.stream().sorted().toList(), made, "one PDF for each report, letter and easy-read page, and no other");
        long letters;
        long easyRead;
        try (var walk = Files.walk(Path.of("content"))) {
            List<String> files = walk.map(Path::toString).filter(name -> name.endsWith(".md")).toList();
            letters = files.stream().filter(name -> name.replace('\\', '/').contains("content/letters/") && !name.endsWith(".easy.md")).count();
            easyRead = files.stream().filter(name -> name.endsWith(".easy.md")).count();
        }
        assertEquals(1 + letters + easyRead, made.size(), "content/ has " + letters + " letters and " + easyRead + " easy-read files");

        String report = Files.readString(dir.resolve("a11y-report/index.html"));
        for (String path : MOVEMENT_PDFS) {
            Path pdf = site.resolve(path);
            assertEquals(List.of(), veraPdfFailures(Files.readAllBytes(pdf)), path);
            Document page = Jsoup.parse(Files.readString(pdf.resolveSibling("index.html")));
            String title = page.select("h1").text();
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertEquals("en-GB", document.getDocumentCatalog().getLanguage(), path + ": the document's language");
                assertEquals(title, document.getDocumentInformation().getTitle(), path + ": the title");
                assertTrue(document.getDocumentCatalog().getViewerPreferences().displayDocTitle(), path + ": the title in the window's bar");
                assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), path + ": tagged");
                for (PDPage each : document.getPages()) {
                    for (var name : each.getResources().getFontNames()) {
                        PDFont font = each.getResources().getFont(name);
                        assertTrue(font.isEmbedded(), path + ": font " + font.getName() + " embedded");
                        assertTrue(font.getName().contains("AtkinsonHyperlegible"), path + ": " + font.getName());
                    }
                }
                Set<String> tags = structureTypes(document);
                assertTrue(tags.containsAll(List.of("H1", "P", "Link")), path + ": headings, paragraphs and links are tagged: " + tags);
                String permalink = "https://socialcarefuture.blog/" + path.substring(0, path.lastIndexOf('/') + 1);
                assertTrue(linkAddresses(document).contains(permalink), path + ": the cover links to the page: " + linkAddresses(document));
                assertTrue(bookmarks(document.getDocumentCatalog().getDocumentOutline() == null ? null
                        : document.getDocumentCatalog().getDocumentOutline().getFirstChild()).contains(title), path + ": bookmarks");
                assertTrue(text(document).replaceAll("\\s+", "").contains("Readitonline:" + permalink), path + ": the page's address on the cover");
            }
            String link = page.select("a[href$=.pdf]").text();
            assertEquals(org.socialcarefuture.northstar.media.MediaMarkup.size(Files.size(pdf)), link.replaceFirst(".*\\((.*)\\)$", "$1"),
                    path + ": the page links to it with its size: " + link);
            assertTrue(report.contains("<code>" + path + "</code>"), "the accessibility report lists " + path);
        }
        assertTrue(report.contains("9 of 9 PDFs meet PDF/UA-1 and PDF/A-3a"), "the report's verdict");

        try (PDDocument document = Loader.loadPDF(site.resolve(MOVEMENT_PDFS.get(0)).toFile())) {
            Set<String> tags = structureTypes(document);
            assertTrue(tags.containsAll(List.of("H2", "H3", "L", "LI", "Table", "TH", "TD")), "the report's lists and table: " + tags);
            List<String> marks = bookmarks(document.getDocumentCatalog().getDocumentOutline().getFirstChild());
            assertTrue(marks.containsAll(List.of("Contents", "1. About the inquiry", "3. Five key changes", "5. What happens next")), marks.toString());
            String words = text(document);
            int contents = words.indexOf("Contents");
            int about = words.lastIndexOf("1. About the inquiry");
            int led = words.indexOf("The inquiry was led by");
            int howPeople = words.lastIndexOf("2. How people took part");
            int next = words.lastIndexOf("5. What happens next");
            assertTrue(contents < words.indexOf("1. About the inquiry") && about < led && led < howPeople && howPeople < next,
                    "reading order: contents, then each section with its words: " + words);
            assertTrue(words.contains("Page 1 of " + document.getNumberOfPages()), "page numbers");
            long inside = 0;
            for (PDPage each : document.getPages()) {
                for (PDAnnotation annotation : each.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && (link.getDestination() != null
                            || link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo)) {
                        inside++;
                    }
                }
            }
            assertTrue(inside >= 5, "the contents list's links go to their sections in the PDF: " + inside);
        }
        try (PDDocument document = Loader.loadPDF(site.resolve("letters/2020/12/to-the-prime-minister/to-the-prime-minister.pdf").toFile())) {
            String words = text(document);
            assertTrue(words.contains("Signed by") && words.contains("Anna Severwright"), "the letter's signatories: " + words);
            assertTrue(words.contains("Boris Johnson, Prime Minister"), "who it is to");
        }
        try (PDDocument document = Loader.loadPDF(site.resolve("about/easy-read/about-easy-read.pdf").toFile())) {
            List<String> pictures = figureAlts(document);
            assertTrue(pictures.contains("A group of people standing together") && pictures.contains("Two people talking"),
                    "each easy-read picture is a figure with its description: " + pictures);
        }
    }

    @Test
    void easyReadOnPaperHasLargeWordsAndNeverSplitsARowAcrossPages() throws Exception {
        StringBuilder points = new StringBuilder();
        List<String> sentences = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            String sentence = "Point " + i + " says one thing in short words that fit on a line or two.";
            sentences.add(sentence);
            points.append("![Two people talking](icon:talk) ").append(sentence).append("\n\n");
        }
        TestSite site = TestSite.of(dir, "-- content/guide.md --\n---\ntitle: Our guide\n---\nThe guide.\n"
                + "-- content/guide.easy.md --\n---\ntitle: Our guide in easy read\n---\n" + points);
        site.bake();
        try (PDDocument document = Loader.loadPDF(site.output().resolve("guide/easy-read/guide-easy-read.pdf").toFile())) {
            assertTrue(document.getNumberOfPages() >= 3, "24 rows take several pages");
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
            for (String sentence : sentences) {
                assertTrue(pages.stream().anyMatch(page -> page.contains(sentence)), "\"" + sentence + "\" whole on one page");
            }
            Sizes sizes = new Sizes();
            sizes.getText(document);
            assertTrue(sizes.smallest("Point ") >= 16f, "easy-read words at 16pt at least, found " + sizes.smallest("Point "));
            assertEquals(24, figureAlts(document).stream().filter("Two people talking"::equals).count(), "every picture described");
        }
    }

    @Test
    void aPageCanSayNoAndSiteYmlCanTurnPdfsOnForOtherKindsOrOff() throws Exception {
        String letters = """
                -- content/letters/2021-01-01-yes.md --
                ---
                title: A letter with a PDF
                date: 2021-01-01
                ---
                Dear all.
                -- content/letters/2021-02-01-no.md --
                ---
                title: A letter without one
                date: 2021-02-01
                pdf: false
                ---
                Dear all.
                -- content/blog/2021-03-01-post.md --
                ---
                title: A post
                date: 2021-03-01
                ---
                Some words.
                """;
        TestSite site = TestSite.of(dir.resolve("default"), letters);
        site.bake();
        assertTrue(site.has("letters/2021/01/yes/yes.pdf"));
        assertFalse(site.has("letters/2021/02/no/no.pdf"), "pdf: false");
        assertTrue(Jsoup.parse(site.file("letters/2021/02/no/index.html")).select("a[href$=.pdf]").isEmpty(), "and no link to one");
        assertFalse(site.has("blog/2021/03/post/post.pdf"), "posts have none unless site.yml says");

        Path settings = dir.resolve("site.yml");
        Files.writeString(settings, "title: Leeds Carers Voice\npdfs: [post]\n");
        TestSite posts = TestSite.of(dir.resolve("posts"), letters);
        Build.bake(new BuildOptions(posts.content(), Path.of("themes/default"), posts.output(), SiteConfig.load(settings), false,
                Clock.fixed(TestSite.TODAY, ZoneOffset.UTC)));
        assertTrue(posts.has("blog/2021/03/post/post.pdf"), "pdfs: [post] turns them on for posts");
        assertFalse(posts.has("letters/2021/01/yes/yes.pdf"), "and off for the kinds it does not list");
        assertEquals("Download this page as a PDF", Jsoup.parse(posts.file("blog/2021/03/post/index.html")).select("a[href$=.pdf]").text()
                .replaceFirst(" \\(.*", ""));

        Files.writeString(settings, "title: Leeds Carers Voice\npdfs: []\n");
        TestSite none = TestSite.of(dir.resolve("none"), letters);
        Build.bake(new BuildOptions(none.content(), Path.of("themes/default"), none.output(), SiteConfig.load(settings), false,
                Clock.fixed(TestSite.TODAY, ZoneOffset.UTC)));
        try (var walk = Files.walk(none.output())) {
            assertTrue(walk.noneMatch(file -> file.toString().endsWith(".pdf")), "pdfs: [] for none");
        }

        Files.writeString(settings, "title: Leeds Carers Voice\npdfs: [reports]\n");
        SiteConfig.Invalid wrong = org.junit.jupiter.api.Assertions.assertThrows(SiteConfig.Invalid.class, () -> SiteConfig.load(settings));
        assertTrue(wrong.getMessage().contains("\"reports\" is not a kind of page") && wrong.getMessage().contains("report"), wrong.getMessage());

        TestSite maybe = TestSite.of(dir.resolve("maybe"), "-- content/letters/2021-01-01-x.md --\n---\ntitle: X\ndate: 2021-01-01\npdf: maybe\n---\nDear all.\n");
        List<Problem> problems = maybe.bakeFails();
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("2021-01-01-x.md") && p.line() == 4 && p.message().contains("pdf \"maybe\"")
                && p.fix().contains("pdf: false")), TestSite.lines(problems));
    }

    @Test
    void aTableTooWideForThePaperIsAWarningAtItsLineAndATableWithoutHeadersAnError() throws Exception {
        String word = "Supercalifragilisticexpialidocious";
        String header = "| " + "Column | ".repeat(10);
        String rule = "| " + "--- | ".repeat(10);
        String row = "| " + (word + " | ").repeat(10);
        TestSite site = TestSite.of(dir.resolve("wide"), "-- content/letters/2021-01-01-wide.md --\n---\ntitle: Wide\ndate: 2021-01-01\n---\n"
                + "Dear all.\n\n" + header + "\n" + rule + "\n" + row + "\n");
        Build.Result result = site.bake();
        assertTrue(result.warnings().stream().anyMatch(p -> p.rule().equals("pdf-width") && p.line() == 7
                && p.file().endsWith("2021-01-01-wide.md") && p.message().contains("wider than an A4 page")), TestSite.lines(result.warnings()));

        TestSite headless = TestSite.of(dir.resolve("headless"), "-- content/letters/2021-01-01-t.md --\n---\ntitle: T\ndate: 2021-01-01\n---\n"
                + "Dear all.\n\n<table><tr><td>Who</td><td>What</td></tr></table>\n");
        List<Problem> problems = headless.bakeFails();
        assertTrue(problems.stream().anyMatch(p -> p.rule().equals("table-headers") && p.line() == 7), TestSite.lines(problems));
        assertFalse(headless.has("letters/2021/01/t/t.pdf"), "nothing is published");
    }

    @Test
    void aFontWhoseLicenceForbidsEmbeddingIsLeftOutWithAWarningNamingIt() throws Exception {
        Path theme = dir.resolve("themes/own");
        Files.createDirectories(theme.resolve("fonts"));
        byte[] font = Files.readAllBytes(Path.of("themes/default/fonts/AtkinsonHyperlegible-Regular.ttf"));
        setFsType(font, 0x0002);
        Files.write(theme.resolve("fonts/Restricted-Regular.ttf"), font);
        TestSite site = TestSite.of(dir.resolve("s"), "-- content/letters/2021-01-01-x.md --\n---\ntitle: X\ndate: 2021-01-01\n---\nDear all.\n");
        BuildOptions options = new BuildOptions(site.content(), theme, site.output(), TestSite.CONFIG, false, Clock.fixed(TestSite.TODAY, ZoneOffset.UTC));
        Build.Result result = Build.bake(options);
        assertTrue(result.warnings().stream().anyMatch(p -> p.rule().equals("pdf-font") && p.file().endsWith("fonts/Restricted-Regular.ttf")
                && p.message().contains("does not allow it to be embedded")), TestSite.lines(result.warnings()));
        assertEquals(List.of(), veraPdfFailures(Files.readAllBytes(site.output().resolve("letters/2021/01/x/x.pdf"))),
                "the PDF is made with the fonts that may travel");
    }

    @Test
    void aPdfThatFailsPdfUaStopsTheBakeNamingThePagesFileAndTheRule() throws Exception {
        Path theme = dir.resolve("themes/own");
        Files.createDirectories(theme.resolve("templates"));
        String print = Files.readString(Path.of("themes/default/templates/print.ftl")).replace("<title>${page.title}</title>", "");
        Files.writeString(theme.resolve("templates/print.ftl"), print);
        TestSite site = TestSite.of(dir.resolve("s"), "-- content/letters/2021-01-01-x.md --\n---\ntitle: X\ndate: 2021-01-01\n---\nDear all.\n");
        List<Problem> problems = TestSite.bakeFails(new BuildOptions(site.content(), theme, site.output(), TestSite.CONFIG, false,
                Clock.fixed(TestSite.TODAY, ZoneOffset.UTC)));
        assertEquals(List.of(), problems.stream().filter(p -> p.rule().equals("broken-link")).toList(), "no link to the PDF left broken");
        assertTrue(problems.stream().anyMatch(p -> p.isError() && p.rule().equals("pdf-ua") && p.file().endsWith("letters/2021-01-01-x.md")
                && p.message().contains("PDF/UA-1 rule") && p.fix().contains("print.ftl")), TestSite.lines(problems));
        assertFalse(Files.exists(site.output()), "nothing published");
        assertTrue(Files.readString(site.output().resolveSibling("a11y-report/index.html")).contains("Fails"), "the report says which PDF fails");
    }

    @Test
    void aPdfIsMadeAgainOnlyWhenItsPageChangesAndTheSamePageAlwaysMakesTheSameBytes() throws Exception {
        String letters = "-- content/letters/2021-01-01-x.md --\n---\ntitle: X\ndate: 2021-01-01\n---\nDear all.\n"
                + "-- content/letters/2021-02-01-y.md --\n---\ntitle: Y\ndate: 2021-02-01\n---\nDear everyone.\n";
        TestSite site = TestSite.of(dir.resolve("one"), letters);
        site.bake();
        byte[] x = Files.readAllBytes(site.output().resolve("letters/2021/01/x/x.pdf"));
        byte[] y = Files.readAllBytes(site.output().resolve("letters/2021/02/y/y.pdf"));
        java.nio.file.attribute.FileTime long_ago = java.nio.file.attribute.FileTime.fromMillis(0);
        List<Path> cached;
        try (var list = Files.list(site.root().resolve(".north-star-cache/pdf"))) {
            cached = list.filter(file -> file.toString().endsWith(".pdf")).toList();
        }
        assertEquals(2, cached.size());
        for (Path file : cached) {
            Files.setLastModifiedTime(file, long_ago);
        }

        Files.writeString(site.content().resolve("letters/2021-02-01-y.md"), "---\ntitle: Y\ndate: 2021-02-01\n---\nDear everyone, again.\n");
        site.bake();
        assertTrue(java.util.Arrays.equals(x, Files.readAllBytes(site.output().resolve("letters/2021/01/x/x.pdf"))));
        try (var list = Files.list(site.root().resolve(".north-star-cache/pdf"))) {
            assertEquals(2, list.filter(file -> file.toString().endsWith(".pdf")).filter(file -> {
                try {
                    return Files.getLastModifiedTime(file).equals(long_ago);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count(), "neither PDF made before was made again");
        }
        Path again = site.output().resolve("letters/2021/02/y/y.pdf");
        assertFalse(java.util.Arrays.equals(y, Files.readAllBytes(again)));
        try (PDDocument document = Loader.loadPDF(again.toFile())) {
            assertTrue(text(document).contains("Dear everyone, again."), "the edited letter's PDF has its new words");
        }

        TestSite other = TestSite.of(dir.resolve("two"), letters);
        other.bake();
        assertTrue(java.util.Arrays.equals(x, Files.readAllBytes(other.output().resolve("letters/2021/01/x/x.pdf"))),
                "a clean bake elsewhere makes the same bytes: no moment of making in a PDF");
        try (PDDocument document = Loader.loadPDF(x)) {
            assertEquals(2021, document.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR), "the letter's own date");
        }
    }

    @Test
    void thePreviewKeepsAnUnchangedPagesPdfAndRemakesAnEditedOnes() throws Exception {
        TestSite site = TestSite.of(dir, "-- content/letters/2021-01-01-x.md --\n---\ntitle: X\ndate: 2021-01-01\n---\nDear all.\n"
                + "-- content/about.md --\n---\ntitle: About\n---\nAbout us.\n"
                + "-- content/about.easy.md --\n---\ntitle: About in easy read\n---\n![Two people talking](icon:talk) We talk.\n").drafts(true);
        BuildOptions options = site.options();
        org.socialcarefuture.northstar.render.Theme theme = TestSite.loadTheme(options);
        org.socialcarefuture.northstar.memo.BuildMemo memo = new org.socialcarefuture.northstar.memo.BuildMemo();
        new Build(options, theme, memo).run();
        Path letter = site.output().resolve("letters/2021/01/x/x.pdf");
        Path easy = site.output().resolve("about/easy-read/about-easy-read.pdf");
        byte[] letterBefore = Files.readAllBytes(letter);
        byte[] easyBefore = Files.readAllBytes(easy);

        Files.writeString(site.content().resolve("about.easy.md"), "---\ntitle: About in easy read\n---\n![Two people talking](icon:talk) We talk a lot.\n");
        new Build(options, theme, memo).run();
        assertTrue(java.util.Arrays.equals(letterBefore, Files.readAllBytes(letter)), "the letter's PDF is as it was");
        assertFalse(java.util.Arrays.equals(easyBefore, Files.readAllBytes(easy)), "the edited page's PDF is made again");
        try (PDDocument document = Loader.loadPDF(easy.toFile())) {
            assertTrue(text(document).contains("We talk a lot."));
        }
        assertTrue(Jsoup.parse(Files.readString(easy.resolveSibling("index.html"))).select("a[href$=.pdf]").text()
                .contains("(" + org.socialcarefuture.northstar.media.MediaMarkup.size(Files.size(easy)) + ")"), "its link has its new size");
    }

    @Test
    void aLettersPhotosGoInSizedAndWithoutTheirGpsPosition() throws Exception {
        TestSite site = TestSite.of(dir, "-- content/letters/2021-01-01-x.md --\n---\ntitle: X\ndate: 2021-01-01\nimage: lead.jpg\n"
                + "image_alt: People at the meeting\n---\nDear all.\n\n![The hall before the meeting](hall.jpg)\n");
        Files.write(site.content().resolve("letters/lead.jpg"), org.socialcarefuture.northstar.picture.TestPhotos.phonePhoto(4032, 3024, 1, 1));
        Files.write(site.content().resolve("letters/hall.jpg"), org.socialcarefuture.northstar.picture.TestPhotos.phonePhoto(4032, 3024, 6, 2));
        site.bake();
        Path pdf = site.output().resolve("letters/2021/01/x/x.pdf");
        assertEquals(List.of(), veraPdfFailures(Files.readAllBytes(pdf)));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(List.of("People at the meeting", "The hall before the meeting"), figureAlts(document));
            List<org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject> images = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                        images.add(image);
                    }
                }
            }
            assertEquals(2, images.size());
            for (var image : images) {
                assertTrue(image.getWidth() <= 1600, "a size made for the site, not the 4032-pixel original: " + image.getWidth());
                List<org.apache.pdfbox.cos.COSName> filters = image.getStream().getFilters();
                byte[] stored = image.getStream().createInputStream(List.of("DCTDecode")).readAllBytes(); // a JPEG as stored, EXIF and all
                if (filters.contains(org.apache.pdfbox.cos.COSName.DCT_DECODE)) {
                    com.drew.metadata.Metadata metadata = com.drew.imaging.ImageMetadataReader.readMetadata(new java.io.ByteArrayInputStream(stored));
                    assertEquals(null, metadata.getFirstDirectoryOfType(com.drew.metadata.exif.GpsDirectory.class), "no GPS position in the PDF");
                } else {
                    assertFalse(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Exif"), "pixels only: " + filters);
                }
            }
            assertTrue(images.stream().anyMatch(image -> image.getHeight() > image.getWidth()), "the sideways photo stands upright");
        }
    }

    // --- helpers

    /** What a reader gets from a PDF: each page's words, and where its links go (for comparing two sites' PDFs). */
    public static String readable(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return text(document) + "\nlinks: " + linkAddresses(document);
        }
    }

    static List<String> veraPdfFailures(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        List<String> failures = new ArrayList<>();
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_A)) {
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new java.io.ByteArrayInputStream(pdf), flavour);
                 PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
                ValidationResult result = validator.validate(parser);
                for (TestAssertion assertion : result.getTestAssertions()) {
                    if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                        failures.add(flavour + " " + assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + " "
                                + assertion.getMessage());
                    }
                }
                if (!result.isCompliant() && failures.isEmpty()) {
                    failures.add(flavour + " not compliant");
                }
            }
        }
        return failures;
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    private static List<String> linkAddresses(PDDocument document) throws IOException {
        List<String> addresses = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    addresses.add(uri.getURI());
                }
            }
        }
        return addresses;
    }

    private static List<String> bookmarks(PDOutlineItem item) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem at = item; at != null; at = at.getNextSibling()) {
            titles.add(at.getTitle());
            titles.addAll(bookmarks(at.getFirstChild()));
        }
        return titles;
    }

    private static Set<String> structureTypes(PDDocument document) {
        Set<String> types = new LinkedHashSet<>();
        walk(document.getDocumentCatalog().getStructureTreeRoot().getKids(), element -> types.add(element.getStructureType()));
        return types;
    }

    private static List<String> figureAlts(PDDocument document) {
        List<String> alts = new ArrayList<>();
        walk(document.getDocumentCatalog().getStructureTreeRoot().getKids(), element -> {
            if (element.getStructureType().equals("Figure")) {
                alts.add(element.getAlternateDescription());
            }
        });
        return alts;
    }

    private static void walk(List<Object> kids, java.util.function.Consumer<PDStructureElement> visit) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                visit.accept(element);
                walk(element.getKids(), visit);
            }
        }
    }

    /** The font size of the words of each line, to find the smallest among lines that start with some words. */
    private static final class Sizes extends PDFTextStripper {
        private final List<String> lines = new ArrayList<>();
        private final List<Float> smallest = new ArrayList<>();

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            lines.add(text);
            smallest.add((float) positions.stream().mapToDouble(TextPosition::getFontSizeInPt).min().orElse(0));
            super.writeString(text, positions);
        }

        float smallest(String start) {
            float min = Float.MAX_VALUE;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(start)) {
                    min = Math.min(min, smallest.get(i));
                }
            }
            return min;
        }
    }

    /** Sets a TrueType font's OS/2 fsType (its embedding permissions), as a font whose licence forbids embedding has it. */
    private static void setFsType(byte[] font, int fsType) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(font);
        int tables = buffer.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(font, entry, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (tag.equals("OS/2")) {
                buffer.putShort(buffer.getInt(entry + 8) + 8, (short) fsType);
                return;
            }
        }
        throw new AssertionError("no OS/2 table");
    }
}
