package org.socialcarefuture.northstar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.socialcarefuture.northstar.a11y.ReportFile;
import org.socialcarefuture.northstar.a11y.SiteFiles;
import org.socialcarefuture.northstar.a11y.TitleBlame;
import org.socialcarefuture.northstar.body.BodyStep;
import org.socialcarefuture.northstar.body.WritingChecks;
import org.socialcarefuture.northstar.cache.BakeCacheSource;
import org.socialcarefuture.northstar.cache.WorkFolder;
import org.socialcarefuture.northstar.cms.Editor;
import org.socialcarefuture.northstar.config.BuildOptions;
import org.socialcarefuture.northstar.content.ContentLoader;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.markdown.LinkTable;
import org.socialcarefuture.northstar.markdown.MarkdownRenderer;
import org.socialcarefuture.northstar.memo.BuildMemo;
import org.socialcarefuture.northstar.memo.PreviewReuse;
import org.socialcarefuture.northstar.memo.Reuse;
import org.socialcarefuture.northstar.memo.ReuseSource;
import org.socialcarefuture.northstar.pdf.PdfFile;
import org.socialcarefuture.northstar.picture.ContentFiles;
import org.socialcarefuture.northstar.picture.PictureInfo;
import org.socialcarefuture.northstar.picture.SitePictures;
import org.socialcarefuture.northstar.plan.SitePlan;
import org.socialcarefuture.northstar.print.Printing;
import org.socialcarefuture.northstar.problem.BuildFailedException;
import org.socialcarefuture.northstar.problem.Display;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.problem.Problems;
import org.socialcarefuture.northstar.problem.Unexpected;
import org.socialcarefuture.northstar.publish.OutputFault;
import org.socialcarefuture.northstar.publish.OutputFolder;
import org.socialcarefuture.northstar.publish.SiteOutput;
import org.socialcarefuture.northstar.render.OutputPage;
import org.socialcarefuture.northstar.render.Theme;
import org.socialcarefuture.northstar.render.Views;
import org.socialcarefuture.northstar.site.Published;
import org.socialcarefuture.northstar.site.Site;
import org.socialcarefuture.northstar.social.CardFiles;
import org.socialcarefuture.northstar.starter.NewSite;
import org.socialcarefuture.northstar.write.WriteFiles;

/**
 * The bake, top to bottom: the steps in order, each step's result handed to the next. Each step is a class of the
 * package that owns it, with its input and output as records. The bake and the preview run these same steps; they
 * differ only in what they are given: a {@link ReuseSource} (nothing, the bake's cache, the preview's memo), which also
 * says where the site is written (a staging folder swapped in, one updated, or the preview's folder in place).
 * Every problem goes to the run's one list; only publishing waits for a run with no error.
 */
public final class Build {

    /**
     * What a successful bake did; warnings are listed, errors never reach here.
     *
     * @param reused for the preview, how many pages and files its memo let it skip ("" for a bake)
     */
    public record Result(List<Problem> warnings, int pages, int files, Path output, Map<String, Long> timings, String reused) {
    }

    // What this build is given; none of it changes while it runs.
    private final BuildOptions options;
    private final Theme reusableTheme; // the preview keeps its theme while no theme file changes; null: load it
    private final ReuseSource earlier;
    private final String reportFolder; // the preview's report (drafts included) never stands in for the bake's
    private final Unexpected unexpected; // a failure nobody foresaw, written down in full beside the site

    /** A bake: a new theme; the bake's cache on disk (unless --no-cache); a staging folder swapped in at the end. */
    public Build(BuildOptions options) {
        this(options, null, options.useCache() ? new BakeCacheSource(options.cache(), options.output(), version())
                : ReuseSource.NOTHING, "a11y-report");
    }

    /** The preview's build: its theme as loaded, and its memo of the last good build (see memo/PreviewReuse): it redoes only what changed. */
    public Build(BuildOptions options, Theme theme, BuildMemo memo) {
        this(options, theme, new PreviewReuse(memo), "a11y-report-preview");
    }

    private Build(BuildOptions options, Theme theme, ReuseSource earlier, String reportFolder) {
        this.options = options;
        this.reusableTheme = theme;
        this.earlier = earlier;
        this.reportFolder = reportFolder;
        this.unexpected = new Unexpected(crashLog(options.output()), display(crashLog(options.output())));
    }

