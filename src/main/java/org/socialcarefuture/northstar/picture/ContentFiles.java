package org.socialcarefuture.northstar.picture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.socialcarefuture.northstar.problem.Display;
import org.socialcarefuture.northstar.problem.Problems;
import org.socialcarefuture.northstar.problem.Unexpected;
import org.socialcarefuture.northstar.publish.OutputFault;
import org.socialcarefuture.northstar.publish.SiteOutput;

/**
 * Step 6, assets: files from content/ into the site: pictures made light, sized and private (see Pictures), SVG
 * drawings made safe (see SvgSanitizer), everything else copied as it is.
 */
public final class ContentFiles {

    /**
     * @param pictureCache where resized pictures are kept between bakes
     * @param shownElsewhere files that are not copied (a recording's transcript: shown on its page)
     */
    public record Input(Path content, List<String> assets, Map<String, PictureInfo> pictureInfos, Path pictureCache,
                        Predicate<String> shownElsewhere) {
    }

    private ContentFiles() {
    }

    public static void copy(Input in, SiteOutput staging, Problems problems) throws IOException {
        Path content = in.content();
        Pictures pictures = new Pictures(in.pictureCache());
        List<String> made = new ArrayList<>();
        for (String asset : in.assets()) {
            PictureInfo info = in.pictureInfos().get(asset);
            if (in.shownElsewhere().test(asset)) {
                continue; // shown on its recording's page
            } else if (info == null) {
                staging.copy(content.resolve(asset), asset);
            } else if (info.format() == PictureFormat.SVG) {
                SvgSanitizer.Cleaned svg = SvgSanitizer.clean(Files.readString(content.resolve(asset)));
                if (!svg.removed().isEmpty()) {
                    problems.warning(Display.path(content.resolve(asset)), 0, "svg", "the site takes " + String.join(", ", svg.removed())
                                    + " out of this SVG picture: opened on its own, it would run as part of the site",
                            "nothing to do if the drawing still looks right; to quiet this, save the drawing without them");
                }
                staging.write(asset, svg.svg());
            } else if (info.ok()) {
                made.add(asset);
            }
        }
        // Resizing is the slow part (about a second for a phone photo, unless its sizes are in the cache): on every core.
        made.parallelStream().forEach(asset -> {
            try {
                Unexpected.withDeepStack(() -> {
                    try {
                        pictures.publish(staging, in.pictureInfos().get(asset), content.resolve(asset));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                });
            } catch (RuntimeException | StackOverflowError e) {
                Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
                String nameFault = e instanceof RuntimeException r ? OutputFault.ofAddress(r) : null;
                if (nameFault != null) { // its resized copies' names (photo-1280w.webp) are longer than the photo's own
                    problems.error(Display.path(content.resolve(asset)), 0, "address", "the picture's sizes could not be saved: " + nameFault,
                            "give the picture a shorter file name (and change the links to it)");
                    return;
                }
                problems.error(Display.path(content.resolve(asset)), 0, "bad-picture", "the picture could not be made ready for the site ("
                        + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()) + ")",
                        "save it again from the program it came from, as an ordinary JPEG or PNG");
            }
        });
    }
}
