package org.socialcarefuture.northstar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.socialcarefuture.northstar.a11y.Gate;
import org.socialcarefuture.northstar.a11y.LinkChecker;
import org.socialcarefuture.northstar.a11y.Report;
import org.socialcarefuture.northstar.a11y.Rules;
import org.socialcarefuture.northstar.a11y.TemplateLines;
import org.socialcarefuture.northstar.a11y.ThemeContrast;
import org.socialcarefuture.northstar.a11y.TitleBlame;
import org.socialcarefuture.northstar.config.BuildOptions;
import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.content.ContentLoader;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.easyread.EasyReadLint;
import org.socialcarefuture.northstar.easyread.EasyReadRules;
import org.socialcarefuture.northstar.language.LanguageLint;
import org.socialcarefuture.northstar.language.LanguageRules;
import org.socialcarefuture.northstar.writing.MarkdownText;
import org.socialcarefuture.northstar.writing.Readability;
import org.socialcarefuture.northstar.search.SearchIndex;
import org.socialcarefuture.northstar.markdown.LinkTable;
import org.socialcarefuture.northstar.markdown.MarkdownRenderer;
import org.socialcarefuture.northstar.memo.BuildMemo;
import org.socialcarefuture.northstar.memo.Reuse;
import org.socialcarefuture.northstar.pdf.PdfCheck;
import org.socialcarefuture.northstar.pdf.PdfFile;
import org.socialcarefuture.northstar.pdf.PrintPages;
import org.socialcarefuture.northstar.picture.PictureInfo;
import org.socialcarefuture.northstar.picture.Pictures;
import org.socialcarefuture.northstar.picture.SvgSanitizer;
import org.socialcarefuture.northstar.problem.BuildFailedException;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.problem.Problems;
import org.socialcarefuture.northstar.problem.Unexpected;
import org.socialcarefuture.northstar.publish.InPlaceOutput;
import org.socialcarefuture.northstar.publish.OutputFault;
import org.socialcarefuture.northstar.publish.OutputFolder;
import org.socialcarefuture.northstar.publish.SiteOutput;
import org.socialcarefuture.northstar.publish.Staging;
import org.socialcarefuture.northstar.render.OutputPage;
import org.socialcarefuture.northstar.render.SitePages;
import org.socialcarefuture.northstar.render.Theme;
import org.socialcarefuture.northstar.render.ThemeFiles;
import org.socialcarefuture.northstar.render.Views;
import org.socialcarefuture.northstar.site.RenderedPage;
import org.socialcarefuture.northstar.site.Site;
import org.socialcarefuture.northstar.social.SocialCards;

/**
 * The bake, top to bottom. Each step is a package; this class only says in which order they run
 * and stops before publishing when any step found an error.
 */
public final class Build {

    /**
     * What a successful bake did; warnings are listed, errors never reach here.
     *
     * @param reused for the preview, how many pages and files its memo let it skip ("" for a bake)
     */
    public record Result(List<Problem> warnings, int pages, int files, Path output, Map<String, Long> timings, String reused) {
    }

    /** For the gate's CPU time on each rendering thread (see gateNanos). */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Source markers the gate reads; removed before publishing. */
    private static final Pattern SOURCE_MARKERS = Pattern.compile(" data-src-(?:line=\"\\d+\"|body|reported=\"1\")");

    private final BuildOptions options;
    private final Problems problems = new Problems();
    /** Each published page's title, to its file: a title the theme uses as link text is blamed there (see TitleBlame). */
    private final Map<String, String[]> titles = new java.util.HashMap<>();
    /** Each HTML file's ids and links, for the link check; sized once the files are known (a large site's would otherwise grow step by step). */
    private Map<String, Set<String>> pageIds = new ConcurrentHashMap<>();
    private Map<String, List<Gate.PageLink>> pageLinks = new ConcurrentHashMap<>();
    private final List<Gate.Waiver> waivers = java.util.Collections.synchronizedList(new ArrayList<>());
    private Gate gate;
    private final List<Report.ReadabilityRow> readability = new ArrayList<>();
    private final Map<String, Long> timings = new LinkedHashMap<>();
    private long stepStart = System.nanoTime();
    private volatile boolean templateFailed;
    /** CPU time spent in the gate on all threads, so the benchmark can say what share of a bake the gate costs. */
    private final java.util.concurrent.atomic.LongAdder gateNanos = new java.util.concurrent.atomic.LongAdder();

    /** The site's PDFs by their page's address (step 4a), for the pages' links, the site and the report. */
    private Map<String, PdfFile> pdfs = Map.of();

    /** Where a failure nobody foresaw is written down in full, beside the site (never in it). */
    private final Unexpected unexpected;

    private final Theme reusableTheme;
    /** The preview's memo of its last good build; null for a bake, which reuses from its cache on disk instead. */
    private final BuildMemo memo;
    /** What this build may take from earlier work: the preview's memo, the bake's cache, or nothing (see Reuse). */
    private Reuse reuse = Reuse.NOTHING;
    /** With --no-cache, where the steps that keep work (cards, pictures, PDFs) keep it for this bake only. */
    private Path scratchCache;
    /** Whether the preview may take the files it wrote to be still there, instead of looking at each (see BuildMemo.Session#trustsOutput). */
    private boolean outputTrusted;
    /** The header's logo and the tab's icon as the templates show them (see #logo, #favicon). */
    private Map<String, Object> logo = Map.of();
    /** The writing-check settings as read, so the preview's memo knows when they changed. */
    private Object writingSettings = List.of();

    /** A bake: a new theme, a new staging folder swapped in at the end. */
    public Build(BuildOptions options) {
        this.options = options;
        this.unexpected = new Unexpected(crashLog(options), display(crashLog(options)));
        this.reusableTheme = null;
        this.memo = null;
    }

    /**
     * The preview's build: reuses an already loaded theme (kept while no theme file changes), updates
     * the output folder in place, and with the memo of its last good build redoes only what changed:
     * pages whose files changed are rendered and checked again, site files whose inputs changed are
     * rendered, checked and written again.
     */
    public Build(BuildOptions options, Theme theme, BuildMemo memo) {
        this.options = options;
        this.unexpected = new Unexpected(crashLog(options), display(crashLog(options)));
        this.reusableTheme = theme;
        this.memo = java.util.Objects.requireNonNull(memo);
    }

    /** {@code target/north-star-crash.log} for a site in {@code target/site}. */
    private static Path crashLog(BuildOptions options) {
        return crashLog(options.output());
    }

