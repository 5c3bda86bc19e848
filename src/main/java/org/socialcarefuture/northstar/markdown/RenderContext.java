package org.socialcarefuture.northstar.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socialcarefuture.northstar.content.LineIndex;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.picture.PictureInfo;
import org.socialcarefuture.northstar.pledge.Pledge;
import org.socialcarefuture.northstar.problem.Problem;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;

/**
 * One page's rendering state, shared by the extensions' flexmark callbacks through the document (flexmark's
 * renderer is shared by all threads, so nothing per page can live in an extension). It gathers what the
 * page produced: its problems, its pledges and the questions it asked the link table.
 */
final class RenderContext {

    /** Where the document keeps its page's context while it is rendered. */
    static final NullableDataKey<RenderContext> KEY = new NullableDataKey<>("NORTH_STAR_CONTEXT");

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
    final Map<String, PictureInfo> pictures = new HashMap<>();
    /** Whether the first picture a reader sees has been drawn (the lead picture counts: it comes first). */
    boolean firstPictureDrawn;
    /** Links and pictures to files that do not exist, already reported with their fix. */
    final Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Pictures marked {@code ![decorative](...)}: published with an empty description. */
    final Set<Node> decorative = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The body's lines: flexmark's own line lookup counts from the top of the text for every node. */
    private final LineIndex lines;

    RenderContext(Page page, LinkTable links) {
        this.page = page;
        this.links = links;
        this.firstPictureDrawn = !page.image().isEmpty();
        this.lines = LineIndex.of(page.body());
    }

    /** The context of the page {@code document} belongs to; null when it is rendered outside {@link MarkdownRenderer}. */
    static RenderContext of(DataHolder document) {
        return KEY.get(document);
    }

    int fileLine(Node node) {
        return page.bodyLine() + lines.line(node.getStartOffset());
    }

    /** The file's line of a character offset in the body. */
    int fileLineOfOffset(int offset) {
        return page.bodyLine() + lines.line(offset);
    }

    void error(Node node, String rule, String message, String fix) {
        problems.add(Problem.error(page.source(), fileLine(node), rule, message, fix));
    }

    /** The folder of the page's file under content/, ending in {@code /} ("" at the top). */
    String folder() {
        int slash = page.contentPath().lastIndexOf('/');
        return slash < 0 ? "" : page.contentPath().substring(0, slash + 1);
    }

    /**
     * A picture loaded from another site tells that site who reads the page (the site makes no other request
     * to anyone else); it still shows, as the page's policy names that site, but the writer is told.
     */
    void warnOfExternalPicture(Node node, String address) {
        problems.add(Problem.warning(page.source(), fileLine(node), "external-picture",
                "the picture " + address + " is loaded from another site, which then learns who reads this page",
                "save the picture into content/images/ and link to it there (import-wordpress --uploads does this for old posts)"));
    }

    /** A link or picture to a file on the writer's own computer ({@code file:///C:/...}, {@code C:\Users\...}). */
    void errorOfLocalFile(Node node, String address) {
        error(node, "local-file", "\"" + address + "\" is a file on your own computer, which no reader can open",
                "put the file in content/ (pictures in content/images/) and link to it by"
                        + " its name there, e.g. ![What it shows](images/photo.jpg)");
    }
}
