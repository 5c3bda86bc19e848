package org.socialcarefuture.northstar.config;

import java.nio.file.Path;
import java.time.Clock;

/**
 * How a bake is asked for: where from, where to, and for whom.
 *
 * @param content     the content folder
 * @param theme       the theme folder
 * @param output      the folder the published site ends up in
 * @param site        site settings (base URL already applied)
 * @param drafts      show drafts and future posts (the preview), with a visible banner
 * @param clock       today, for future-dated posts; fixed in tests
 * @param useCache    use and keep the bake's cache ({@link #cache()}); false for {@code --no-cache}: everything made from scratch
 */
public record BuildOptions(Path content, Path theme, Path output, SiteConfig site, boolean drafts, Clock clock, boolean useCache) {

    /** A build that uses the cache. */
    public BuildOptions(Path content, Path theme, Path output, SiteConfig site, boolean drafts, Clock clock) {
        this(content, theme, output, site, drafts, clock, true);
    }

    /** The writing checks' settings (language.yml, easy-read.yml): config/ beside the content folder. */
    public Path config() {
        return content.toAbsolutePath().normalize().getParent().resolve("config");
    }

    /** {@code target/.north-star-cache} for a site in {@code target/site}: work kept between bakes (cards, picture sizes, the theme). */
    public Path cache() {
        return output.toAbsolutePath().normalize().resolveSibling(".north-star-cache");
    }

    /** The same build into another folder. */
    public BuildOptions withOutput(Path folder) {
        return new BuildOptions(content, theme, folder, site, drafts, clock, useCache);
    }

    /**
     * The live preview of this build: drafts shown, written to {@code folder} (never over the published site),
     * its links pointing at the preview's own address on this machine.
     */
    public BuildOptions forPreview(Path folder, int port) {
        return new BuildOptions(content, theme, folder, site.withBaseUrl("http://127.0.0.1:" + port + "/"), true, clock, useCache);
    }

    /** The same build on another day (what is past and what is to come is measured from the clock). */
    public BuildOptions withClock(Clock other) {
        return new BuildOptions(content, theme, output, site, drafts, other, useCache);
    }

    /** The same build with another theme. */
    public BuildOptions withTheme(Path folder) {
        return new BuildOptions(content, folder, output, site, drafts, clock, useCache);
    }

    /** The same build without the cache: read nothing kept from earlier bakes, keep nothing for later ones. */
    public BuildOptions withoutCache() {
        return new BuildOptions(content, theme, output, site, drafts, clock, false);
    }
}