    /**
     * Where a failure nobody foresaw is logged for a command writing or reading {@code folder}: beside it, as the
     * cache is ({@code target/north-star-crash.log} for {@code target/site}), or under {@code target/} when beside it
     * would be the folder the volunteer works in (a site baked to {@code site/}): never among their own files.
     */
    public static Path crashLog(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath().normalize();
        Path beside = absolute.getParent() == null ? here : absolute.getParent();
        return (beside.equals(here) ? here.resolve("target") : beside).resolve("north-star-crash.log");
    }

    /**
     * Where this build writes: the preview's folder, updated in place; for a bake, a staging folder swapped in whole, or,
     * when the bake's cache knows exactly what the last bake published there, holding only what changed (see Staging).
     */
    private SiteOutput output(ThemeFiles themeFiles) throws IOException {
        if (memo != null) {
            return inPlaceOutput(themeFiles);
        }
        if (reuse instanceof org.socialcarefuture.northstar.cache.BakeCache cache && cache.lastSiteFiles() != null) {
            return Staging.update(options.output(), cache.lastSiteFiles());
        }
        return Staging.create(options.output());
    }

    private SiteOutput inPlaceOutput(ThemeFiles themeFiles) throws IOException {
        // The memo knows what the last publish left; a first build looks at the folder instead.
        InPlaceOutput output = new InPlaceOutput(options.output(), memo.publishedFiles());
        Path assets = themeFiles.folder().resolve("assets");
        if (Files.isDirectory(assets)) {
            try (var walk = Files.walk(assets)) {
                output.keep(walk.filter(Files::isRegularFile).map(p -> assets.relativize(p).toString().replace('\\', '/')).toList());
            }
        }
        return output;
    }

    public static Result bake(BuildOptions options) throws BuildFailedException {
        return new Build(options).run();
    }

    /**
     * The bake; a failure nobody foresaw that escapes every page's own guard is still a problem, naming the file
     * (or folder) the build was working on and the crash log, so the volunteer sees no stack trace.
     */
    public Result run() throws BuildFailedException {
        try {
            return runSteps();
        } catch (RuntimeException | StackOverflowError | AssertionError failure) {
            if (!Unexpected.isUnexpected(failure)) {
                throw failure;
            }
            problems.add(unexpected.problem(workingOn, "finish the bake", failure));
            throw failed();
        }
    }

    /** What the bake was busy with, for a failure that escapes every page's guard (see #run). */
    private volatile String workingOn = "the bake";

