package org.socialcarefuture.northstar.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;

/**
 * Turns a print page (HTML from the theme's print template, pictures already pointing at local files) into a tagged
 * PDF/UA-1 and PDF/A-3a document with openhtmltopdf: every font embedded, the document's language and title set,
 * bookmarks from the headings, and a structure tree in reading order that screen readers follow.
 */
public final class PdfMaker {

    /**
     * What a PDF is, and what a reader of the print would notice: blocks wider than the page, and what openhtmltopdf
     * warned of while laying it out (a picture it could not read, a rule of the print stylesheet it does not know).
     */
    public record Made(byte[] pdf, int pages, List<Wide> wide, List<String> notes) {
    }

    /** A block wider than an A4 page's text (a very wide table, a long line of code): cut off at the edge when printed. */
    public record Wide(int line, String what) {
    }

    private final PdfFonts fonts;

    public PdfMaker(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** The sRGB colour profile PDF/A needs as the document's output intent: Java carries one. */
    private static final byte[] SRGB = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();

    static {
        // PDF/A and PDF/UA forbid fonts that are not embedded, and a PDF should not depend on the machine that
        // made it: PDFBox is never to look for a system font (openhtmltopdf asks for ZapfDingbats for form
        // fields, which print pages have none of), so it is given one of its own instead of scanning the system.
        PdfFontMapper.install();
        // openhtmltopdf logs every step of every document; what matters of it comes back per document instead
        // (withDiagnosticConsumer below), to be reported against the page it is about.
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new Quiet());
    }

    /** A logger that writes nothing: openhtmltopdf still hands each message to the document's diagnostic consumer. */
    private static final class Quiet implements com.openhtmltopdf.util.XRLogger {
        @Override
        public void log(String where, java.util.logging.Level level, String message) {
        }

        @Override
        public void log(String where, java.util.logging.Level level, String message, Throwable thrown) {
        }

        @Override
        public void setLevel(String logger, java.util.logging.Level level) {
        }

        @Override
        public boolean isLogLevelEnabled(com.openhtmltopdf.util.Diagnostic diagnostic) {
            return false;
        }
    }

