package org.socialcarefuture.northstar.print;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.content.PageType;
import org.socialcarefuture.northstar.pdf.PdfCheck;
import org.socialcarefuture.northstar.pdf.PdfFile;
import org.socialcarefuture.northstar.pdf.PdfFonts;
import org.socialcarefuture.northstar.pdf.PdfMaker;
import org.socialcarefuture.northstar.picture.PictureInfo;
import org.socialcarefuture.northstar.picture.Pictures;
import org.socialcarefuture.northstar.picture.SvgSanitizer;
import org.socialcarefuture.northstar.problem.Problems;
import org.socialcarefuture.northstar.render.Theme;
import org.socialcarefuture.northstar.render.Views;
import org.socialcarefuture.northstar.site.RenderedPage;
import org.socialcarefuture.northstar.site.Site;

/**
 * The site's PDFs: for each page that has one (reports, letters and easy-read pages unless site.yml's {@code pdfs}
 * says otherwise; {@code pdf: true} or {@code pdf: false} in a page's front matter decides for that page), its print
 * page from the theme's {@code print.ftl} and {@code print/pdf.css}, made into a tagged PDF/UA-1 and PDF/A-3a
 * document and checked with veraPDF. A PDF that fails a rule is an error against the page's Markdown file; a block
 * too wide for the paper is a warning at its line. PDFs made before from the same inputs come from the cache.
 */
public final class PrintPages {

    /** The page types that have a PDF when site.yml does not say: the documents people print, file and forward. */
    public static final List<String> DEFAULT_TYPES = List.of("report", "letter", "easy-read");

    /** Part of every cached PDF's key: raised when the way PDFs are made changes, so none made the old way is reused. */
    public static final String FORMAT = "pdf-3";

    private static final Pattern SIZED = Pattern.compile("(.+)-\\d+w\\.(?:jpg|png|webp)");

    private final SiteConfig config;
    private final Views views;
    private final Theme theme;
    private final Path content;
    private final Map<String, PictureInfo> pictures;
    private final Pictures sizes;
    private final PdfCache cache;
    private final Path svgs;
    private final String version;
    private final Memo memo;

    /** @param memo the preview's memo of its last build's PDFs (see {@link Memo}); null for a bake */
    public PrintPages(SiteConfig config, Views views, Theme theme, Path content, Map<String, PictureInfo> pictures, Path cacheFolder,
                      String version, Memo memo) {
        this.memo = memo;
        this.config = config;
        this.views = views;
        this.theme = theme;
        this.content = content;
        this.pictures = pictures;
        this.sizes = new Pictures(cacheFolder.resolve("pictures"));
        this.cache = new PdfCache(cacheFolder.resolve("pdf"));
        this.svgs = cacheFolder.resolve("pdf").resolve("svg");
        this.version = version;
    }

    /** Whether a page has a PDF: its own {@code pdf:} when it says, else whether its kind is in site.yml's {@code pdfs}. */
    public static boolean wanted(Page page, SiteConfig config) {
        if (page.pdf() != null) {
            return page.pdf();
        }
        return config.pdfs().contains(kind(page));
    }

    /** A page's kind as site.yml's {@code pdfs} names it: {@code easy-read} or its type. */
    public static String kind(Page page) {
        return page.easyRead() ? "easy-read" : page.type().id();
    }

