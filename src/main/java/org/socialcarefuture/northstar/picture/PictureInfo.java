package org.socialcarefuture.northstar.picture;

import java.util.ArrayList;
import java.util.List;

/**
 * A picture in content/ as the site publishes it, read from its header (no pixels decoded yet).
 *
 * @param contentPath  its path under content/
 * @param format       what its bytes say it is
 * @param width        its width once turned the way its camera says (0 when unknown)
 * @param height       its height likewise
 * @param orientation  its EXIF orientation (1 to 8; 1 when it has none)
 * @param alpha        whether it has see-through parts (then it stays a PNG)
 * @param problem      why it cannot be published, or null
 * @param fix          what to do about the problem, or null
 */
public record PictureInfo(String contentPath, PictureFormat format, int width, int height, int orientation, boolean alpha,
                          String problem, String fix) {

    /** The widths a picture is published in, on top of a copy at its own path; never wider than the original. */
    public static final List<Integer> WIDTHS = List.of(480, 800, 1200, 1600);

    public boolean ok() {
        return problem == null;
    }

    /** Whether the site makes sizes of it (a good JPEG, PNG or WebP photo or drawing). */
    public boolean resized() {
        return ok() && format.resized();
    }

    /** The widths it is published in: the standard ones narrower than it, and its own when under the largest. */
    public List<Integer> widths() {
        List<Integer> widths = new ArrayList<>();
        for (int w : WIDTHS) {
            if (w < width) {
                widths.add(w);
            }
        }
        if (width <= WIDTHS.get(WIDTHS.size() - 1)) {
            widths.add(width);
        }
        return widths;
    }

    /** The largest width it is published in (the copy at its own path has it). */
    public int largest() {
        List<Integer> widths = widths();
        return widths.get(widths.size() - 1);
    }

    /** The height at a width, keeping its shape. */
    public int heightAt(int w) {
        return Math.max(1, Math.round((float) height * w / width));
    }

    /** The extension of the sizes for browsers without WebP: JPEG, or PNG for a picture with see-through parts. */
    public String fallbackExtension() {
        return alpha ? "png" : "jpg";
    }

    /** {@code images/photo-800w.jpg} for {@code images/photo.jpg}: a size's path, beside the picture's. */
    public static String sizePath(String path, int width, String extension) {
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        String base = dot > slash ? path.substring(0, dot) : path;
        return base + "-" + width + "w." + extension;
    }
}
