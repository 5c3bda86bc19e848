package org.socialcarefuture.northstar.memo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.socialcarefuture.northstar.content.ContentLoader;
import org.socialcarefuture.northstar.markdown.LinkTable;
import org.socialcarefuture.northstar.print.PrintPages;
import org.socialcarefuture.northstar.problem.Problems;
import org.socialcarefuture.northstar.publish.InPlaceOutput;
import org.socialcarefuture.northstar.publish.SiteOutput;
import org.socialcarefuture.northstar.render.Theme;
import org.socialcarefuture.northstar.render.ThemeFiles;

/**
 * The preview's source of reuse: its memo of the last good build, kept in memory. The content folder is read again
 * only where files changed, and the site is updated in place, file by file (see InPlaceOutput).
 */
public final class PreviewReuse implements ReuseSource {

    private final BuildMemo memo;

    public PreviewReuse(BuildMemo memo) {
        this.memo = Objects.requireNonNull(memo);
    }

    @Override
    public Walked walk(Path content, String shown) {
        BuildMemo.Walk walk = memo.walk();
        return new Walked(new ContentLoader(content, shown, memo.knownFiles(), walk.changes()), walk);
    }

    @Override
    public LinkTable lastLinks() {
        return memo.linkTable();
    }

    @Override
    public Reuse open(Walked walked, LinkTable links, List<Object> markdownInputs, Theme theme, Problems problems) {
        BuildMemo.Session session = memo.start(walked.loader().known(), links, markdownInputs, theme);
        session.listed(walked.walk(), walked.loader().listing());
        return session;
    }

    @Override
    public SiteOutput output(Path folder, ThemeFiles theme, Reuse reuse) throws IOException {
        // The memo knows what the last publish left; a first build looks at the folder instead.
        InPlaceOutput output = new InPlaceOutput(folder, memo.publishedFiles());
        Path assets = theme.folder().resolve("assets");
        if (Files.isDirectory(assets)) {
            try (var walk = Files.walk(assets)) {
                output.keep(walk.filter(Files::isRegularFile).map(p -> assets.relativize(p).toString().replace('\\', '/')).toList());
            }
        }
        return output;
    }

    @Override
    public PrintPages.Memo printed() {
        return memo.printed();
    }
}
