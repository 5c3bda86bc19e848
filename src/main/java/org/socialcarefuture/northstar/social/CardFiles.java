package org.socialcarefuture.northstar.social;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.picture.PictureInfo;
import org.socialcarefuture.northstar.picture.Pictures;
import org.socialcarefuture.northstar.picture.SitePictures;
import org.socialcarefuture.northstar.problem.Problems;
import org.socialcarefuture.northstar.publish.SiteOutput;
import org.socialcarefuture.northstar.site.RenderedPage;
import org.socialcarefuture.northstar.site.Site;

/** Step 6, assets: link-preview cards for every page without a picture of its own, and one for the site. */
public final class CardFiles {

    /**
     * @param fonts       the theme's fonts/ folder, and {@code fontsShown} how a problem names it
     * @param siteCard    the site's own card, and {@code card} each page's (from render/Views)
     * @param cache       where cards and pictures are kept between bakes
     */
    public record Input(Site site, Path fonts, String fontsShown, SocialCards.Card siteCard, Function<RenderedPage, SocialCards.Card> card,
                        Map<String, PictureInfo> pictures, Path content, Path cache) {
    }

    private CardFiles() {
    }

    public static void write(Input in, SiteOutput staging, Problems problems) throws IOException {
        if (!Files.isDirectory(in.fonts())) {
            problems.error(in.fontsShown(), 0, "social-card", "the theme has no fonts/ folder to draw link-preview cards with",
                    "add AtkinsonHyperlegible-Regular.ttf and -Bold.ttf there, or set social_cards: false in site.yml");
            return;
        }
        SocialCards cards = new SocialCards(in.fonts(), in.cache().resolve("cards"));
        Pictures pictures = new Pictures(in.cache().resolve("pictures"));
        staging.write("card.png", cards.png(in.siteCard()));
        in.site().pages().parallelStream().forEach(page -> {
            try {
                if (page.page().image().isEmpty()) {
                    staging.write(page.url() + "card.png", cards.png(in.card().apply(page)));
                } else if (!page.leadPicture().isEmpty()) {
                    Page source = page.page();
                    String lead = new SitePictures.Lead(source.source(), source.image(), source.contentPath()).path();
                    staging.write(page.url() + "card.jpg", pictures.card(in.pictures().get(lead), in.content().resolve(lead)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
