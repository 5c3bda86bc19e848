package org.socialcarefuture.northstar.markdown;

import java.util.List;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.LineAppendable;

/**
 * The Markdown the content format accepts (CommonMark, tables, footnotes, typographic quotes,
 * strikethrough) and how it becomes HTML. One place, so the renderer and the writing checks read a
 * file the same way. flexmark's parser is immutable and shared by all threads.
 */
public final class MarkdownSyntax {

    public static final DataHolder OPTIONS = options();
    /**
     * flexmark's parser made linear in a page's length: its inline parser (see {@link LinearInlineParser}) and its
     * heading parser ({@link LinearHeadingParser}, in place of flexmark's own, turned off in the options). A
     * custom inline parser leaves out flexmark's link reference definitions ([x]: https://...), so they are added back.
     */
    public static final Parser PARSER = Parser.builder(OPTIONS)
            .customInlineParserFactory(LinearInlineParser.FACTORY)
            .customBlockParserFactory(new LinearHeadingParser())
            .paragraphPreProcessorFactory(new com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory())
            .build();

    private MarkdownSyntax() {
    }

    private static DataHolder options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                TypographicExtension.create(), StrikethroughExtension.create()));
        options.set(Parser.HEADING_PARSER, false); // LinearHeadingParser does its work
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, " -_.");
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE, true);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        // GitHub-style tables: a header row is required, extra cells dropped, missing ones added.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "↩");
        // flexmark would silently drop javascript: links; we let our resolver see them, to tell the volunteer why.
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?!)");
        // Write the HTML as it comes: flexmark's line formatting (trimming and collapsing white space, which a
        // browser does anyway) checks every character and was the larger part of rendering a page.
        options.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        return options.toImmutable();
    }
}
