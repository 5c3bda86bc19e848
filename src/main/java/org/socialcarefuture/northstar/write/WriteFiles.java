package org.socialcarefuture.northstar.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import org.socialcarefuture.northstar.a11y.BrandColours;
import org.socialcarefuture.northstar.a11y.Gate;
import org.socialcarefuture.northstar.a11y.Rules;
import org.socialcarefuture.northstar.a11y.SiteFiles;
import org.socialcarefuture.northstar.a11y.TemplateLines;
import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.memo.BuildMemo;
import org.socialcarefuture.northstar.memo.Reuse;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.problem.Problems;
import org.socialcarefuture.northstar.problem.Unexpected;
import org.socialcarefuture.northstar.publish.OutputFault;
import org.socialcarefuture.northstar.publish.SiteOutput;
import org.socialcarefuture.northstar.render.OutputPage;
import org.socialcarefuture.northstar.render.Theme;
import org.socialcarefuture.northstar.render.ThemeFiles;

/**
 * Steps 5 to 7, render and gate: each planned file rendered with its template, checked by the accessibility gate and
 * written into the site's output, on every core; a file the reuse has from the same inputs is taken as it was made.
 * One instance per build: it gathers what the gate found in each file until {@link #write} returns it.
 */
public final class WriteFiles {

    /**
     * @param replanned      in the preview, when only bodies changed, the files planned again (every other is kept as it is); else null
     * @param outputTrusted  whether the files the reuse says are in the output may be taken to be there without looking
     */
    public record Input(List<OutputPage> outputs, Set<String> replanned, boolean outputTrusted) {
    }

    /**
     * What the gate found in the site, for the link check and the report.
     *
     * @param written        the files written again when only those can have changed (see Input#replanned), else null
     * @param templateFailed whether a template failed: the pages it did not make would only show up as broken links
     * @param gateMillis     CPU time spent in the gate on all threads
     */
    public record Written(Set<String> written, Map<String, Set<String>> ids, Map<String, List<Gate.PageLink>> links,
                          List<Gate.Waiver> waivers, boolean templateFailed, long gateMillis) {
    }

    /** For the gate's CPU time on each rendering thread. */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Source markers the gate reads; removed before publishing. */
    private static final Pattern SOURCE_MARKERS = Pattern.compile(" data-src-(?:line=\"\\d+\"|body|reported=\"1\")");

    private final Theme theme;
    private final Reuse reuse;
    private final Gate gate;
    private final Problems problems;
    private final Unexpected unexpected;
    private final Map<String, Set<String>> pageIds;
    private final Map<String, List<Gate.PageLink>> pageLinks;
    private final List<Gate.Waiver> waivers = java.util.Collections.synchronizedList(new ArrayList<>());
    private final LongAdder gateNanos = new LongAdder();
    private volatile boolean templateFailed;

    /** @param htmlPages how many HTML files the plan holds (each one's ids and links are kept; sized once, not grown step by step) */
    public WriteFiles(Theme theme, Reuse reuse, int htmlPages, Problems problems, Unexpected unexpected) {
        this(theme, reuse, htmlPages, problems, unexpected, SiteFiles.NONE);
    }

    /** @param siteFiles where the pages' links to the site's own files are (content/, which the bake copies as it is) */
    public WriteFiles(Theme theme, Reuse reuse, int htmlPages, Problems problems, Unexpected unexpected,
                      SiteFiles siteFiles) {
        this.theme = theme;
        this.reuse = reuse;
        this.problems = problems;
        this.unexpected = unexpected;
        this.pageIds = new ConcurrentHashMap<>(htmlPages * 4 / 3 + 16);
        this.pageLinks = new ConcurrentHashMap<>(htmlPages * 4 / 3 + 16);
        ThemeFiles files = theme.files();
        this.gate = new Gate(Rules.all(), new TemplateLines(files.folder().resolve("templates"), name -> files.display("templates/" + name)),
                siteFiles);
    }

    /** The theme's colours against WCAG's contrast, with the site's brand colours (see a11y/BrandColours). */
    public static List<Problem> checkThemeContrast(ThemeFiles themeFiles, SiteConfig config) {
        Path css = themeFiles.folder().resolve("assets/css/site.css");
        String shown = themeFiles.display("assets/css/site.css");
        try {
            return Files.exists(css) ? BrandColours.check(Files.readString(css), shown, config) : List.of();
        } catch (IOException e) {
            return List.of(Problem.error(shown, 0, "theme", "the theme CSS could not be read: " + e.getMessage(), "check the file"));
        }
    }

    public Written write(Input in, SiteOutput staging) {
        List<OutputPage> toWrite = in.outputs();
        if (in.replanned() != null) {
            // Only the files planned again can have changed; the rest are taken as they are, in one quick pass.
            toWrite = new ArrayList<>(in.replanned().size());
            List<String> keptPaths = new ArrayList<>(in.outputs().size());
            for (OutputPage output : in.outputs()) {
                if (!in.replanned().contains(output.path()) && kept(staging, output, in.outputTrusted())) {
                    keptPaths.add(output.path());
                } else {
                    toWrite.add(output);
                }
            }
            staging.keep(keptPaths);
        }
        toWrite.parallelStream().forEach(output -> writeGuarded(staging, output));
        Set<String> written = in.replanned() == null ? null : new HashSet<>(toWrite.stream().map(OutputPage::path).toList());
        return new Written(written, pageIds, pageLinks, new ArrayList<>(waivers), templateFailed, gateNanos.sum() / 1_000_000);
    }

    /** {@link #write(SiteOutput, OutputPage)}, with a failure nobody foresaw reported against the page (or template) instead of ending the build. */
    private void writeGuarded(SiteOutput staging, OutputPage output) {
        try {
            Unexpected.withDeepStack(() -> {
                write(staging, output);
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

    private void write(SiteOutput staging, OutputPage output) {
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
     * In the preview, for a file the last plan decided and this build kept: true when the reuse has it (and
     * it is still in the output, unless the output is trusted); then what the gate found in it is reported again.
     */
    private boolean kept(SiteOutput staging, OutputPage output, boolean outputTrusted) {
        if (!outputTrusted && !staging.holds(output.path())) {
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
        } else if (staging.holds(output.path())) {
            staging.keep(List.of(output.path()));
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
}
