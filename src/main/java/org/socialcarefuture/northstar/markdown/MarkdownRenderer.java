package org.socialcarefuture.northstar.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.content.Slugs;
import org.socialcarefuture.northstar.pledge.Pledge;
import org.socialcarefuture.northstar.pledge.PledgeCards;
import org.socialcarefuture.northstar.problem.Problem;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Step 2 of the build: Markdown to safe HTML with flexmark (CommonMark, tables, footnotes, heading
 * ids, typographic quotes). Adds what the format promises: pledge cards, easy-read points, links
 * that follow files to their published URLs, and {@code data-src-line} on every block so later
 * checks can name the Markdown line (the attribute is removed before publishing).
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
    public static final String REPORTED = "data-src-reported";

    static final NullableDataKey<RenderContext> CONTEXT = new NullableDataKey<>("NORTH_STAR_CONTEXT");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Set<String> UNSAFE_SCHEMES = Set.of("javascript", "vbscript", "data", "file");

    private final HtmlRenderer renderer;
    private final String mastodonSharePage;

    public MarkdownRenderer(String mastodonSharePage) {
        this.mastodonSharePage = mastodonSharePage;
        this.renderer = HtmlRenderer.builder(MarkdownSyntax.OPTIONS)
                .nodeRendererFactory(FormatNodeRenderer::new)
                .linkResolverFactory(new ContentLinks())
                .attributeProviderFactory(new SourceLines())
                .build();
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
        Node tooDeep = deeperThan(document, MAX_NESTING);
        if (tooDeep != null) {
            // flexmark renders nested blocks by recursion; past a few hundred levels it would overflow the stack.
            context.error(tooDeep, "nesting", "quotes, lists or emphasis are nested more than " + MAX_NESTING
                            + " deep here, which no reader could follow",
                    "take out some of the > or list levels (or ** and _); a quote or list rarely needs more than three");
            return new Rendered("", List.of(), List.of(), context.problems, context.uses);
        }
        document.set(CONTEXT, context);
        checkDescriptions(document, context);
        String html = renderer.render(document);
        Needs needs = needs(document, page, context);
        String lead = leadPicture(page, context);
        if (!needs.jsoup()) {
            // Nothing to add or clean: flexmark's output is final, and the headings can be read straight from it.
            return new Rendered(html, Heading.fromHtml(html), context.pledges, context.problems, context.uses, lead);
        }

        // flexmark escapes text and our resolver vets every link, so only raw HTML needs jsoup's (slower) cleaner.
        if (needs.rawHtml()) {
            warnOfRemovedHtml(document, context);
        }
        Document clean = needs.rawHtml() ? HtmlSanitizer.clean(html) : parseTrusted(html);
        Element body = clean.body();
        for (String frame : HtmlSanitizer.removeForeignFrames(body)) {
            int at = page.body().indexOf(frame);
            int line = page.bodyLine() + (at < 0 ? 0 : context.lines.line(at));
            context.problems.add(Problem.error(page.source(), line, "embed",
                    "an embedded frame from " + frame + " is not allowed, so it was removed",
                    "embed video only from " + String.join(", ", new java.util.TreeSet<>(HtmlSanitizer.VIDEO_HOSTS))
                            + " (with a title), or link to the page instead"));
        }
        labelFootnoteBackLinks(body);
        makeTablesScrollable(body);
        if (needs.numberedSections()) {
            numberSections(body);
        }
        context.problems.addAll(PledgeCards.enrich(body, context.pledges, page.source(), permalink, mastodonSharePage));
        List<Heading> headings = new ArrayList<>();
        for (Element heading : body.select("h2[id], h3[id], h4[id], h5[id], h6[id]")) {
            headings.add(new Heading(Integer.parseInt(heading.tagName().substring(1)), heading.id(), heading.text()));
        }
        placeholdVideos(body, page, context, headings);
        return new Rendered(body.html(), headings, context.pledges, context.problems, context.uses, lead);
    }

    /** The page's lead picture ({@code image:}) as a responsive picture, first on the page; "" when it has none with sizes. */
    private static String leadPicture(Page page, RenderContext context) {
        String image = page.image();
        if (image.isEmpty() || SCHEME.matcher(image).find()) {
            return "";
        }
        String path = image.startsWith("/") ? image.substring(1)
                : org.socialcarefuture.northstar.address.Addresses.normalise(context.folder() + image);
        org.socialcarefuture.northstar.picture.PictureInfo picture = context.uses.pictureFile(context.links, path);
        if (picture == null || !picture.resized()) {
            return "";
        }
        return org.socialcarefuture.northstar.picture.PictureMarkup.html(picture, context.links.href(path), page.imageAlt(),
                org.socialcarefuture.northstar.picture.PictureMarkup.COLUMN, true, "");
    }

    /** How deep blocks and inline markup may nest (a real page rarely goes past five). */
    static final int MAX_NESTING = 100;

    /** The first node deeper than {@code limit} levels below the document, or null; found without recursion. */
    static Node deeperThan(Node document, int limit) {
        java.util.ArrayDeque<Node> pending = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        pending.push(document);
        depths.push(0);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            int depth = depths.pop();
            if (depth > limit) {
                return node;
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                pending.push(child);
                depths.push(depth + 1);
            }
        }
        return null;
    }

    /** The words that mark a picture as decoration on purpose: {@code ![decorative](border.png)}. */
    public static final String DECORATIVE = "decorative";

    /** Whether a picture's description is the decoration marker. */
    public static boolean decorative(String description) {
        return description.strip().equalsIgnoreCase(DECORATIVE);
    }

    /**
     * A picture with empty brackets ({@code ![](photo.jpg)}) would be published with alt="", which tells screen
     * readers to skip it as decoration; a volunteer who writes it has forgotten the description, so it is an
     * error. Decoration is said on purpose with {@code ![decorative](...)}, published as alt="".
     */
    private static void checkDescriptions(com.vladsch.flexmark.util.ast.Document document, RenderContext context) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Image image) {
                String description = image.getText().toString();
                if (description.isBlank()) {
                    String file = image.getUrl().toString();
                    // alt="" passes WCAG as decoration; the site asks writers to say so on purpose, so this is its policy
                    context.error(image, "image-alt", "[WCAG 1.1.1 image-alt policy] the picture " + (file.isBlank() ? "" : file + " ")
                                    + "has no description, so people who cannot see it are told nothing",
                            "say what it shows in the brackets, e.g. ![Three people talking round a table](" + file
                                    + "); if it is only decoration, write ![" + DECORATIVE + "](" + file + ")");
                } else if (decorative(description)) {
                    context.decorative.add(image);
                }
            }
        }
    }

    /**
     * A picture loaded from another site tells that site who reads the page (the site makes no other request
     * to anyone else); it still shows, as the page's policy names that site, but the writer is told.
     */
    private static void externalPicture(Node node, String address, RenderContext context) {
        context.problems.add(Problem.warning(context.page.source(), context.fileLine(node), "external-picture",
                "the picture " + address + " is loaded from another site, which then learns who reads this page",
                "save the picture into content/images/ and link to it there (import-wordpress --uploads does this for old posts)"));
    }

    private static final String LOCAL_FILE_FIX = "put the file in content/ (pictures in content/images/) and link to it by"
            + " its name there, e.g. ![What it shows](images/photo.jpg)";

    private static String localFileMessage(String address) {
        return "\"" + address + "\" is a file on your own computer, which no reader can open";
    }

    /**
     * A YouTube or Vimeo player pasted into the text would load from those sites as the page opens: it becomes the
     * same placeholder as a {@code video:} (the player loads when the reader presses play). WCAG 1.2.1-1.2.3: it needs
     * a transcript too, from {@code transcript:} or a Transcript heading in the page.
     */
    private static void placeholdVideos(Element body, Page page, RenderContext context, List<Heading> headings) {
        boolean transcript = (page.media() != null && !page.media().transcript().isEmpty())
                || headings.stream().anyMatch(heading -> heading.text().toLowerCase(Locale.ROOT).startsWith("transcript"));
        for (Element frame : body.select("iframe")) {
            java.util.Optional<org.socialcarefuture.northstar.media.VideoLink> video =
                    org.socialcarefuture.northstar.media.VideoLink.parse(frame.attr("src"));
            if (video.isEmpty()) {
                continue;
            }
            String line = frame.hasAttr("data-src-line") ? frame.attr("data-src-line")
                    : frame.parents().stream().filter(e -> e.hasAttr("data-src-line")).map(e -> e.attr("data-src-line")).findFirst().orElse("0");
            // the writer's own name for the player (aria-label, then title): two videos in one post keep two names
            String own = frame.attr("aria-label").isBlank() ? frame.attr("title") : frame.attr("aria-label");
            String title = own.strip().replaceFirst("(?i)^video:\\s*", "");
            frame.after(org.socialcarefuture.northstar.media.MediaMarkup.hosted(video.get(), title.isEmpty() ? page.title() : title,
                    "data-src-line=\"" + line + "\""));
            frame.remove();
            if (!transcript) {
                context.problems.add(Problem.error(page.source(), Integer.parseInt(line), "transcript",
                        "[WCAG 1.2.3 transcript policy] this video needs a transcript, for people who cannot see or hear it or cannot play it",
                        "add a ## Transcript section to the page, or transcript: with a Markdown file named like talk.transcript.md"));
            }
        }
    }

    /** Pasted HTML loses its scripts, styles and forms without a trace on the page, so the writer is told where. */
    private static void warnOfRemovedHtml(com.vladsch.flexmark.util.ast.Document document, RenderContext context) {
        java.util.Map<Integer, Set<String>> removedByLine = new java.util.TreeMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.HtmlBlock || node instanceof com.vladsch.flexmark.ast.HtmlInline) {
                for (String file : HtmlSanitizer.localFiles(node.getChars().toString())) {
                    context.error(node, "local-file", localFileMessage(file), LOCAL_FILE_FIX);
                }
                for (String picture : HtmlSanitizer.externalPictures(node.getChars().toString())) {
                    externalPicture(node, picture, context);
                }
                List<String> removed = HtmlSanitizer.removedParts(node.getChars().toString());
                if (!removed.isEmpty()) {
                    removedByLine.computeIfAbsent(context.fileLine(node), line -> new java.util.LinkedHashSet<>()).addAll(removed);
                }
            }
        }
        removedByLine.forEach((line, removed) -> context.problems.add(Problem.warning(context.page.source(), line, "pasted-html",
                "the site takes " + String.join(", ", removed) + " out of this pasted HTML (it keeps text, links, pictures,"
                        + " tables and the like; no scripts, styles, forms or event handlers)",
                "remove " + (removed.size() == 1 ? "it" : "them") + " from the Markdown; for a video, paste the embed code"
                        + " from YouTube or Vimeo; for anything else, link to it")));
    }

    /** Which of the (costly) jsoup passes a page needs; most posts need none. */
    private record Needs(boolean rawHtml, boolean footnotesOrTables, boolean numberedSections, boolean pledges) {
        boolean jsoup() {
            return rawHtml || footnotesOrTables || numberedSections || pledges;
        }
    }

    private static Needs needs(com.vladsch.flexmark.util.ast.Document document, Page page, RenderContext context) {
        boolean rawHtml = false;
        boolean footnotesOrTables = false;
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.HtmlBlock || node instanceof com.vladsch.flexmark.ast.HtmlInline
                    || node instanceof com.vladsch.flexmark.ast.HtmlCommentBlock || node instanceof com.vladsch.flexmark.ast.HtmlInlineComment) {
                rawHtml = true;
            } else if (node instanceof com.vladsch.flexmark.ext.tables.TableBlock
                    || node instanceof com.vladsch.flexmark.ext.footnotes.FootnoteBlock) {
                footnotesOrTables = true;
            }
        }
        boolean report = page.type() == org.socialcarefuture.northstar.content.PageType.REPORT && !page.easyRead();
        return new Needs(rawHtml, footnotesOrTables, report, !context.pledges.isEmpty());
    }

    /**
     * A wide table scrolls sideways on a phone instead of squashing; the scrolling box must be reachable
     * by keyboard and named, so it is a focusable region labelled by the table's header row.
     */
    private static void makeTablesScrollable(Element body) {
        for (Element table : body.select("table")) {
            String headers = String.join(", ", table.select("th").eachText());
            Element wrapper = new Element("div").addClass("table-scroll").attr("tabindex", "0").attr("role", "region")
                    .attr("aria-label", headers.isBlank() ? "Table" : "Table: " + headers);
            table.before(wrapper);
            wrapper.appendChild(table);
        }
    }

    /** Reports are cited by section number, so the numbers are real text, read by screen readers too. */
    private static void numberSections(Element body) {
        int number = 0;
        for (Element heading : body.select("h2")) {
            number++;
            heading.prependElement("span").addClass("section-number").text(number + ". ");
        }
    }

    private static Document parseTrusted(String html) {
        Document document = org.jsoup.Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document;
    }

    /** flexmark's "↩" links all say the same thing; say which note each goes back from. */
    private static void labelFootnoteBackLinks(Element body) {
        int number = 0;
        for (Element backLink : body.select("a.footnote-backref")) {
            number++;
            backLink.empty();
            backLink.appendText("↩");
            backLink.appendElement("span").addClass("visually-hidden").text(" back to the text of note " + number);
        }
    }

    /** Per-page state shared by flexmark's callbacks through the document. */
    static final class RenderContext {
        final Page page;
        final LinkTable links;
        /** What this page asked the link table (see LinkUses). */
        final LinkUses uses = new LinkUses();
        final List<Problem> problems = new ArrayList<>();
        final List<Pledge> pledges = new ArrayList<>();
        final Set<String> pledgeIds = new HashSet<>();
        /**
         * Pictures with sizes made for them, by their published address (flexmark resolves each address once per page,
         * however often it is used, so the node that asked first is not the only one drawn).
         */
        final java.util.Map<String, org.socialcarefuture.northstar.picture.PictureInfo> pictures = new java.util.HashMap<>();
        /** Whether the first picture a reader sees has been drawn (the lead picture counts: it comes first). */
        boolean firstPictureDrawn;
        /** Links and pictures to files that do not exist, already reported with their fix. */
        final Set<Node> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        /** Pictures marked {@code ![decorative](...)}: published with an empty description. */
        final Set<Node> decorative = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        /** The body's lines: flexmark's own line lookup counts from the top of the text for every node. */
        private final org.socialcarefuture.northstar.content.LineIndex lines;

        RenderContext(Page page, LinkTable links) {
            this.page = page;
            this.links = links;
            this.firstPictureDrawn = !page.image().isEmpty();
            this.lines = org.socialcarefuture.northstar.content.LineIndex.of(page.body());
        }

        int fileLine(Node node) {
            return page.bodyLine() + lines.line(node.getStartOffset());
        }

        void error(Node node, String rule, String message, String fix) {
            problems.add(Problem.error(page.source(), fileLine(node), rule, message, fix));
        }

        String folder() {
            int slash = page.contentPath().lastIndexOf('/');
            return slash < 0 ? "" : page.contentPath().substring(0, slash + 1);
        }
    }

    static RenderContext context(DataHolder document) {
        return CONTEXT.get(document);
    }

    /** Adds the Markdown line to every block and to links and images: the gate's way back to the source. */
    private static final class SourceLines extends IndependentAttributeProviderFactory {
        @Override
        public com.vladsch.flexmark.html.AttributeProvider apply(com.vladsch.flexmark.html.renderer.LinkResolverContext ctx) {
            return (Node node, AttributablePart part, MutableAttributes attributes) -> {
                if (part != AttributablePart.NODE && part != AttributablePart.LINK) {
                    return;
                }
                if (node instanceof Block || node instanceof com.vladsch.flexmark.ast.Link
                        || node instanceof Image) {
                    RenderContext context = context(node.getDocument());
                    if (context != null) {
                        attributes.replaceValue("data-src-line", Integer.toString(context.fileLine(node)));
                        if (context.decorative.contains(node)) {
                            attributes.replaceValue("alt", "");
                        }
                        if (context.reported.contains(node)) {
                            attributes.replaceValue(REPORTED, "1");
                        }
                    }
                }
            };
        }
    }

    /**
     * Sends relative links where the published file will be: {@code ../about.md} to the about page's
     * URL, {@code photo.jpg} to the copied file, {@code icon:home} to the theme's picture. Refuses
     * script URLs and links that climb out of content/.
     */
    private static final class ContentLinks extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext basicContext) {
            return (Node node, LinkResolverBasicContext ctx, ResolvedLink link) -> {
                RenderContext context = context(ctx.getDocument());
                if (context == null || (link.getLinkType() != LinkType.LINK && link.getLinkType() != LinkType.IMAGE)) {
                    return link;
                }
                String url = link.getUrl().strip();
                boolean image = link.getLinkType() == LinkType.IMAGE;
                return link.withStatus(LinkStatus.VALID).withUrl(resolve(url, image, node, context));
            };
        }

        private static String resolve(String url, boolean image, Node node, RenderContext context) {
            LinkTable links = context.links;
            if (url.isEmpty() || url.startsWith("#") || url.startsWith("//")) {
                return url;
            }
            if (url.startsWith("icon:")) {
                String name = url.substring(5);
                if (!context.uses.picture(links, name)) {
                    context.error(node, "picture", "there is no picture called \"" + name + "\" in the theme",
                            "use one of " + context.uses.pictureNames(links));
                    return "";
                }
                return links.href("easy-read/pictures/" + name + ".svg");
            }
            var scheme = SCHEME.matcher(url);
            if (scheme.find()) {
                String name = url.substring(0, scheme.end() - 1).toLowerCase(Locale.ROOT);
                if (name.equals("file") || name.length() == 1) { // file:///C:/... or C:\Users\...: on the writer's own computer
                    context.error(node, "local-file", localFileMessage(url), LOCAL_FILE_FIX);
                    return "#";
                }
                if (UNSAFE_SCHEMES.contains(name)) {
                    context.error(node, "unsafe-link", "a " + name + ": link could run code or hide content in the reader's browser",
                            "link to a web page (https://...) or to a file in content/ instead");
                    return "#";
                }
                if (image && (name.equals("https") || name.equals("http"))) {
                    externalPicture(node, url, context);
                }
                return url;
            }
            if (url.startsWith("/")) {
                return links.href(url.substring(1));
            }
            int cut = indexOfAny(url, '#', '?');
            String path = cut < 0 ? url : url.substring(0, cut);
            String suffix = cut < 0 ? "" : url.substring(cut);
            String target = normalise(context.folder() + decode(path));
            if (target == null) {
                context.error(node, "link-outside", "\"" + url + "\" points outside the content folder",
                        "link only to files inside content/, or use a full https:// address");
                return "#";
            }
            String pageUrl = context.uses.pageUrl(links, target);
            if (pageUrl != null) {
                return links.href(pageUrl) + suffix;
            }
            if (context.uses.asset(links, target)) {
                org.socialcarefuture.northstar.picture.PictureInfo picture = image ? context.uses.pictureFile(links, target) : null;
                if (picture != null && !picture.ok()) {
                    context.reported.add(node);
                    context.error(node, "bad-picture", picture.problem(), picture.fix());
                } else if (picture != null && picture.resized() && suffix.isEmpty()) {
                    context.pictures.put(links.href(target), picture); // drawn as a <picture> with its sizes (see renderImage)
                }
                return links.href(target) + suffix;
            }
            if (target.endsWith(".md") || image) {
                context.reported.add(node); // said here, with the fix; the link check need not say it again
                context.error(node, image ? "missing-image" : "missing-page",
                        "\"" + url + "\" does not exist (looked for content/" + target + ")",
                        "check the file name and folder; paths are relative to this file");
                return url;
            }
            return url; // a relative web address written by hand, e.g. "easy-read/"
        }

        private static int indexOfAny(String text, char a, char b) {
            int first = text.indexOf(a);
            int second = text.indexOf(b);
            if (first < 0) {
                return second;
            }
            return second < 0 ? first : Math.min(first, second);
        }

        private static String decode(String path) {
            try {
                return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return path;
            }
        }

        /** Resolves . and .. ; null when the path climbs above content/. */
        private static String normalise(String path) {
            List<String> parts = new ArrayList<>();
            for (String part : path.split("/")) {
                if (part.isEmpty() || part.equals(".")) {
                    continue;
                }
                if (part.equals("..")) {
                    if (parts.isEmpty()) {
                        return null;
                    }
                    parts.remove(parts.size() - 1);
                } else {
                    parts.add(part);
                }
            }
            return String.join("/", parts);
        }
    }

    /** Renders ```pledge blocks as pledge cards and, in easy-read files, picture-first paragraphs as points. */
    private static final class FormatNodeRenderer implements NodeRenderer {

        FormatNodeRenderer(DataHolder options) {
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::renderFence),
                    new NodeRenderingHandler<>(Paragraph.class, this::renderParagraph),
                    new NodeRenderingHandler<>(Image.class, this::renderImage),
                    new NodeRenderingHandler<>(com.vladsch.flexmark.ast.HtmlBlock.class, this::renderHtmlBlock));
        }

        /** The line in a pledge block that starts its shorter text for sharing. */
        private static final Pattern SHARE_LINE = Pattern.compile("(?m)^[ \\t]*share:[ \\t]*");

        /** A raw HTML block's first start tag: {@code <table}, {@code <img} (not a comment or a closing tag). */
        private static final Pattern FIRST_TAG = Pattern.compile("\\s*<[A-Za-z][A-Za-z0-9-]*(?=[\\s/>])");

        /**
         * Pasted HTML gets its Markdown line on its first tag, as every Markdown block does, so the gate
         * can say on which line a pasted picture lacks its alt text (otherwise: the block before it).
         */
        private void renderHtmlBlock(com.vladsch.flexmark.ast.HtmlBlock block, NodeRendererContext ctx, HtmlWriter html) {
            RenderContext context = context(block.getDocument());
            String text = block.getChars().toString();
            java.util.regex.Matcher tag = FIRST_TAG.matcher(text);
            if (context == null || block.hasChildren() || !tag.lookingAt()) {
                ctx.delegateRender();
                return;
            }
            html.line();
            html.raw(text.substring(0, tag.end()) + " data-src-line=\"" + context.fileLine(block) + "\""
                    + text.substring(tag.end()));
            html.line();
        }

        private void renderFence(FencedCodeBlock block, NodeRendererContext ctx, HtmlWriter html) {
            String[] info = block.getInfo().toString().strip().split("\\s+");
            if (!info[0].equals("pledge")) {
                ctx.delegateRender();
                return;
            }
            RenderContext context = context(block.getDocument());
            // A line starting "share:" ends the pledge: what follows is the shorter text for networks the pledge is too long for.
            String raw = block.getContentChars().toString();
            java.util.regex.Matcher shareLine = SHARE_LINE.matcher(raw);
            boolean hasShare = shareLine.find();
            String text = joinLines(hasShare ? raw.substring(0, shareLine.start()) : raw);
            String shorter = hasShare ? joinLines(raw.substring(shareLine.end())) : "";
            if (text.isBlank()) {
                context.error(block, "pledge-empty", "the pledge block is empty",
                        "write the pledge text between ```pledge and ```, or remove the block");
                return;
            }
            String id = Integer.toString(context.pledges.size() + 1);
            List<String> hashtags = new ArrayList<>();
            for (int i = 1; i < info.length; i++) {
                String[] pair = info[i].split("=", 2);
                if (pair.length == 2 && pair[0].equals("id") && !Slugs.of(pair[1]).isEmpty()) {
                    id = Slugs.of(pair[1]);
                } else if (pair.length == 2 && pair[0].equals("hashtags")) {
                    for (String tag : pair[1].split(",")) {
                        if (!tag.isBlank()) {
                            hashtags.add(tag.strip().replaceFirst("^#", ""));
                        }
                    }
                } else {
                    context.error(block, "pledge-attribute", "\"" + info[i] + "\" is not a pledge setting",
                            "write ```pledge id=a-name hashtags=OurSocialCare");
                }
            }
            if (!context.pledgeIds.add(id)) {
                context.error(block, "pledge-id", "two pledges on this page have the id \"" + id + "\"",
                        "give each pledge its own id=");
            }
            if (hasShare && shorter.isBlank()) {
                context.error(block, "pledge-share", "the share: line has no text after it",
                        "write the shorter text to share after share: (on the same line), or remove the line");
            }
            context.pledges.add(new Pledge(id, text, shorter, hashtags, context.fileLine(block)));
            html.line();
            html.attr("class", "pledge").attr("id", "pledge-" + id)
                    .attr("data-src-line", Integer.toString(context.fileLine(block)))
                    .withAttr().tag("figure");
            html.attr("class", "pledge-text").withAttr().tag("blockquote");
            for (String paragraph : text.split("\n\n")) {
                html.tag("p").text(paragraph).closeTag("p");
            }
            html.closeTag("blockquote");
            html.closeTag("figure").line();
        }

        /**
         * A picture the site made sizes of is drawn as a {@code <picture>} (WebP and JPEG or PNG, every width, its
         * own size); any other picture as flexmark draws it.
         */
        private void renderImage(Image image, NodeRendererContext ctx, HtmlWriter html) {
            RenderContext context = context(image.getDocument());
            if (context == null || ctx.isDoNotRenderLinks()) {
                ctx.delegateRender();
                return;
            }
            ResolvedLink resolved = ctx.resolveLink(LinkType.IMAGE, image.getUrl().unescape(), null, null);
            org.socialcarefuture.northstar.picture.PictureInfo picture = context.pictures.get(resolved.getUrl());
            if (picture == null) {
                ctx.delegateRender();
                return;
            }
            String description = image.getText().toString();
            String alt = decorative(description) ? "" : new com.vladsch.flexmark.util.ast.TextCollectingVisitor().collectAndGetText(image);
            boolean easyPoint = context.page.easyRead() && image.getParent() instanceof Paragraph && image.getParent().getFirstChild() == image;
            String sizes = easyPoint ? org.socialcarefuture.northstar.picture.PictureMarkup.EASY_READ_POINT
                    : org.socialcarefuture.northstar.picture.PictureMarkup.COLUMN;
            boolean first = !context.firstPictureDrawn;
            context.firstPictureDrawn = true;
            html.raw(org.socialcarefuture.northstar.picture.PictureMarkup.html(picture, resolved.getUrl(), alt, sizes, first,
                    "data-src-line=\"" + context.fileLine(image) + "\""));
        }

        private void renderParagraph(Paragraph paragraph, NodeRendererContext ctx, HtmlWriter html) {
            RenderContext context = context(paragraph.getDocument());
            if (context == null || !context.page.easyRead() || !(paragraph.getFirstChild() instanceof Image picture)) {
                ctx.delegateRender();
                return;
            }
            html.line();
            html.attr("class", "easy-point").attr("data-src-line", Integer.toString(context.fileLine(paragraph)))
                    .withAttr().tag("div");
            html.attr("class", "easy-picture").withAttr().tag("div");
            ctx.render(picture);
            html.closeTag("div");
            html.attr("class", "easy-words").withAttr().tag("p");
            for (Node child = picture.getNext(); child != null; child = child.getNext()) {
                ctx.render(child);
            }
            html.closeTag("p");
            html.closeTag("div").line();
        }

        /** Lines wrapped in the source are one sentence to the reader; a blank line starts a new paragraph. */
        private static String joinLines(String raw) {
            StringBuilder text = new StringBuilder();
            for (String paragraph : raw.strip().split("\\n\\s*\\n")) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(String.join(" ", paragraph.strip().split("\\s*\\n\\s*")));
            }
            return text.toString();
        }
    }
}
