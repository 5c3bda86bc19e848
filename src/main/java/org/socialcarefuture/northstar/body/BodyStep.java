package org.socialcarefuture.northstar.body;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.socialcarefuture.northstar.a11y.Gate;
import org.socialcarefuture.northstar.a11y.Report;
import org.socialcarefuture.northstar.a11y.Rules;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.site.Heading;
import org.socialcarefuture.northstar.markdown.LinkTable;
import org.socialcarefuture.northstar.markdown.MarkdownRenderer;
import org.socialcarefuture.northstar.memo.BuildMemo;
import org.socialcarefuture.northstar.memo.Reuse;
import org.socialcarefuture.northstar.picture.PictureInfo;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.problem.Problems;
import org.socialcarefuture.northstar.problem.Unexpected;
import org.socialcarefuture.northstar.search.SearchIndex;
import org.socialcarefuture.northstar.site.RenderedPage;
import org.socialcarefuture.northstar.writing.MarkdownText;
import org.socialcarefuture.northstar.writing.Readability;

/**
 * Step 2, markdown and writing checks: each page's body parsed once, checked for the movement's language and easy
 * read, and made safe HTML, on every core; a page the reuse has from before is taken from it.
 */
public final class BodyStep {

    /**
     * @param published the pages this build publishes
     * @param held      pages whose front matter has errors: no place in the site, but their bodies are checked all the same
     * @param writing   the writing checks, or null when their settings could not be read
     */
    public record Input(List<Page> published, List<Page> held, LinkTable links, WritingChecks writing, Reuse reuse) {
    }

    /** Every published page with its body made, in the order of the input, and each page's readability (for the report). */
    public record Bodies(List<RenderedPage> rendered, List<Report.ReadabilityRow> readability) {
    }

    private final MarkdownRenderer markdown;
    private final String baseUrl;
    private final String root;
    private final Recordings recordings;
    private final Unexpected unexpected;

    /** @param root the site's root address (site.yml's base path), @param baseUrl its full address */
    public BodyStep(MarkdownRenderer markdown, Path content, String root, String baseUrl, Unexpected unexpected) {
        this.markdown = markdown;
        this.root = root;
        this.baseUrl = baseUrl;
        this.recordings = new Recordings(content, baseUrl);
        this.unexpected = unexpected;
    }

    /** What links resolve against; {@code last} (the preview's last one) when it would be the same (checking is quicker than making it). */
    public static LinkTable links(String root, List<String> assets, List<Page> published, java.util.Set<String> themePictures,
                                  Map<String, PictureInfo> pictureInfos, LinkTable last) {
        if (last != null && last.root().equals(root) && last.pageUrls().size() == published.size()
                && last.assets().size() == assets.size() && last.themePictures().equals(themePictures)
                && last.pictures().equals(pictureInfos)
                && published.stream().allMatch(page -> page.url().equals(last.pageUrls().get(page.contentPath())))
                && last.assets().containsAll(assets)) {
            return last;
        }
        Map<String, String> urls = new LinkedHashMap<>();
        for (Page page : published) {
            urls.put(page.contentPath(), page.url());
        }
        return new LinkTable(root, urls, new HashSet<>(assets), themePictures, pictureInfos);
    }

    public Bodies run(Input in, Problems problems) {
        Reuse reuse = in.reuse();
        List<BuildMemo.RenderedMarkdown> baked = in.published().parallelStream().map(page -> {
            // A page with a recording is made again every time: its transcript and captions are files of their own.
            BuildMemo.RenderedMarkdown known = page.media() != null ? null : reuse.page(page);
            if (known == null) {
                known = renderGuarded(page, in.links(), in.writing());
                if (page.media() == null) {
                    reuse.rendered(known);
                }
            }
            problems.addAll(known.problems());
            return known;
        }).toList();
        checkHeld(in.held(), in.links(), in.writing(), problems);
        return new Bodies(baked.stream().map(BuildMemo.RenderedMarkdown::rendered).toList(),
                baked.stream().map(BuildMemo.RenderedMarkdown::readability).filter(Objects::nonNull).toList());
    }

    /**
     * One page's body as {@link #render} makes it; should that fail in a way nobody foresaw, the page with no
     * body and a problem asking for a report, so that the other pages are still checked and nothing is published.
     */
    private BuildMemo.RenderedMarkdown renderGuarded(Page page, LinkTable links, WritingChecks writing) {
        try {
            return Unexpected.withDeepStack(() -> render(page, links, writing));
        } catch (RuntimeException | StackOverflowError | AssertionError failure) {
            Problem problem = unexpected.problem(page.source(), "process this page", failure);
            BuildMemo.RenderedMarkdown empty = render(page.withoutBody(), links, null);
            return new BuildMemo.RenderedMarkdown(page, empty.rendered(), null, List.of(problem), empty.uses());
        }
    }

    /** One page's body: parsed once, checked by the writing checks, rendered; with everything found on the way. */
    private BuildMemo.RenderedMarkdown render(Page page, LinkTable links, WritingChecks writing) {
        Problems found = new Problems();
        var document = markdown.parse(page);
        Readability score = writing == null ? null : writing.check(page, new MarkdownText(document, page.body(), page.bodyLine()), found);
        MarkdownRenderer.Rendered body = markdown.render(page, document, links, baseUrl + page.url());
        found.addAll(body.problems());
        Recordings.Recording recording = page.media() == null ? Recordings.Recording.NONE : recordings.of(page, body, markdown, links, found);
        RenderedPage rendered = new RenderedPage(page.withoutBody(), body.html(), body.headings(), body.pledges(),
                searchEntry(page, body, recording.transcript()), body.leadPicture(), recording.html());
        return new BuildMemo.RenderedMarkdown(page, rendered, score == null ? null : Report.row(score), found.sorted(), body.uses());
    }

    /**
     * Pages whose front matter has errors (already reported) cannot be placed in the site, but everything in
     * their text is checked as on any page: the Markdown, the writing checks and the accessibility gate.
     */
    private void checkHeld(List<Page> held, LinkTable links, WritingChecks writing, Problems problems) {
        if (held.isEmpty()) {
            return;
        }
        Gate bodyGate = new Gate(Rules.all(), null);
        held.parallelStream().forEach(page -> {
            BuildMemo.RenderedMarkdown body = renderGuarded(page, links, writing);
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
        return SearchIndex.entry(new SearchIndex.Entry(page.title(), root + page.url(), page.summary(),
                page.easyRead() ? "Easy read" : page.type().label(), page.easyRead(),
                body.headings().stream().map(Heading::text).toList(),
                page.tags(), SearchIndex.wordsOfHtml(transcript.isEmpty() ? body.html() : body.html() + " " + transcript)));
    }
}
