package org.socialcarefuture.northstar.markdown;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.pledge.Pledge;
import org.socialcarefuture.northstar.pledge.PledgeCards;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.site.Heading;

import com.vladsch.flexmark.html.HtmlRenderer;

/**
 * Step 2 of the build: Markdown to safe HTML with flexmark (CommonMark, tables, footnotes, heading
 * ids, typographic quotes). Adds what the format promises: pledge cards, easy-read points, links
 * that follow files to their published URLs, and {@code data-src-line} on every block so later
 * checks can name the Markdown line (the attribute is removed before publishing).
 *
 * <p>This class is the setup and the order of the passes. Each custom block is a flexmark extension of its own
 * ({@code EXTENSIONS}: PledgeBlocks, EasyReadPoints, ResponsivePictures, SourceLines, ContentLinks), sharing
 * the page's {@code RenderContext}; what needs the whole page as one tree runs after flexmark, in jsoup
 * (PastedHtml and HtmlSanitizer, VideoEmbeds, BodyPasses, pledge.PledgeCards), and only when the page needs it.
 *
 * <p>One instance is shared by all threads: flexmark's parser and renderer are immutable.
 */
public final class MarkdownRenderer {

    /** What rendering one page produced. */
    public record Rendered(String html, List<Heading> headings, List<Pledge> pledges, List<Problem> problems, LinkUses uses,
                           String leadPicture) {
        public Rendered(String html, List<Heading> headings, List<Pledge> pledges, List<Problem> problems, LinkUses uses) {
            this(html, headings, pledges, problems, uses, "");
        }

        public Rendered {
            headings = List.copyOf(headings);
            pledges = List.copyOf(pledges);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Marks a link or picture whose missing target this step already reported (with a better fix than the
     * link check could give), so that the link check leaves it alone. Removed before publishing, as
     * {@code data-src-line} is.
     */
    public static final String REPORTED = org.socialcarefuture.northstar.site.SourceMarks.REPORTED;

    /**
     * The custom blocks and passes, each a flexmark extension of its own, on top of the content format's Markdown
     * (MarkdownSyntax): a new one is added here.
     */
    private static final List<HtmlRenderer.HtmlRendererExtension> EXTENSIONS = List.of(
            new PledgeBlocks(), new EasyReadPoints(), new ResponsivePictures(), new SourceLines(), new ContentLinks());

    private final HtmlRenderer renderer;
    private final String mastodonSharePage;

    public MarkdownRenderer(String mastodonSharePage) {
        this.mastodonSharePage = mastodonSharePage;
        this.renderer = HtmlRenderer.builder(MarkdownSyntax.OPTIONS).extensions(EXTENSIONS).build();
    }

    public Rendered render(Page page, LinkTable links, String permalink) {
        return render(page, parse(page), links, permalink);
    }

    /** Parses a page's body; the bake shares the result with the writing checks, so each page is parsed once. */
    public com.vladsch.flexmark.util.ast.Document parse(Page page) {
        return MarkdownSyntax.PARSER.parse(page.body());
    }

    public Rendered render(Page page, com.vladsch.flexmark.util.ast.Document document, LinkTable links, String permalink) {
        RenderContext context = new RenderContext(page, links);
        if (NestingLimit.tooDeep(document, context)) {
            return new Rendered("", List.of(), List.of(), context.problems, context.uses);
        }
        document.set(RenderContext.KEY, context);
        ResponsivePictures.checkDescriptions(document, context);
        String html = renderer.render(document);
        BodyPasses.Needs needs = BodyPasses.Needs.of(document, page, context);
        String lead = ResponsivePictures.leadPicture(page, context);
        if (!needs.jsoup()) {
            // Nothing to add or clean: flexmark's output is final, and the headings can be read straight from it.
            return new Rendered(html, Heading.fromHtml(html), context.pledges, context.problems, context.uses, lead);
        }

        // flexmark escapes text and our resolver vets every link, so only raw HTML needs jsoup's (slower) cleaner.
        if (needs.rawHtml()) {
            PastedHtml.warnOfRemovedHtml(document, context);
        }
        Document clean = needs.rawHtml() ? HtmlSanitizer.clean(html) : BodyPasses.parseTrusted(html);
        Element body = clean.body();
        VideoEmbeds.removeForeignFrames(body, page, context);
        BodyPasses.labelFootnoteBackLinks(body);
        BodyPasses.makeTablesScrollable(body);
        if (needs.numberedSections()) {
            BodyPasses.numberSections(body);
        }
        context.problems.addAll(PledgeCards.enrich(body, context.pledges, page.source(), permalink, mastodonSharePage));
        List<Heading> headings = new ArrayList<>();
        for (Element heading : body.select("h2[id], h3[id], h4[id], h5[id], h6[id]")) {
            headings.add(new Heading(Integer.parseInt(heading.tagName().substring(1)), heading.id(), heading.text()));
        }
        VideoEmbeds.placehold(body, page, context, headings);
        return new Rendered(body.html(), headings, context.pledges, context.problems, context.uses, lead);
    }

    /** The words that mark a picture as decoration on purpose: {@code ![decorative](border.png)}. */
    public static final String DECORATIVE = "decorative";

    /** Whether a picture's description is the decoration marker. */
    public static boolean decorative(String description) {
        return description.strip().equalsIgnoreCase(DECORATIVE);
    }
}