    /** The PDFs of every page of {@code site} that has one, by page address; problems found on the way go to {@code problems}. */
    public Map<String, PdfFile> print(Site site, Problems problems) {
        List<RenderedPage> printed = site.pages().stream().filter(page -> wanted(page.page(), config)).toList();
        Map<String, PdfFile> pdfs = new ConcurrentHashMap<>();
        if (printed.isEmpty()) {
            return pdfs;
        }
        PdfFonts fonts;
        String css;
        try {
            fonts = PdfFonts.in(theme.files().folder().resolve("fonts"));
            css = Files.readString(theme.files().folder().resolve("print/pdf.css"));
        } catch (IOException e) {
            problems.error(theme.files().display("print/pdf.css"), 0, "pdf", "the theme's print stylesheet or fonts could not be read: "
                    + e.getMessage(), "check that the theme's print/ and fonts/ folders can be read, or set pdfs: [] in site.yml");
            return pdfs;
        }
        for (PdfFonts.Refused refused : fonts.refused()) {
            problems.warning(theme.files().display("fonts/" + refused.file().getFileName()), 0, "pdf-font",
                    "this font is left out of the PDFs: " + refused.reason(),
                    "use a font whose licence allows embedding (the SIL Open Font Licence does), such as Atkinson Hyperlegible");
        }
        if (fonts.fonts().isEmpty()) {
            problems.error(theme.files().display("fonts"), 0, "pdf-font", "the theme has no font that may be embedded in a PDF, and an"
                    + " accessible PDF must carry its fonts", "put a .ttf font whose licence allows embedding in the theme's fonts/ folder"
                    + " (the bundled theme's Atkinson Hyperlegible), or set pdfs: [] in site.yml");
            return pdfs;
        }
        String fontKey = fonts.fingerprint();
        Map<List<Object>, Printed> thisBuild = new ConcurrentHashMap<>();
        printed.parallelStream().forEach(page -> {
            try {
                List<Object> same = List.of(cache.folder(), version, page, config, css, fontKey, theme,
                        java.util.Objects.toString(site.mainOf(page).map(main -> main.page().date()).orElse(null)));
                Printed known = memo == null ? null : memo.last.get(same);
                if (known == null || !Files.isRegularFile(known.pdf().file())) {
                    known = print(page, site, css, fontKey, fonts);
                }
                thisBuild.put(same, known);
                report(page.page(), known.entry(), problems);
                pdfs.put(page.url(), known.pdf());
            } catch (Theme.TemplateFailure failure) {
                problems.add(failure.problem());
            } catch (Exception | StackOverflowError failure) {
                problems.error(page.page().source(), 0, "pdf", "the PDF of this page could not be made ("
                        + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage()) + ")",
                        "add pdf: false to the front matter to publish the page without a PDF, and tell North Star's maintainers");
            }
        });
        if (memo != null) {
            memo.last = thisBuild; // only this build's: a page that changed or went is let go
        }
        return pdfs;
    }

    /** A page's PDF and what was found making it. */
    private record Printed(PdfFile pdf, PdfCache.Entry entry) {
    }

    /**
     * The preview's memo of its last build's PDFs (kept in its BuildMemo), by everything a print page is made from:
     * the page itself (an unchanged page is the same object from one preview build to the next), the settings, the
     * loaded theme (kept while no theme file changes) and the fonts. With it, an unchanged page's PDF costs a lookup;
     * without it (a bake) the print page is rendered to find its PDF in the cache folder.
     */
    public static final class Memo {
        private volatile Map<List<Object>, Printed> last = Map.of();
    }

    /** openhtmltopdf, PDFBox and their fonts are loaded only when a PDF is to be made, not when all come from the cache. */
    private PdfMaker maker;

    private synchronized PdfMaker maker(PdfFonts fonts) {
        if (maker == null) {
            maker = new PdfMaker(fonts);
        }
        return maker;
    }

    private Printed print(RenderedPage rendered, Site site, String css, String fontKey, PdfFonts fonts) throws Exception {
        Page page = rendered.page();
        String path = page.url() + fileName(rendered, site);
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, Object> siteView = new LinkedHashMap<>();
        siteView.put("title", config.title());
        siteView.put("url", config.baseUrl());
        siteView.put("licence", config.licence());
        model.put("site", siteView);
        Map<String, Object> view = views.full(rendered);
        view.put("content", views.absoluteHtml(rendered, true));
        view.put("kind", kind(page));
        model.put("page", view);
        model.put("printCss", css);
        Document document = Jsoup.parse(theme.render("print.ftl", model), views.permalink(page.url()));
        document.select(".pledge-actions, script, button, noscript, template").remove();
        // The key holds the page with its pictures' site addresses, not where they lie on this machine, and their bytes:
        // so a checkout elsewhere (another CI runner) finds the same PDFs, and the same page makes the same file.
        String printed = document.outerHtml();
        List<Path> files = preparePictures(document);

        StringBuilder key = new StringBuilder(version).append('\n').append(fontKey).append('\n').append(printed).append('\n');
        for (Path file : files) {
            key.append(org.socialcarefuture.northstar.store.CacheFiles.sha256Hex(Files.readAllBytes(file))).append('\n');
        }
        String digest = org.socialcarefuture.northstar.store.CacheFiles.sha256Hex(key.toString());
        PdfCache.Entry entry = cache.find(digest).orElse(null);
        if (entry == null) {
            java.time.ZonedDateTime date = page.date() != null ? page.date()
                    : site.mainOf(rendered).map(main -> main.page().date()).orElse(null);
            PdfMaker.Made made = maker(fonts).make(document, date, digest);
            entry = cache.keep(digest, made.pdf(), made.pages(), PdfCheck.check(made.pdf()), made.wide(), made.notes());
        }
        return new Printed(new PdfFile(path, page.source(), noun(page), entry.pdf(), Files.size(entry.pdf()), entry.pages(),
                entry.failures()), entry);
    }

    /** What making a page's PDF found, as problems against the page's Markdown file. */
    private static void report(Page page, PdfCache.Entry entry, Problems problems) {
        for (PdfMaker.Wide wide : entry.wide()) {
            problems.warning(page.source(), wide.line(), "pdf-width", wide.what() + " here is wider than an A4 page, so the PDF cuts it"
                    + " off at the edge", "make it narrower: fewer columns, or shorter words in them (a long address can be a link's words)");
        }
        for (String note : entry.notes()) {
            problems.warning(page.source(), 0, "pdf", "making the page's PDF: " + note,
                    "if the theme has its own templates/print.ftl or print/pdf.css, check them; a picture may need saving again");
        }
        for (PdfCheck.Failure failure : entry.failures()) {
            problems.error(page.source(), 0, "pdf-ua", "the PDF made from this page would not be accessible to everyone: it fails "
                    + failure, "if the theme has its own templates/print.ftl"
                    + " or print/pdf.css, check them; otherwise tell North Star's maintainers. To publish the page without a PDF until"
                    + " then, add pdf: false to its front matter");
        }
    }

    /**
     * The PDF's name: the page's own slug (for an easy-read page, its main page's, with "-easy-read"), so that the
     * report and its easy read do not take each other's place in a reader's Downloads folder.
     */
    private static String fileName(RenderedPage rendered, Site site) {
        Page page = rendered.page();
        if (page.easyRead()) {
            String name = site.mainOf(rendered).map(main -> main.page().slug()).orElse(page.slug().replaceFirst("\\.easy$", ""));
            return (name.isEmpty() ? "easy-read" : name.endsWith("easy-read") ? name : name + "-easy-read") + ".pdf";
        }
        return (page.slug().isEmpty() ? "page" : page.slug()) + ".pdf";
    }

    /** How the page's download link names what it downloads. */
    private static String noun(Page page) {
        if (page.easyRead()) {
            return "this easy read page";
        }
        return page.type() == PageType.REPORT ? "the report" : page.type() == PageType.LETTER ? "the letter" : "this page";
    }

    /**
     * Each picture as one {@code <img>} whose src is a local file: the site's own pictures as they are made for it,
     * the theme's as they are. A picture elsewhere on the web is not fetched while baking: its description stands in
     * its place. Returns the files, for the cache key.
     */
    private List<Path> preparePictures(Document document) throws IOException {
        for (Element picture : document.select("picture")) {
            Element img = picture.selectFirst("img");
            if (img == null) {
                picture.remove();
            } else {
                picture.replaceWith(img);
            }
        }
        List<Path> files = new ArrayList<>();
        for (Element img : document.select("img")) {
            img.removeAttr("srcset").removeAttr("sizes").removeAttr("loading").removeAttr("decoding").removeAttr("fetchpriority");
            Optional<Path> file = localFile(img.absUrl("src"));
            if (file.isPresent()) {
                img.attr("src", file.get().toUri().toString());
                files.add(file.get());
            } else if (img.attr("alt").isBlank()) {
                img.remove();
            } else {
                img.replaceWith(new Element("span").addClass("picture-elsewhere").text("(Picture: " + img.attr("alt") + ")"));
            }
        }
        return files;
    }

    /** The local file for a picture's full address on this site, if it is one of the site's or the theme's pictures. */
    private Optional<Path> localFile(String address) throws IOException {
        if (!address.startsWith(config.baseUrl())) {
            return Optional.empty();
        }
        String sitePath = URLDecoder.decode(address.substring(config.baseUrl().length()).replaceFirst("[?#].*$", ""), StandardCharsets.UTF_8);
        if (sitePath.contains("..")) {
            return Optional.empty();
        }
        PictureInfo info = pictures.get(sitePath);
        if (info == null) {
            Matcher sized = SIZED.matcher(sitePath);
            if (sized.matches()) {
                info = pictures.values().stream().filter(known -> known.contentPath().replaceFirst("\\.[^./]+$", "").equals(sized.group(1)))
                        .findFirst().orElse(null);
            }
        }
        if (info != null && info.ok()) {
            Path source = content.resolve(info.contentPath());
            if (info.format() == org.socialcarefuture.northstar.picture.PictureFormat.SVG) {
                return Optional.of(cleanSvg(source));
            }
            return Optional.of(sizes.printable(info, source));
        }
        Path themePicture = theme.files().folder().resolve("assets").resolve(sitePath).normalize();
        if (themePicture.startsWith(theme.files().folder().resolve("assets")) && Files.isRegularFile(themePicture)) {
            return Optional.of(themePicture);
        }
        return Optional.empty();
    }

    /** A drawing from content/ as the site publishes it (see SvgSanitizer): nothing in it runs or fetches anything. */
    private Path cleanSvg(Path source) throws IOException {
        String svg = SvgSanitizer.clean(Files.readString(source)).svg();
        Path file = svgs.resolve(org.socialcarefuture.northstar.store.CacheFiles.sha256Hex(svg) + ".svg");
        if (!Files.isRegularFile(file)) {
            org.socialcarefuture.northstar.store.CacheFiles.writeWhole(file, svg.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