    /**
     * @param document a print page, parsed; its pictures' src already file: addresses (see PrintPages), its links full ones
     * @param date     the page's date, which the PDF gives as its own (null: the PDF has none), so that the same page
     *                 always makes the same bytes, as every other file of the site does
     * @param identity what the PDF is made from, in a few words (a digest): its file identifier is made from it
     */
    public Made make(Document document, java.time.ZonedDateTime date, String identity) throws IOException {
        addLinkTitles(document);
        org.w3c.dom.Document w3c = new org.jsoup.helper.W3CDom().fromJsoup(document);
        addBookmarks(document, w3c);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        builder.useColorProfile(SRGB);
        builder.useSVGDrawer(new com.openhtmltopdf.svgsupport.BatikSVGDrawer());
        for (PdfFonts.Font font : fonts.fonts()) {
            builder.useFont(font.file().toFile(), font.family(), font.weight(),
                    font.italic() ? BaseRendererBuilder.FontStyle.ITALIC : BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        // Nothing is fetched from the network while baking: a picture that is not a local file was left out before here.
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("file:"),
                com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withW3cDocument(w3c, document.location());
        builder.toStream(out);
        Set<String> notes = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
        builder.withDiagnosticConsumer(diagnostic -> {
            if (diagnostic.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                notes.add(diagnostic.getFormattedMessage());
            }
        });
        List<Wide> wide;
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            wide = wideBlocks(renderer.getRootBox());
            renderer.createPDF();
        }
        return finish(out.toByteArray(), wide, List.copyOf(notes), date, identity);
    }

    /**
     * A link's title is what the PDF gives as the link's description (PDF/UA 7.18.5): the words of the link, and for
     * a link whose words are its address, those.
     */
    private static void addLinkTitles(Document document) {
        for (Element link : document.select("a[href]")) {
            if (!link.hasAttr("title")) {
                String words = link.hasAttr("aria-label") ? link.attr("aria-label") : link.text().strip();
                link.attr("title", words.isEmpty() ? link.attr("href") : words);
            }
        }
    }

    /** The PDF's bookmarks (its outline): one for each heading with an id, nested as the headings are. */
    private static void addBookmarks(Document document, org.w3c.dom.Document w3c) {
        org.w3c.dom.Element head = (org.w3c.dom.Element) w3c.getElementsByTagName("head").item(0);
        if (head == null) {
            return;
        }
        org.w3c.dom.Element bookmarks = w3c.createElement("bookmarks");
        org.w3c.dom.Element[] open = new org.w3c.dom.Element[7];
        open[0] = bookmarks;
        for (Element heading : document.select("h1[id], h2[id], h3[id]")) {
            int level = heading.tagName().charAt(1) - '0';
            org.w3c.dom.Element parent = bookmarks;
            for (int up = level - 1; up >= 1; up--) {
                if (open[up] != null) {
                    parent = open[up];
                    break;
                }
            }
            org.w3c.dom.Element bookmark = w3c.createElement("bookmark");
            bookmark.setAttribute("name", heading.text());
            bookmark.setAttribute("href", "#" + heading.id());
            parent.appendChild(bookmark);
            open[level] = bookmark;
            for (int below = level + 1; below < open.length; below++) {
                open[below] = null;
            }
        }
        if (bookmarks.hasChildNodes()) {
            head.appendChild(bookmarks);
        }
    }

    /** Blocks laid out wider than the page's text area, by the Markdown line they came from (or 0), each once. */
    private static List<Wide> wideBlocks(Box root) {
        List<Wide> wide = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        int pageWidth = root.getContentWidth();
        walk(root, pageWidth, wide, seen);
        return wide;
    }

    private static void walk(Box box, int pageWidth, List<Wide> wide, Set<Integer> seen) {
        org.w3c.dom.Element element = box.getElement();
        if (element != null && box.getWidth() > pageWidth + 1 && (element.getTagName().equals("table") || element.getTagName().equals("pre"))) {
            int line = sourceLine(element);
            if (seen.add(line)) {
                wide.add(new Wide(line, element.getTagName().equals("table") ? "a table" : "a block of fixed-width text"));
            }
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            walk(box.getChild(i), pageWidth, wide, seen);
        }
    }

    /** The Markdown line of an element or the block it is in (see MarkdownRenderer's data-src-line). */
    private static int sourceLine(org.w3c.dom.Element element) {
        for (org.w3c.dom.Node node = element; node instanceof org.w3c.dom.Element e; node = node.getParentNode()) {
            if (e.hasAttribute("data-src-line")) {
                try {
                    return Integer.parseInt(e.getAttribute("data-src-line"));
                } catch (NumberFormatException ignored) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /**
     * openhtmltopdf gives a link's words to its structure element (its Alt) but not to the link itself, where
     * PDF/UA also wants them (7.18.5: a link annotation's Contents): they are copied across here, and the pages counted.
     */
    private static Made finish(byte[] pdf, List<Wide> wide, List<String> notes, java.time.ZonedDateTime date, String identity)
            throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            reproducible(document, date, identity);
            Map<COSDictionary, String> words = new IdentityHashMap<>();
            if (document.getDocumentCatalog().getStructureTreeRoot() != null) {
                linkWords(document.getDocumentCatalog().getStructureTreeRoot().getKids(), words);
            }
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                        String alt = words.get(link.getCOSObject());
                        if (alt != null) {
                            link.setContents(alt);
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024);
            document.save(out);
            return new Made(out.toByteArray(), document.getNumberOfPages(), List.copyOf(wide), notes);
        }
    }

    /**
     * No moment of making in the PDF: its dates (in the document information and, equal to them as PDF/A requires, in
     * its XMP metadata) are the page's, or none, and its file identifier comes from what it is made from.
     */
    private static void reproducible(PDDocument document, java.time.ZonedDateTime date, String identity) throws IOException {
        java.util.Calendar when = date == null ? null : java.util.GregorianCalendar.from(date.withZoneSameInstant(java.time.ZoneOffset.UTC));
        document.getDocumentInformation().setCreationDate(when);
        document.getDocumentInformation().setModificationDate(null);
        org.apache.pdfbox.pdmodel.common.PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            String xmp = new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            String stamp = date == null ? "" : "<xmp:CreateDate>" + java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    date.withZoneSameInstant(java.time.ZoneOffset.UTC).toOffsetDateTime()) + "</xmp:CreateDate>";
            String fixed = xmp.replaceAll("<xmp:(?:CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:(?:CreateDate|ModifyDate|MetadataDate)>", "")
                    .replaceFirst("(<rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\">)", "$1" + stamp);
            metadata.importXMPMetadata(fixed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        byte[] id = java.util.Arrays.copyOf(org.socialcarefuture.northstar.store.CacheFiles.sha256Hex(identity).getBytes(java.nio.charset.StandardCharsets.US_ASCII), 16);
        org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
        ids.add(new org.apache.pdfbox.cos.COSString(id));
        ids.add(new org.apache.pdfbox.cos.COSString(id));
        document.getDocument().setDocumentID(ids);
    }

    private static void linkWords(List<Object> kids, Map<COSDictionary, String> words) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                for (Object part : element.getKids()) {
                    if (part instanceof PDObjectReference reference && reference.getReferencedObject() instanceof PDAnnotation annotation
                            && element.getAlternateDescription() != null) {
                        words.put(annotation.getCOSObject(), element.getAlternateDescription());
                    }
                }
                linkWords(element.getKids(), words);
            }
        }
    }
}