    /** Where a failure nobody foresaw is logged for a command on {@code folder} (see publish/OutputFault). */
    public static Path crashLog(Path folder) {
        return OutputFault.crashLog(folder);
    }

    /** A path as the volunteer would type it (see problem/Display). */
    public static String display(Path path) {
        return Display.path(path);
    }

    public static Result bake(BuildOptions options) throws BuildFailedException {
        return new Build(options).run();
    }

    /** The bake; a failure nobody foresaw that escapes every page's guard is still a problem (naming the crash log), not a stack trace. */
    public Result run() throws BuildFailedException {
        Problems problems = new Problems();
        Map<String, String[]> titles = new java.util.HashMap<>(); // each page's title, to its file (see TitleBlame)
        try {
            return steps(problems, titles);
        } catch (RuntimeException | StackOverflowError | AssertionError failure) {
            if (!Unexpected.isUnexpected(failure)) {
                throw failure;
            }
            problems.add(unexpected.problem(display(options.content()), "finish the bake", failure));
            throw failed(problems, titles);
        }
    }

    private Result steps(Problems problems, Map<String, String[]> titles) throws BuildFailedException {
        Timings timings = new Timings();
        // 0. never publish over someone's files
        OutputFolder.refuse(options.output(), options.content(), options.theme(), options.config(), problems);
        if (problems.hasErrors()) {
            throw failed(problems, titles);
        }

        // 1. load: read content/ against the content format
        ReuseSource.Walked walked = earlier.walk(options.content(), display(options.content()));
        ContentLoader.Loaded loaded = walked.loader().load(problems);
        Instant now = options.clock().instant();
        List<Page> published = Published.select(loaded.pages(), now, options.drafts());
        published.forEach(page -> titles.putIfAbsent(page.title(), new String[] {page.contentPath(), page.source()}));
        timings.lap("load");

        // 2. markdown and writing checks: each body parsed once, checked and made safe HTML; pictures looked at first
        WritingChecks writing = WritingChecks.load(options.config(), problems);
        Theme theme = reusableTheme != null ? reusableTheme : Theme.load(options, problems);
        if (theme == null) {
            throw failed(problems, titles);
        }
        Map<String, PictureInfo> pictures = SitePictures.inspect(options.content(), loaded.assets(), problems);
        Map<String, Object> looks = SitePictures.logoAndFavicon(options.site(), options.content(), loaded.assets(), pictures, problems);
        LinkTable links = BodyStep.links(options.site().root(), loaded.assets(), published, theme.pictures(), pictures, earlier.lastLinks());
        MarkdownRenderer markdown = new MarkdownRenderer(options.site().root() + "share/mastodon/");
        long opening = System.nanoTime();
        Reuse reuse = earlier.open(walked, links, List.of(options.site(), options.drafts(), WritingChecks.settingsOf(writing)), theme, problems);
        if (earlier.timing() != null) {
            timings.since(earlier.timing(), opening);
        }
        BodyStep.Bodies bodies = new BodyStep(markdown, options.content(), options.site().root(), options.site().baseUrl(), unexpected)
                .run(new BodyStep.Input(published, Published.select(loaded.held(), now, options.drafts()), links, writing, reuse), problems);
        SitePictures.checkLeads(published.stream().map(page -> new SitePictures.Lead(page.source(), page.image(), page.contentPath()))
                .toList(), links.assets(), pictures, problems);
        int pageCount = published.size();
        List<String> assets = loaded.assets();
        published = null; // the Markdown bodies: the rendered pages hold all that later steps need
        loaded = null;
        timings.lap("markdown and writing");

        // 3. model and 4. plan: the site as data, and every file of it with its template and data (4a: the PDFs)
        try (WorkFolder work = new WorkFolder(options.useCache() ? options.cache() : null)) {
            SitePlan.Planned planned = SitePlan.plan(new SitePlan.Input(bodies.rendered(), now, options.site(), options.drafts(), looks,
                    new Printing.Input(options.site(), theme, options.content(), pictures, work.path(), Printing.code(version()),
                            earlier.printed()), reuse), problems);
            Site site = planned.site();
            Views views = planned.views();
            Map<String, PdfFile> pdfs = planned.printed().pdfs();
            timings.put("PDFs, within model and plan", planned.printed().millis());
            int htmlPages = (int) planned.outputs().stream().filter(OutputPage::isHtml).count();
            int files = planned.outputs().size();
            timings.lap("model and plan");
            // Errors so far do not stop here: every page still goes through the gate and the link check, so a volunteer
            // sees every problem in one run, as from a compiler. Only publishing waits for a run with no error.

            // 5-7. render each file, check it with the accessibility gate, write it into the site's output
            WriteFiles writer = new WriteFiles(theme, reuse, htmlPages, problems, unexpected,
                    new SiteFiles(options.content(), options.site().root(), ""));
            // A watched preview trusts the files it wrote while its home page is there (a cleaned output folder is not).
            boolean trusted = reuse.trustsOutput() && java.nio.file.Files.isRegularFile(options.output().resolve("index.html"));
            problems.addAll(WriteFiles.checkThemeContrast(theme.files(), options.site()));
            try (SiteOutput staging = earlier.output(options.output(), theme.files(), reuse)) {
                WriteFiles.Input toWrite = new WriteFiles.Input(planned.outputs(), planned.replanned(), trusted);
                planned = null; // every page's data and body: let a large site's memory go before the last steps
                WriteFiles.Written written = writer.write(toWrite, staging);
                timings.lap("render and check");
                timings.put("gate CPU, all threads", written.gateMillis());

                // 6. assets: content's files and pictures, PDFs, link-preview cards, the theme's files, the editor
                ContentFiles.copy(new ContentFiles.Input(options.content(), assets, pictures, work.path().resolve("pictures"),
                        ContentLoader::isTranscript), staging, problems);
                Printing.copy(pdfs, staging);
                if (options.site().socialCards()) {
                    CardFiles.write(new CardFiles.Input(site, theme.files().folder().resolve("fonts"), theme.files().display("fonts"),
                            views.siteCard(), views::card, pictures, options.content(), work.path()), staging, problems);
                }
                timings.lap("cards and assets");
                theme.copyAssets(staging.dir(), problems);
                Editor.write(staging, site, options.content(), options.site(), problems);

                // 7. links: every internal link and anchor of the site resolves
                Set<String> siteFiles = staging.files();
                if (!written.templateFailed()) { // pages that failed to render would only show up as broken links
                    problems.addAll(reuse.checkLinks(options.site().root(), siteFiles, written.ids(), written.links(), written.written()));
                }
                timings.lap("links");

                // 8. the accessibility report, and beside it (neither needs the other, and on a large site each takes a
                // while) 9. publish: swap the staged site in, only if nothing failed
                ReportFile.Input report = new ReportFile.Input(options.output(), reportFolder, problems.sorted(), written.waivers(), htmlPages,
                        bodies.readability(), Printing.rows(pdfs));
                CompletableFuture<Long> reporting = CompletableFuture.supplyAsync(() -> ReportFile.write(report, problems));
                try {
                    if (!problems.hasErrors()) { // the report adds warnings at most
                        staging.publish();
                        reuse.published(siteFiles);
                    }
                } finally {
                    timings.put("report, beside publishing", reporting.join());
                }
                if (problems.hasErrors()) {
                    throw failed(problems, titles);
                }
                timings.lap("publish");
            } catch (IOException | UncheckedIOException e) {
                problems.error(display(options.output()), 0, "output", "the site could not be written: " + OutputFault.describe(e),
                        "check that the folder is writable and the disk has space; the previous site is unchanged");
                throw failed(problems, titles);
            } finally {
                reuse.finished();
            }
            return new Result(TitleBlame.blame(problems.sorted(), titles, options.content()), pageCount, files, options.output(),
                    timings.all(), reuse.reuse());
        }
    }

    private BuildFailedException failed(Problems problems, Map<String, String[]> titles) {
        return new BuildFailedException(TitleBlame.blame(problems.sorted(), titles, options.content()));
    }

    private static String version() {
        return NewSite.Release.ofThisBuild().version();
    }
}
