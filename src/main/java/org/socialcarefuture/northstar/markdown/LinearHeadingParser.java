package org.socialcarefuture.northstar.markdown;

import java.util.Set;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

/**
 * flexmark's heading parser, asked only about lines that can start a heading. flexmark's own one copies
 * the whole paragraph so far for every line it is asked about (to see whether the line underlines it as
 * a heading), so a table of 100,000 rows, which is one paragraph while it is read, took 50 s. A heading
 * line starts with {@code #}, and an underline with {@code =} or {@code -}; every other line is none of
 * flexmark's business here, and flexmark decides the rest exactly as before.
 */
final class LinearHeadingParser implements CustomBlockParserFactory {

    private final HeadingParser.Factory flexmark = new HeadingParser.Factory();

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory headings = flexmark.apply(options);
        return (state, matchedBlockParser) -> {
            BasedSequence line = state.getLine();
            int first = state.getNextNonSpaceIndex();
            char c = first < line.length() ? line.charAt(first) : '\n';
            return c == '#' || c == '=' || c == '-' ? headings.tryStart(state, matchedBlockParser) : BlockStart.none();
        };
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return flexmark.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return flexmark.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return flexmark.affectsGlobalScope();
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return flexmark.getLeadInHandler(options);
    }
}
