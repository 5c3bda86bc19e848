package org.socialcarefuture.northstar.memo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.socialcarefuture.northstar.content.ContentLoader;
import org.socialcarefuture.northstar.markdown.LinkTable;
import org.socialcarefuture.northstar.print.PrintPages;
import org.socialcarefuture.northstar.problem.Problems;
import org.socialcarefuture.northstar.publish.SiteOutput;
import org.socialcarefuture.northstar.publish.Staging;
import org.socialcarefuture.northstar.render.Theme;
import org.socialcarefuture.northstar.render.ThemeFiles;

/**
 * What a build is given to reuse earlier work, before it knows its pages: {@link #NOTHING} (a bake with
 * {@code --no-cache}), the bake's cache on disk (cache/BakeCacheSource) or the preview's memo (PreviewReuse). It
 * walks the content folder, opens the {@link Reuse} once the pages and links are known, and says where the site is
 * written. The build runs the same steps whichever it is given; only these answers differ.
 */
public interface ReuseSource {

    /** The content folder as this source walks it; {@code walk}: the preview's record of what changed, else null. */
    record Walked(ContentLoader loader, BuildMemo.Walk walk) {
    }

    /** The content folder's loader: from scratch, or (the preview's memo) reading again only the files that changed. */
    Walked walk(Path content, String shown);

    /** The last build's link table, when this source keeps one (checking it is the same is quicker than making it); else null. */
    default LinkTable lastLinks() {
        return null;
    }

    /**
     * The reuse for this build, once its pages are loaded ({@code markdownInputs}: what a page's rendering depends on besides
     * its file). A source that cannot be opened says so in {@code problems} and offers nothing.
     */
    Reuse open(Walked walked, LinkTable links, List<Object> markdownInputs, Theme theme, Problems problems);

    /** The name opening is timed under in the build's timings, or null when it is not worth a line. */
    default String timing() {
        return null;
    }

    /** Where the site is written: a staging folder swapped in whole, one holding only what changed, or the folder in place. */
    default SiteOutput output(Path folder, ThemeFiles theme, Reuse reuse) throws IOException {
        return Staging.create(folder);
    }

    /** The last build's PDFs (the preview's memo); null: PDFs come from the cache folder only. */
    default PrintPages.Memo printed() {
        return null;
    }

    /** Nothing from before: everything made from scratch, into a new staging folder. */
    ReuseSource NOTHING = new ReuseSource() {
        @Override
        public Walked walk(Path content, String shown) {
            return new Walked(new ContentLoader(content, shown), null);
        }

        @Override
        public Reuse open(Walked walked, LinkTable links, List<Object> markdownInputs, Theme theme, Problems problems) {
            return Reuse.NOTHING;
        }
    };
}
