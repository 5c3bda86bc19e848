package org.socialcarefuture.northstar.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.socialcarefuture.northstar.content.ContentLoader;
import org.socialcarefuture.northstar.markdown.LinkTable;
import org.socialcarefuture.northstar.memo.Reuse;
import org.socialcarefuture.northstar.memo.ReuseSource;
import org.socialcarefuture.northstar.problem.Display;
import org.socialcarefuture.northstar.problem.Problems;
import org.socialcarefuture.northstar.publish.OutputFault;
import org.socialcarefuture.northstar.publish.SiteOutput;
import org.socialcarefuture.northstar.publish.Staging;
import org.socialcarefuture.northstar.render.Theme;
import org.socialcarefuture.northstar.render.ThemeFiles;
import org.socialcarefuture.northstar.site.StableDigest;

/**
 * The bake's source of reuse: its cache on disk beside the site (see BakeCache), made by earlier bakes in any JVM.
 * A cache that knows exactly what the last bake published lets the staging folder hold only what changed.
 */
public final class BakeCacheSource implements ReuseSource {

    private final Path cache;
    private final Path output;
    private final String version;

    /** @param cache the cache folder (BuildOptions#cache), @param output the site's folder, @param version this release's */
    public BakeCacheSource(Path cache, Path output, String version) {
        this.cache = cache;
        this.output = output;
        this.version = version;
    }

    /** The cache's folder for this site: two sites baked beside each other (target/site, target/other) keep apart caches. */
    static Path folder(Path cache, Path output) {
        Path name = output.toAbsolutePath().normalize().getFileName();
        return cache.resolve("bake-" + (name == null ? "site" : name.toString()));
    }

    @Override
    public Walked walk(Path content, String shown) {
        return new Walked(new ContentLoader(content, shown), null);
    }

    @Override
    public Reuse open(Walked walked, LinkTable links, List<Object> markdownInputs, Theme theme, Problems problems) {
        try {
            Path folder = folder(cache, output);
            return new BakeCache(folder, BakeCache.codeFingerprint(version, folder.resolve("code.txt")),
                    markdownInputs, theme.files().folder(), links, output.toAbsolutePath().normalize());
        } catch (IOException | UncheckedIOException e) {
            problems.warning(Display.path(cache), 0, "cache", "the bake's memory of earlier bakes could not be opened ("
                    + OutputFault.describe(e) + "), so every page was made from scratch; the site is complete all the same",
                    "check that this folder can be read and written, or bake with --no-cache to leave it alone");
            return Reuse.NOTHING;
        } catch (StableDigest.Undigestable e) {
            problems.warning(Display.path(cache), 0, "cache", "a setting in site.yml or config/ holds a kind of value the bake's"
                    + " memory cannot compare (" + e.getMessage() + "), so every page was made from scratch; the site is complete all the same",
                    "nothing to fix for the site; bake with --no-cache to skip this memory, and tell the North Star maintainers which setting it was");
            return Reuse.NOTHING;
        }
    }

    @Override
    public String timing() {
        return "cache opened, within markdown";
    }

    @Override
    public SiteOutput output(Path folder, ThemeFiles theme, Reuse reuse) throws IOException {
        if (reuse instanceof BakeCache opened && opened.lastSiteFiles() != null) {
            return Staging.update(folder, opened.lastSiteFiles()); // the cache opened here: it knows what the last bake published
        }
        return Staging.create(folder);
    }
}
