package org.socialcarefuture.northstar.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.content.PageType;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;

/**
 * What is added to flexmark's HTML in jsoup, once it is one tree: footnotes' back links that say where they go,
 * tables that scroll on a phone, numbered report sections. Most posts need none of it (nor cleaning), so
 * {@link Needs} says which passes a page needs, and a page that needs none skips jsoup.
 */
final class BodyPasses {

    private BodyPasses() {
    }

    /** Which of the (costly) jsoup passes a page needs; most posts need none. */
    record Needs(boolean rawHtml, boolean footnotesOrTables, boolean numberedSections, boolean pledges) {

        static Needs of(com.vladsch.flexmark.util.ast.Document document, Page page, RenderContext context) {
            boolean rawHtml = false;
            boolean footnotesOrTables = false;
            for (Node node : document.getDescendants()) {
                if (PastedHtml.isRawHtml(node)) {
                    rawHtml = true;
                } else if (node instanceof TableBlock || node instanceof FootnoteBlock) {
                    footnotesOrTables = true;
                }
            }
            boolean report = page.type() == PageType.REPORT && !page.easyRead();
            return new Needs(rawHtml, footnotesOrTables, report, !context.pledges.isEmpty());
        }

        boolean jsoup() {
            return rawHtml || footnotesOrTables || numberedSections || pledges;
        }
    }

    /** flexmark's own output as a tree, without cleaning: flexmark escapes text and ContentLinks vets every link. */
    static Document parseTrusted(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document;
    }

    /** flexmark's "↩" links all say the same thing; say which note each goes back from. */
    static void labelFootnoteBackLinks(Element body) {
        int number = 0;
        for (Element backLink : body.select("a.footnote-backref")) {
            number++;
            backLink.empty();
            backLink.appendText("↩");
            backLink.appendElement("span").addClass("visually-hidden").text(" back to the text of note " + number);
        }
    }

    /**
     * A wide table scrolls sideways on a phone instead of squashing; the scrolling box must be reachable
     * by keyboard and named, so it is a focusable region labelled by the table's header row.
     */
    static void makeTablesScrollable(Element body) {
        for (Element table : body.select("table")) {
            String headers = String.join(", ", table.select("th").eachText());
            Element wrapper = new Element("div").addClass("table-scroll").attr("tabindex", "0").attr("role", "region")
                    .attr("aria-label", headers.isBlank() ? "Table" : "Table: " + headers);
            table.before(wrapper);
            wrapper.appendChild(table);
        }
    }

    /** Reports are cited by section number, so the numbers are real text, read by screen readers too. */
    static void numberSections(Element body) {
        int number = 0;
        for (Element heading : body.select("h2")) {
            number++;
            heading.prependElement("span").addClass("section-number").text(number + ". ");
        }
    }
}