    private Result runSteps() throws BuildFailedException {
        String contentName = display(options.content());
        workingOn = contentName;
        String themeName = display(options.theme());

        // 0. never publish over someone's files
        Map<String, Path> read = new LinkedHashMap<>();
        read.put("the content folder", options.content());
        read.put("the theme", options.theme());
        Map<String, Path> kept = new LinkedHashMap<>(read);
        kept.put("the settings folder", options.config());
        kept.put("the folder you are working in", Path.of(""));
        OutputFolder.refusal(options.output(), kept, read).ifPresent(why -> {
                    problems.error(display(options.output()), 0, "output", why,
                            "choose a new or empty folder for the site, e.g. target/site (--output on the command line, "
                                    + "outputDirectory in the Maven plugin)");
                });
        if (problems.hasErrors()) {
            throw failed();
        }

        // 1. load: read content/ against the content format
        BuildMemo.Walk walk = memo == null ? null : memo.walk();
        ContentLoader loader = memo == null ? new ContentLoader(options.content(), contentName)
                : new ContentLoader(options.content(), contentName, memo.knownFiles(), walk.changes());
        ContentLoader.Loaded loaded = loader.load(problems);
        Instant now = options.clock().instant();
        List<Page> published = selectPublished(loaded.pages(), now);
        published.forEach(page -> titles.putIfAbsent(page.title(), new String[] {page.contentPath(), page.source()}));
        lap("load");

        // 2. markdown: each body parsed once, checked for the movement's language and easy read, and made safe HTML, in parallel
        Writing writing = writingChecks();
        Theme theme;
        try {
            theme = reusableTheme != null ? reusableTheme : Theme.load(options);
        } catch (IOException | UncheckedIOException e) {
            problems.error(themeName, 0, "theme", "the theme could not be read: " + e.getMessage(),
                    "check that the theme folder's files can be read (--theme on the command line, themeDirectory in the Maven plugin)");
            throw failed();
        }
        ThemeFiles themeFiles = theme.files();
        Map<String, PictureInfo> pictureInfos = inspectPictures(loaded.assets());
        logo = new LinkedHashMap<>(Map.of("logo", logo(loaded.assets(), pictureInfos), "favicon", favicon(loaded.assets())));
        LinkTable links = linkTable(loaded, published, theme, pictureInfos, memo == null ? null : memo.linkTable());
        MarkdownRenderer markdown = new MarkdownRenderer(options.site().root() + "share/mastodon/");
        reuse = reuse(loader, walk, links, theme);
        List<BuildMemo.RenderedMarkdown> baked = published.parallelStream().map(page -> {
            // A page with a recording is made again every time: its transcript and captions are files of their own.
            BuildMemo.RenderedMarkdown known = page.media() != null ? null : reuse.page(page);
            if (known == null) {
                known = renderMarkdownGuarded(page, markdown, links, writing);
                if (page.media() == null) {
                    reuse.rendered(known);
                }
            }
            problems.addAll(known.problems());
            return known;
        }).toList();
        // A page whose front matter has errors has no place in the site, but its body is checked all the same.
        checkHeld(selectPublished(loaded.held(), now), markdown, links, writing);
        List<RenderedPage> rendered = baked.stream().map(BuildMemo.RenderedMarkdown::rendered).toList();
        baked.stream().map(BuildMemo.RenderedMarkdown::readability).filter(java.util.Objects::nonNull).forEach(readability::add);
        checkLeadImages(published, links.assets(), pictureInfos);
        int pageCount = published.size();
        List<String> assets = loaded.assets();
        published = null; // the Markdown bodies: the rendered pages hold all that later steps need
        loaded = null;
        lap("markdown and writing");

        // 3. model: the site as data; 4. plan: decide every file, with its template and data
        Planned planned = plan(rendered, now, theme, pictureInfos);
        Site site = planned.site();
        Views views = planned.views();
        List<OutputPage> outputs = planned.outputs();
        Set<String> replanned = planned.replanned();
        planned = null; // so the files' list can be let go below
        int htmlPages = (int) outputs.stream().filter(OutputPage::isHtml).count();
        int files = outputs.size();
        pageIds = new ConcurrentHashMap<>(htmlPages * 4 / 3 + 16);
        pageLinks = new ConcurrentHashMap<>(htmlPages * 4 / 3 + 16);
        lap("model and plan");
        // Errors so far do not stop here: every page still goes through the gate and the link check, so a volunteer
        // sees every problem in one run, as from a compiler. Only publishing waits for a run with no error.

        // 5-7. render each file, check it with the accessibility gate, write it into a staging folder
        gate = new Gate(Rules.all(), new TemplateLines(themeFiles.folder().resolve("templates"), name -> themeFiles.display("templates/" + name)));
        // A watched preview trusts the files it wrote while its home page is there (a cleaned output folder is not).
        outputTrusted = reuse.trustsOutput() && Files.isRegularFile(options.output().resolve("index.html"));
        problems.addAll(checkThemeContrast(themeFiles));
        try (SiteOutput staging = output(themeFiles)) {
            List<OutputPage> toWrite = outputs;
            if (replanned != null && staging instanceof InPlaceOutput inPlace) {
                // Only the files planned again can have changed; the rest are taken as they are, in one quick pass.
                toWrite = new ArrayList<>(replanned.size());
                List<String> keptPaths = new ArrayList<>(outputs.size());
                for (OutputPage output : outputs) {
                    if (!replanned.contains(output.path()) && kept(inPlace, output)) {
                        keptPaths.add(output.path());
                    } else {
                        toWrite.add(output);
                    }
                }
                inPlace.keep(keptPaths);
            }
            toWrite.parallelStream().forEach(output -> writeGuarded(staging, output, theme));
            Set<String> written = replanned == null ? null : new HashSet<>(toWrite.stream().map(OutputPage::path).toList());
            toWrite = null;
            outputs = null; // every page's data and body: let a large site's memory go before the last steps
            lap("render and check");
            timings.put("gate CPU, all threads", gateNanos.sum() / 1_000_000);
            copyAssets(staging, assets, pictureInfos);
            copyPdfs(staging);
            if (options.site().socialCards()) {
                writeCards(staging, site, views, links, themeFiles);
            }
            lap("cards and assets");
            for (Throwable error : theme.copyAssets(staging.dir())) {
                problems.error(themeFiles.display("assets"), 0, "theme-asset", "a theme file could not be copied: " + error.getMessage(),
                        "check the file's permissions");
            }
            writeEditor(staging, site);
            Set<String> siteFiles = staging.files();
            if (!templateFailed) { // pages that failed to render would only show up as broken links
                problems.addAll(reuse.checkLinks(options.site().root(), siteFiles, pageIds, pageLinks, written));
            }
            lap("links");

            // 8. the accessibility report, and beside it (neither needs the other, and on a large site each
            // takes a while) publish: swap the staged site in, only if nothing failed
            List<Problem> found = problems.sorted();
            java.util.concurrent.CompletableFuture<Long> report = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                long start = System.nanoTime();
                writeReport(found, htmlPages);
                return (System.nanoTime() - start) / 1_000_000;
            });
            try {
                if (!problems.hasErrors()) { // the report adds warnings at most
                    staging.publish();
                    reuse.published(siteFiles);
                }
            } finally {
                timings.put("report, beside publishing", report.join());
            }
            if (problems.hasErrors()) {
                throw failed();
            }
            lap("publish");
        } catch (IOException | UncheckedIOException e) {
            problems.error(display(options.output()), 0, "output", "the site could not be written: " + describe(e),
                    "check that the folder is writable and the disk has space; the previous site is unchanged");
            throw failed();
        } finally {
            reuse.finished();
            forgetScratchCache();
        }
        return new Result(TitleBlame.blame(problems.sorted(), titles, options.content()), pageCount, files, options.output(), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(timings)),
                reuse.reuse());
    }

    /**
     * /admin/: the browser editor, its configuration made from the content format (see cms/AdminSite). The address is
     * the editor's, so a page written there is an error rather than a page the editor silently replaces.
     */
    private void writeEditor(SiteOutput staging, Site site) throws IOException {
        for (org.socialcarefuture.northstar.site.RenderedPage page : site.pages()) {
            if (page.page().url().equals(org.socialcarefuture.northstar.cms.AdminFiles.FOLDER)
                    || page.page().url().startsWith(org.socialcarefuture.northstar.cms.AdminFiles.FOLDER)) {
                problems.error(page.page().source(), 1, "admin-address", "this page's address, /" + page.page().url()
                        + ", is where the site's editor lives", "rename the file or give it another slug: line, e.g. slug: about-admin");
            }
        }
        org.socialcarefuture.northstar.cms.AdminSite.write(staging, options.content(), options.site().title(), options.site().root(),
                options.site().baseUrl(), site.tags().values().stream().map(org.socialcarefuture.northstar.site.Term::name).toList());
    }

    /** Records how long the step that just ended took, for the benchmark and the preview's log. */
    private void lap(String step) {
        long now = System.nanoTime();
        timings.put(step, (now - stepStart) / 1_000_000);
        stepStart = now;
    }

    /**
     * One page's body as {@link #renderMarkdown} makes it; should that fail in a way nobody foresaw, the page with no
     * body and a problem asking for a report, so that the other pages are still checked and nothing is published.
     */
    private BuildMemo.RenderedMarkdown renderMarkdownGuarded(Page page, MarkdownRenderer markdown, LinkTable links, Writing writing) {
        try {
            return Unexpected.withDeepStack(() -> renderMarkdown(page, markdown, links, writing));
        } catch (RuntimeException | StackOverflowError | AssertionError failure) {
            Problem problem = unexpected.problem(page.source(), "process this page", failure);
            BuildMemo.RenderedMarkdown empty = renderMarkdown(page.withoutBody(), markdown, links, null);
            return new BuildMemo.RenderedMarkdown(page, empty.rendered(), null, List.of(problem), empty.uses());
        }
    }

    /** One page's body: parsed once, checked by the writing checks, rendered; with everything found on the way. */
    private BuildMemo.RenderedMarkdown renderMarkdown(Page page, MarkdownRenderer markdown, LinkTable links, Writing writing) {
        Problems found = new Problems();
        var document = markdown.parse(page);
        Readability score = writing == null ? null : writing.check(page, new MarkdownText(document, page.body(), page.bodyLine()), found);
        MarkdownRenderer.Rendered body = markdown.render(page, document, links, options.site().baseUrl() + page.url());
        found.addAll(body.problems());
        Recording recording = page.media() == null ? Recording.NONE : recording(page, body, markdown, links, found);
        RenderedPage rendered = new RenderedPage(page.withoutBody(), body.html(), body.headings(), body.pledges(),
                searchEntry(page, body, recording.transcript()), body.leadPicture(), recording.html());
        return new BuildMemo.RenderedMarkdown(page, rendered, score == null ? null : Report.row(score), found.sorted(), body.uses());
    }

    /**
     * Pages whose front matter has errors (already reported) cannot be placed in the site, but everything in
     * their text is checked as on any page: the Markdown, the writing checks and the accessibility gate.
     */
    private void checkHeld(List<Page> held, MarkdownRenderer markdown, LinkTable links, Writing writing) {
        if (held.isEmpty()) {
            return;
        }
        Gate bodyGate = new Gate(Rules.all(), null);
        held.parallelStream().forEach(page -> {
            BuildMemo.RenderedMarkdown body = renderMarkdownGuarded(page, markdown, links, writing);
            problems.addAll(body.problems());
            try {
                problems.addAll(Unexpected.withDeepStack(() -> bodyGate.checkBody(body.rendered().html(), page.source(),
                        page.a11yIgnore())));
            } catch (RuntimeException | StackOverflowError | AssertionError failure) {
                problems.add(unexpected.problem(page.source(), "check this page", failure));
            }
        });
    }

    /** The page's entry in the search index, made with the page (on every core; kept by the preview with it); a transcript's words count. */
    private String searchEntry(Page page, MarkdownRenderer.Rendered body, String transcript) {
        return SearchIndex.entry(new SearchIndex.Entry(page.title(), options.site().root() + page.url(), page.summary(),
                page.easyRead() ? "Easy read" : page.type().label(), page.easyRead(),
                body.headings().stream().map(org.socialcarefuture.northstar.markdown.Heading::text).toList(),
                page.tags(), SearchIndex.wordsOfHtml(transcript.isEmpty() ? body.html() : body.html() + " " + transcript)));
    }

    /** A page's recording as its page shows it (player and transcript), and its transcript's HTML alone (for search). */
    private record Recording(String html, String transcript) {
        static final Recording NONE = new Recording("", "");
    }

    /**
     * A page's video or audio: its player (a hosted video's placeholder, which loads nothing from YouTube or Vimeo until
     * the reader presses play), and its transcript. WCAG 2.2 1.2.1-1.2.3, each an error at its line: every recording needs
     * a transcript (a transcript: file, or a Transcript heading in the body), a video of our own needs captions, and its
     * captions must be WebVTT a browser can read (each mistake at its cue's line).
     */
    private Recording recording(Page page, MarkdownRenderer.Rendered body, MarkdownRenderer markdown, LinkTable links, Problems found) {
        org.socialcarefuture.northstar.content.MediaDetails media = page.media();
        String folder = page.contentPath().contains("/") ? page.contentPath().substring(0, page.contentPath().lastIndexOf('/') + 1) : "";
        StringBuilder html = new StringBuilder();
        String transcriptHtml = "";
        if (media.hostedVideo()) {
            org.socialcarefuture.northstar.media.VideoLink.parse(media.video()).ifPresent(video ->
                    html.append(org.socialcarefuture.northstar.media.MediaMarkup.hosted(video, page.title(), "")));
        } else if (media.hasVideo() || media.hasAudio()) {
            String path = Views.contentRelative(page, media.hasVideo() ? media.video() : media.audio());
            int line = media.line();
            if (!links.assets().contains(path)) {
                found.error(page.source(), line, "missing-media", "\"" + (media.hasVideo() ? media.video() : media.audio())
                        + "\" does not exist (looked for content/" + path + ")", "check the file name and folder; paths are relative to this file");
            } else if (media.hasAudio()) {
                html.append(org.socialcarefuture.northstar.media.MediaMarkup.audio(links.href(path), page.title(), size(path)));
            } else if (media.captions().isEmpty()) {
                found.error(page.source(), line, "captions", "[WCAG 1.2.2 captions ACT f51b46] a video of our own needs captions, for people who cannot hear it",
                        "add captions: with a WebVTT file (.vtt) beside the page; most captioning tools can export one");
            } else {
                String captions = Views.contentRelative(page, media.captions());
                if (!links.assets().contains(captions)) {
                    found.error(page.source(), media.captionsLine(), "captions", "\"" + media.captions() + "\" does not exist (looked for"
                            + " content/" + captions + ")", "check the file name and folder; paths are relative to this file");
                } else {
                    checkCaptions(captions, found);
                    html.append(org.socialcarefuture.northstar.media.MediaMarkup.video(links.href(path), links.href(captions), page.title(),
                            size(path)));
                }
            }
        }
        boolean transcriptInBody = body.headings().stream().anyMatch(heading -> heading.text().toLowerCase(java.util.Locale.ROOT)
                .startsWith("transcript"));
        if (!media.transcript().isEmpty() && !ContentLoader.isTranscript(media.transcript())) {
            // misnamed: the loader has said so at its line, with the new name
        } else if (!media.transcript().isEmpty()) {
            String path = Views.contentRelative(page, media.transcript());
            Path file = options.content().resolve(path);
            if (!Files.isRegularFile(file)) {
                found.error(page.source(), media.transcriptLine(), "transcript", "\"" + media.transcript() + "\" does not exist (looked for"
                        + " content/" + path + ")", "check the file name and folder; paths are relative to this file");
            } else {
                try {
                    Page transcript = page.asTranscript(display(file), path, Files.readString(file));
                    MarkdownRenderer.Rendered text = markdown.render(transcript, markdown.parse(transcript), links,
                            options.site().baseUrl() + page.url());
                    found.addAll(text.problems());
                    transcriptHtml = text.html();
                    html.append(org.socialcarefuture.northstar.media.MediaMarkup.transcript(transcriptHtml));
                } catch (IOException e) {
                    found.error(display(file), 0, "read", "the transcript could not be read: " + e.getMessage(), "check the file");
                }
            }
        } else if (!transcriptInBody) {
            // WCAG asks audio for a transcript (ACT e7aa44); a video could meet it with an audio description instead, so there
            // the transcript is the site's policy
            found.error(page.source(), media.line(), "transcript", (media.hasAudio() ? "[WCAG 1.2.1 transcript ACT e7aa44]"
                    : "[WCAG 1.2.3 transcript policy]") + " a recording needs a transcript, for people who cannot "
                            + (media.hasAudio() ? "hear it" : "see or hear it") + " or cannot play it",
                    "add transcript: with a Markdown file named like talk.transcript.md beside the page, or a ## Transcript section to the page");
        }
        return new Recording(html.toString(), transcriptHtml);
    }

    private void checkCaptions(String path, Problems found) {
        Path file = options.content().resolve(path);
        try {
            for (org.socialcarefuture.northstar.media.WebVtt.Mistake mistake : org.socialcarefuture.northstar.media.WebVtt.check(
                    Files.readString(file))) {
                found.error(display(file), mistake.line(), "captions", "[WCAG 1.2.2] " + mistake.message() + ", so a browser cannot show"
                        + " these captions", "mend the cue's timing line (start --> end, the end after the start) and give it words");
            }
        } catch (IOException e) {
            found.error(display(file), 0, "captions", "the captions could not be read as text: " + e.getMessage(),
                    "save them as a UTF-8 WebVTT file");
        }
    }

    private String size(String path) {
        try {
            return org.socialcarefuture.northstar.media.MediaMarkup.size(Files.size(options.content().resolve(path)));
        } catch (IOException e) {
            return "size unknown";
        }
    }

    /** The writing checks of one bake: the movement's language, easy-read guidance, and each page's readability. */
    private record Writing(LanguageLint language, EasyReadLint easyRead) {
        Readability check(Page page, MarkdownText text, Problems problems) {
            problems.addAll(language.check(page, text));
            if (page.easyRead()) {
                problems.addAll(easyRead.check(page, text));
            }
            return Readability.of(page, text.blocks());
        }
    }

    /**
     * The checks with the settings in config/ (warnings unless they say otherwise), or null after
     * reporting settings that cannot be read.
     */
    private Writing writingChecks() {
        Path config = options.config();
        try {
            LanguageRules language = LanguageRules.load(config.resolve("language.yml"));
            EasyReadRules easyRead = EasyReadRules.load(config.resolve("easy-read.yml"));
            writingSettings = List.of(language, easyRead);
            return new Writing(new LanguageLint(language), new EasyReadLint(easyRead));
        } catch (IOException e) {
            problems.error(display(config), 0, "config", e.getMessage(), "fix the settings file; the comments in it show the format");
            return null;
        }
    }

    /**
     * The site model, its views and every file of the site. {@code replanned}: in the preview, when only pages'
     * bodies changed, the files planned again (every other file is the last plan's, unchanged); else null.
     */
    private record Planned(Site site, Views views, List<OutputPage> outputs, Set<String> replanned) {
    }

    /**
     * Steps 3 and 4. In the preview, after edits to pages' text only, the last plan with just the files that
     * show a body planned again (see {@link Planned}); otherwise the whole site.
     */
    private Planned plan(List<RenderedPage> rendered, Instant now, Theme theme, Map<String, PictureInfo> pictureInfos) {
        BuildMemo.Plan last = reuse.lastPlan();
        List<RenderedPage> changedBodies = last == null ? null : bodiesChanged(last, rendered, now);
        Planned planned = null;
        if (changedBodies != null && hasPledges(last.site().pages()) == hasPledges(rendered)) {
            // (A first or last pledge adds or takes away the pledges page and every footer's link to it: all is planned again.)
            Site site = last.site().withBodies(changedBodies);
            Views views = new Views(options.site(), site, now);
            SitePages pages = new SitePages(options.site(), site, views, options.drafts(), problems, logo,
                    print(site, views, theme, pictureInfos));
            List<OutputPage> outputs = pages.replan(last.outputs(), changedBodies);
            if (outputs != null) {
                planned = new Planned(site, views, outputs, pages.replanned());
            }
        }
        if (planned == null) {
            Site site = new Site(rendered);
            Views views = new Views(options.site(), site, now);
            planned = new Planned(site, views, new SitePages(options.site(), site, views, options.drafts(), problems, logo,
                    print(site, views, theme, pictureInfos)).plan(), null);
        }
        // Kept by the preview's memo only: its next build, in this JVM, may change only bodies.
        reuse.planned(new BuildMemo.Plan(rendered, planned.site(), planned.outputs(), now,
                planned.replanned() != null ? last.nextDate() : nextDate(rendered, now)));
        return planned;
    }

    /**
     * Step 4a: the PDFs of reports, letters and easy-read pages (site.yml's pdfs), each checked against PDF/UA-1 and
     * PDF/A-3a (see pdf/PrintPages); made before the pages, which link to them with their size. From the cache when
     * made before from the same page, so the preview makes again only an edited page's PDF.
     */
    private Map<String, PdfFile> print(Site site, Views views, Theme theme, Map<String, PictureInfo> pictureInfos) {
        long start = System.nanoTime();
        pdfs = new PrintPages(options.site(), views, theme, options.content(), pictureInfos, cacheFolder(),
                org.socialcarefuture.northstar.starter.NewSite.Release.ofThisBuild().version() + ";" + PrintPages.FORMAT,
                memo == null ? null : memo.printed()).print(site, problems);
        timings.put("PDFs, within model and plan", (System.nanoTime() - start) / 1_000_000);
        return pdfs;
    }

    /** The PDFs into the site, beside their pages; only a PDF that passed veraPDF's checks (else nothing is published). */
    private void copyPdfs(SiteOutput staging) throws IOException {
        for (PdfFile pdf : pdfs.values()) {
            if (pdf.passes()) {
                staging.copy(pdf.file(), pdf.path());
            }
        }
    }

    /**
     * The header's logo from site.yml, as the templates show it: its address, what it says, and a width and
     * height (2rem tall, in its own proportions) so the header does not jump as it loads. Empty for none; a
     * logo that is not in content/ is an error at its line of site.yml.
     */
    private Map<String, Object> logo(List<String> assets, Map<String, PictureInfo> pictureInfos) {
        SiteConfig.Logo logo = options.site().logo();
        if (logo == null) {
            return Map.of();
        }
        String file = logo.file().replaceFirst("^/+", "");
        if (!assets.contains(file)) {
            problems.error(options.site().source(), options.site().line("logo.file"), "settings",
                    "the logo " + file + " is not in " + display(options.content()),
                    "put the picture in " + display(options.content()) + " (e.g. " + display(options.content()) + "/images/logo.svg), or correct the path");
            return Map.of();
        }
        double ratio = 1;
        PictureInfo info = pictureInfos.get(file);
        if (info != null && info.width() > 0 && info.height() > 0) {
            ratio = (double) info.width() / info.height();
        } else if (file.toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            ratio = org.socialcarefuture.northstar.picture.SvgSanitizer.aspectRatio(options.content().resolve(file));
        }
        int height = 32;
        return Map.of("url", options.site().root() + file, "alt", logo.alt(), "width", (int) Math.round(height * ratio), "height", height);
    }

    /** The browser tab's icon: site.yml's favicon (a file of content/), else the theme's favicon.svg. */
    private Map<String, Object> favicon(List<String> assets) {
        String file = options.site().favicon().replaceFirst("^/+", "");
        if (file.isEmpty() || !assets.contains(file)) {
            if (!file.isEmpty()) {
                problems.error(options.site().source(), options.site().line("favicon"), "settings",
                        "the favicon " + file + " is not in " + display(options.content()),
                        "put the picture in " + display(options.content()) + ", or correct the path");
            }
            return Map.of("url", options.site().root() + "favicon.svg", "type", "image/svg+xml");
        }
        String lower = file.toLowerCase(java.util.Locale.ROOT);
        return Map.of("url", options.site().root() + file, "type",
                lower.endsWith(".svg") ? "image/svg+xml" : lower.endsWith(".png") ? "image/png" : "image/x-icon");
    }

    private static boolean hasPledges(List<RenderedPage> pages) {
        return pages.stream().anyMatch(page -> !page.pledges().isEmpty());
    }

    /**
     * The pages whose bodies alone changed since the last plan (the same objects are unchanged pages), or
     * null when anything else changed: a page came, went or moved in the order, its front matter changed, or
     * a page's date has come since (it then loses its "not yet published" banner, and lists may change);
     * the last plan knows the first date still to come.
     */
    private static List<RenderedPage> bodiesChanged(BuildMemo.Plan last, List<RenderedPage> rendered, Instant now) {
        if (last.pages().size() != rendered.size() || now.isBefore(last.now()) || !now.isBefore(last.nextDate())) {
            return null;
        }
        List<RenderedPage> changed = new ArrayList<>();
        for (int i = 0; i < rendered.size(); i++) {
            RenderedPage was = last.pages().get(i);
            RenderedPage is = rendered.get(i);
            if (was != is) {
                if (!was.page().equals(is.page())) {
                    return null;
                }
                changed.add(is);
            }
        }
        return changed;
    }

    /** The first date of a page still to come, or the end of time. */
    private static Instant nextDate(List<RenderedPage> rendered, Instant now) {
        Instant next = Instant.MAX;
        for (RenderedPage page : rendered) {
            List<Instant> dates = new ArrayList<>();
            if (page.page().date() != null) {
                dates.add(page.page().date().toInstant());
            }
            if (page.page().isEvent()) {
                dates.add(page.page().event().over()); // then it moves from upcoming to past
            }
            for (Instant date : dates) {
                if (date.isAfter(now) && date.isBefore(next)) {
                    next = date;
                }
            }
        }
        return next;
    }

    /** Drafts and future-dated pages wait, unless this is a preview; an easy-read variant follows its main page. */
    private List<Page> selectPublished(List<Page> pages, Instant now) {
        if (options.drafts()) {
            return pages; // the preview shows everything, marked as not yet published
        }
        Set<String> hidden = new HashSet<>();
        List<Page> kept = new ArrayList<>();
        for (Page page : pages) {
            boolean future = page.dated() && page.date().toInstant().isAfter(now);
            if (!page.easyRead() && (page.draft() || future)) {
                hidden.add(page.contentPath());
            }
        }
        for (Page page : pages) {
            boolean future = page.dated() && page.date().toInstant().isAfter(now);
            boolean hide = hidden.contains(page.contentPath())
                    || (page.easyRead() && page.easyReadOf() != null && hidden.contains(page.easyReadOf()))
                    || (page.easyRead() && (page.draft() || future));
            if (!hide) {
                kept.add(page);
            }
        }
        return kept;
    }

    /** What links resolve against; the preview's last one when it would be the same (checking is quicker than making it). */
    private LinkTable linkTable(ContentLoader.Loaded loaded, List<Page> published, Theme theme, Map<String, PictureInfo> pictureInfos,
                                LinkTable last) {
        if (last != null && last.root().equals(options.site().root()) && last.pageUrls().size() == published.size()
                && last.assets().size() == loaded.assets().size() && last.themePictures().equals(theme.pictures())
                && last.pictures().equals(pictureInfos)
                && published.stream().allMatch(page -> page.url().equals(last.pageUrls().get(page.contentPath())))
                && last.assets().containsAll(loaded.assets())) {
            return last;
        }
        Map<String, String> urls = new LinkedHashMap<>();
        for (Page page : published) {
            urls.put(page.contentPath(), page.url());
        }
        return new LinkTable(options.site().root(), urls, new HashSet<>(loaded.assets()), theme.pictures(), pictureInfos);
    }

    /** A page's lead picture's path under content/ (for a local picture). */
    private static String leadPath(Page page) {
        String image = page.image();
        return image.startsWith("/") ? image.substring(1) : Views.contentRelative(page, image);
    }

    private void checkLeadImages(List<Page> pages, Set<String> files, Map<String, PictureInfo> pictures) {
        for (Page page : pages) {
            String image = page.image();
            if (image.isEmpty() || image.startsWith("http://") || image.startsWith("https://")) {
                continue;
            }
            String path = leadPath(page);
            if (path.startsWith("..") || !files.contains(path)) {
                problems.error(page.source(), 0, "missing-image", "the lead image \"" + image + "\" is not in the content folder",
                        "put the picture next to this file (or in content/images/) and check its name");
            } else if (pictures.containsKey(path) && !pictures.get(path).ok()) {
                problems.error(page.source(), 0, "bad-picture", "the lead image: " + pictures.get(path).problem(), pictures.get(path).fix());
            }
        }
    }

    /** {@link #write}, with a failure nobody foresaw reported against the page (or template) instead of ending the build. */
    private void writeGuarded(SiteOutput staging, OutputPage output, Theme theme) {
        try {
            Unexpected.withDeepStack(() -> {
                write(staging, output, theme);
                return null;
            });
        } catch (UncheckedIOException | java.nio.file.InvalidPathException failure) {
            // A name the file system refuses (too long, a character it cannot hold) is the page's, not the disk's.
            String fault = OutputFault.ofAddress(failure);
            if (fault == null || output.source() == null) {
                throw failure;
            }
            problems.error(output.source(), 0, "address", "this page could not be saved at /" + output.path() + ": " + fault,
                    "give it a shorter slug, tag, author or alias (a part of an address may be " + OutputFault.NAME_BYTES + " bytes at most)");
        } catch (RuntimeException | StackOverflowError | AssertionError failure) {
            if (!Unexpected.isUnexpected(failure)) {
                throw failure;
            }
            String file = output.source() != null ? output.source()
                    : output.template() != null ? theme.files().display("templates/" + output.template()) : output.path();
            problems.add(unexpected.problem(file, "make " + output.path(), failure));
        }
    }

    private void write(SiteOutput staging, OutputPage output, Theme theme) {
        try {
            // A file that says what it is made from is known by that; any other templated file by its data.
            Map<String, Object> model = output.inputs() == null && output.template() != null ? output.model() : null;
            Object key = reuse.key(output, model);
            if (key != null && reused(staging, output, reuse.file(output, key))) {
                return;
            }
            if (model == null && output.template() != null) {
                model = output.model();
            }
            String text = model == null ? output.text() : theme.render(output.template(), model);
            Gate.Checked checked = null;
            if (output.isHtml()) {
                long gateStart = THREADS.getCurrentThreadCpuTime();
                checked = gate.check(text, new Gate.Source(output.path(), output.source(), output.template(),
                        output.ignored(), output.exemptRules()));
                gateNanos.add(THREADS.getCurrentThreadCpuTime() - gateStart);
                record(output, checked);
                text = SOURCE_MARKERS.matcher(text).replaceAll("");
            }
            if (key != null) {
                reuse.written(output, key, text, checked);
            }
            staging.write(output.path(), text);
        } catch (Theme.TemplateFailure failure) {
            templateFailed = true;
            problems.add(failure.problem());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * In the preview, for a file the last plan decided and this build kept: true when the memo has it (and
     * it is still on disk, unless the preview trusts its files); then what the gate found in it is reported again.
     */
    private boolean kept(InPlaceOutput inPlace, OutputPage output) {
        if (!outputTrusted && !Files.isRegularFile(inPlace.resolve(output.path()))) {
            return false;
        }
        BuildMemo.CheckedFile known = reuse.kept(output.path());
        if (known == null) {
            return false;
        }
        if (known.checked() != null) {
            record(output, known.checked());
        }
        return true;
    }

    /**
     * True when {@code known} (the file as made before from the same inputs) can stand for it: the bake's cache gives its
     * text, written as made; the preview's memo says the file in the output folder is it, if it is still there. What
     * the gate found in it then is reported again.
     */
    private boolean reused(SiteOutput staging, OutputPage output, Reuse.Known known) throws IOException {
        if (known == null) {
            return false;
        }
        if (known.same() != null) {
            staging.same(known.same(), output.path());
        } else if (known.text() != null) {
            staging.write(output.path(), known.text());
        } else if (staging instanceof InPlaceOutput inPlace && Files.isRegularFile(inPlace.resolve(output.path()))) {
            inPlace.keep(List.of(output.path()));
        } else {
            return false;
        }
        if (known.checked() != null) {
            record(output, known.checked());
        }
        return true;
    }

    /** What the gate found in a file, for the report and the link checker. */
    private void record(OutputPage output, Gate.Checked checked) {
        problems.addAll(checked.problems());
        waivers.addAll(checked.waivers());
        pageIds.put(output.path(), checked.ids());
        pageLinks.put(output.path(), checked.links());
    }

    /** Link-preview cards for every page without a picture of its own, and one for the site. */
    private void writeCards(SiteOutput staging, Site site, Views views, LinkTable links, ThemeFiles themeFiles) throws IOException {
        Path fonts = themeFiles.folder().resolve("fonts");
        if (!Files.isDirectory(fonts)) {
            problems.error(themeFiles.display("fonts"), 0, "social-card", "the theme has no fonts/ folder to draw link-preview cards with",
                    "add AtkinsonHyperlegible-Regular.ttf and -Bold.ttf there, or set social_cards: false in site.yml");
            return;
        }
        SocialCards cards = new SocialCards(fonts, cacheFolder().resolve("cards"));
        Pictures pictures = new Pictures(cacheFolder().resolve("pictures"));
        staging.write("card.png", cards.png(views.siteCard()));
        site.pages().parallelStream().forEach(page -> {
            try {
                if (page.page().image().isEmpty()) {
                    staging.write(page.url() + "card.png", cards.png(views.card(page)));
                } else if (!page.leadPicture().isEmpty()) {
                    String lead = leadPath(page.page());
                    staging.write(page.url() + "card.jpg", pictures.card(links.pictures().get(lead), options.content().resolve(lead)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private List<Problem> checkThemeContrast(ThemeFiles themeFiles) {
        Path css = themeFiles.folder().resolve("assets/css/site.css");
        String shown = themeFiles.display("assets/css/site.css");
        try {
            return Files.exists(css) ? org.socialcarefuture.northstar.a11y.BrandColours.check(Files.readString(css), shown, options.site())
                    : List.of();
        } catch (IOException e) {
            return List.of(Problem.error(shown, 0, "theme", "the theme CSS could not be read: "
                    + e.getMessage(), "check the file"));
        }
    }

    /**
     * The accessibility report goes beside the site (target/a11y-report/), written even when the build
     * fails. The preview's (drafts included) goes to a folder of its own, so it never stands in for the bake's.
     */
    private void writeReport(List<Problem> found, int htmlPages) {
        Path report = options.output().toAbsolutePath().normalize()
                .resolveSibling(memo == null ? "a11y-report" : "a11y-report-preview").resolve("index.html");
        try {
            List<Gate.Waiver> sortedWaivers = new ArrayList<>(waivers);
            sortedWaivers.sort(java.util.Comparator.comparing(Gate.Waiver::file).thenComparing(Gate.Waiver::rule));
            List<Report.PdfRow> pdfRows = pdfs.values().stream().sorted(java.util.Comparator.comparing(PdfFile::path))
                    .map(pdf -> new Report.PdfRow(pdf.path(), pdf.source(), pdf.pages(), pdf.bytes(),
                            pdf.failures().stream().map(PdfCheck.Failure::toString).toList())).toList();
            Report.write(report, found, sortedWaivers, htmlPages, readability, pdfRows);
        } catch (IOException e) {
            problems.warning(display(report), 0, "report", "the accessibility report could not be written: " + e.getMessage(),
                    "check that the folder is writable");
        }
    }

    /**
     * Files from content/ into the site: pictures made light, sized and private (see Pictures), SVG drawings made
     * safe (see SvgSanitizer), everything else copied as it is.
     */
    private void copyAssets(SiteOutput staging, List<String> assets, Map<String, PictureInfo> pictureInfos) throws IOException {
        Pictures pictures = new Pictures(cacheFolder().resolve("pictures"));
        List<String> made = new ArrayList<>();
        for (String asset : assets) {
            PictureInfo info = pictureInfos.get(asset);
            if (ContentLoader.isTranscript(asset)) {
                continue; // shown on its recording's page
            } else if (info == null) {
                staging.copy(options.content().resolve(asset), asset);
            } else if (info.format() == org.socialcarefuture.northstar.picture.PictureFormat.SVG) {
                SvgSanitizer.Cleaned svg = SvgSanitizer.clean(Files.readString(options.content().resolve(asset)));
                if (!svg.removed().isEmpty()) {
                    problems.warning(display(options.content().resolve(asset)), 0, "svg", "the site takes " + String.join(", ", svg.removed())
                                    + " out of this SVG picture: opened on its own, it would run as part of the site",
                            "nothing to do if the drawing still looks right; to quiet this, save the drawing without them");
                }
                staging.write(asset, svg.svg());
            } else if (info.ok()) {
                made.add(asset);
            }
        }
        // Resizing is the slow part (about a second for a phone photo, unless its sizes are in the cache): on every core.
        made.parallelStream().forEach(asset -> {
            try {
                Unexpected.withDeepStack(() -> {
                    try {
                        pictures.publish(staging, pictureInfos.get(asset), options.content().resolve(asset));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                });
            } catch (RuntimeException | StackOverflowError e) {
                Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
                String nameFault = e instanceof RuntimeException r ? OutputFault.ofAddress(r) : null;
                if (nameFault != null) { // its resized copies' names (photo-1280w.webp) are longer than the photo's own
                    problems.error(display(options.content().resolve(asset)), 0, "address", "the picture's sizes could not be saved: " + nameFault,
                            "give the picture a shorter file name (and change the links to it)");
                    return;
                }
                problems.error(display(options.content().resolve(asset)), 0, "bad-picture", "the picture could not be made ready for the site ("
                        + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()) + ")",
                        "save it again from the program it came from, as an ordinary JPEG or PNG");
            }
        });
    }

    private Path cacheFolder() {
        if (options.useCache()) {
            return options.cache();
        }
        synchronized (this) {
            if (scratchCache == null) {
                try {
                    scratchCache = Files.createTempDirectory("north-star-no-cache-");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return scratchCache;
        }
    }

    /** The output folder's name: two sites baked beside each other (target/site, target/other) keep apart caches. */
    private String outputName() {
        Path name = options.output().toAbsolutePath().normalize().getFileName();
        return name == null ? "site" : name.toString();
    }

    /** With --no-cache, nothing made in this bake is kept for the next. */
    private synchronized void forgetScratchCache() {
        if (scratchCache != null) {
            try (var walk = Files.walk(scratchCache)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder: the system clears it
            }
        }
    }

    /**
     * What this build may take from earlier work (see Reuse): the preview's memo of its last good build, kept in
     * memory; for a bake, its cache on disk beside the site, made by earlier bakes in any JVM; with --no-cache, nothing.
     */
    private Reuse reuse(ContentLoader loader, BuildMemo.Walk walk, LinkTable links, Theme theme) {
        List<Object> markdownInputs = List.of(options.site(), options.drafts(), writingSettings);
        if (memo != null) {
            BuildMemo.Session session = memo.start(loader.known(), links, markdownInputs, theme);
            session.listed(walk, loader.listing());
            return session;
        }
        if (!options.useCache()) {
            return Reuse.NOTHING;
        }
        long start = System.nanoTime();
        try {
            Path folder = options.cache().resolve("bake-" + outputName());
            return new org.socialcarefuture.northstar.cache.BakeCache(folder,
                    org.socialcarefuture.northstar.cache.BakeCache.codeFingerprint(
                            org.socialcarefuture.northstar.starter.NewSite.Release.ofThisBuild().version(), folder.resolve("code.txt")),
                    markdownInputs, theme.files().folder(), links, options.output().toAbsolutePath().normalize());
        } catch (IOException | UncheckedIOException e) {
            problems.warning(display(options.cache()), 0, "cache", "the bake's memory of earlier bakes could not be opened ("
                    + describe(e) + "), so every page was made from scratch; the site is complete all the same",
                    "check that this folder can be read and written, or bake with --no-cache to leave it alone");
            return Reuse.NOTHING;
        } catch (org.socialcarefuture.northstar.cache.StableDigest.Undigestable e) {
            problems.warning(display(options.cache()), 0, "cache", "a setting in site.yml or config/ holds a kind of value the bake's"
                    + " memory cannot compare (" + e.getMessage() + "), so every page was made from scratch; the site is complete all the same",
                    "nothing to fix for the site; bake with --no-cache to skip this memory, and tell the North Star maintainers which setting it was");
            return Reuse.NOTHING;
        } finally {
            timings.put("cache opened, within markdown", (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** What each file of content/ that is a picture is, read from its header, on every core. */
    private Map<String, PictureInfo> inspectPictures(List<String> assets) {
        Map<String, PictureInfo> infos = new ConcurrentHashMap<>();
        assets.parallelStream().forEach(asset -> {
            try {
                PictureInfo info = Pictures.inspect(options.content().resolve(asset), asset);
                if (info != null) {
                    infos.put(asset, info);
                }
            } catch (IOException e) {
                problems.error(display(options.content().resolve(asset)), 0, "read", "the file could not be read: " + e.getMessage(),
                        "check that it exists and can be read");
            }
        });
        return infos;
    }

    private BuildFailedException failed() {
        return new BuildFailedException(TitleBlame.blame(problems.sorted(), titles, options.content()));
    }

    /** An I/O failure in words: Java's messages are often just the path. */
    private static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String where = cause.getMessage() == null ? "" : cause.getMessage();
        if (cause instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file and a folder would both be called " + where + " (is there a folder in content/ named like a page or feed?)";
        }
        if (cause instanceof java.nio.file.AccessDeniedException) {
            return "permission denied for " + where;
        }
        if (cause instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + " (" + fs.getFile() + ")";
        }
        return where.isEmpty() ? cause.getClass().getSimpleName() : where;
    }

    /** A path as the volunteer would type it: relative to the working folder when inside it. */
    public static String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        String shown = absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString() : absolute.toString();
        return shown.replace('\\', '/');
    }

}
