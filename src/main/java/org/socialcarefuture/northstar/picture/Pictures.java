package org.socialcarefuture.northstar.picture;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.socialcarefuture.northstar.publish.SiteOutput;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;

/**
 * Pictures from content/, made light, sized and private. Each JPEG, PNG and WebP is published in a few
 * widths ({@link PictureInfo#WIDTHS}, never wider than it is), as JPEG or PNG and as WebP, turned the way
 * its camera says, with every piece of metadata left behind (GPS position, camera, owner): the original
 * is never published as it is. The work is kept in a cache beside the site, keyed by the picture's bytes
 * and these settings, so a bake only resizes new or changed pictures.
 */
public final class Pictures {

    /** Changes whenever the sizes or the encoding change, so that older cached sizes are not reused. */
    static final String SETTINGS = "sizes=" + PictureInfo.WIDTHS + ";jpeg=0.8p;webp=0.8;v1";
    /** A picture of more pixels than this is refused before it is decoded: it would take the bake's memory. */
    public static final long PIXEL_BUDGET = 50_000_000L;
    private static final float QUALITY = 0.8f;

    /** What this JVM has hashed (the preview rebuilds often), by file, while its size and time are the same. */
    private static final Map<Path, Stamp> HASHED = new ConcurrentHashMap<>();

    private record Stamp(long size, java.nio.file.attribute.FileTime modified, String hash) {
    }

    static {
        System.setProperty("java.awt.headless", "true");
        ImageIO.scanForPlugins(); // WebP and TwelveMonkeys' JPEG readers, found through the jar's service files
        ImageIO.setUseCache(false);
    }

    private final Path cache;

    /** @param cache where sizes made before are kept, e.g. {@code target/.north-star-cache/pictures} */
    public Pictures(Path cache) {
        this.cache = cache;
    }

    // --- what a picture is

    /** A picture file's format, size and orientation, and any reason it cannot be published; null for files that are not pictures. */
    public static PictureInfo inspect(Path file, String contentPath) throws IOException {
        PictureFormat named = PictureFormat.byName(contentPath);
        if (named == null) {
            return null;
        }
        long length = Files.size(file);
        byte[] head = new byte[(int) Math.min(length, 4096)];
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(head, 0, head.length);
        }
        PictureFormat actual = PictureFormat.byContent(head);
        String name = contentPath.substring(contentPath.lastIndexOf('/') + 1);
        if (actual == PictureFormat.HEIC) {
            return refused(contentPath, actual, name + " is a HEIC photo (an iPhone's own format), which browsers cannot show",
                    "export it as JPEG and link to that: on the iPhone, Settings > Camera > Formats > Most Compatible makes new"
                            + " photos JPEG; in Photos on a Mac, File > Export; on Windows, open it in Photos and Save as JPEG");
        }
        if (actual == PictureFormat.NOT_A_PICTURE) {
            return refused(contentPath, actual, name + " is not a picture: its bytes are not those of any picture format",
                    "save the picture again from the program it came from (as JPEG or PNG), and put that file here instead");
        }
        if (actual != named) {
            return refused(contentPath, actual, name + " is a " + actual.label() + " picture, though its name says " + named.label(),
                    "rename it to end in ." + actual.extension() + ", and the links to it");
        }
        if (actual == PictureFormat.SVG) {
            return new PictureInfo(contentPath, actual, 0, 0, 1, true, null, null);
        }
        if (truncated(file, actual, length)) {
            return refused(contentPath, actual, name + " is cut short: the file ends before the picture does",
                    "copy the picture into content/ again from where it came from; the copy here is incomplete");
        }
        int width;
        int height;
        boolean alpha;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return refused(contentPath, actual, name + " is a kind of " + actual.label() + " the site cannot read",
                        "save it again as an ordinary JPEG or PNG");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
                alpha = actual != PictureFormat.JPEG && reader.getImageTypes(0).hasNext()
                        && reader.getImageTypes(0).next().getColorModel().hasAlpha();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return refused(contentPath, actual, name + " cannot be read as a " + actual.label() + " picture (" + e.getMessage() + ")",
                    "save it again from the program it came from, as an ordinary JPEG or PNG");
        }
        if ((long) width * height > PIXEL_BUDGET) {
            return refused(contentPath, actual, String.format("%s is %,d x %,d pixels (%,d megapixels), more than the %d the site will open",
                            name, width, height, (long) width * height / 1_000_000, PIXEL_BUDGET / 1_000_000),
                    "save a smaller copy, 4,000 pixels wide at most (no page shows a picture wider than 1,600)");
        }
        int orientation = orientation(file);
        boolean sideways = orientation >= 5 && orientation <= 8;
        return new PictureInfo(contentPath, actual, sideways ? height : width, sideways ? width : height, orientation, alpha, null, null);
    }

    private static PictureInfo refused(String contentPath, PictureFormat format, String problem, String fix) {
        return new PictureInfo(contentPath, format, 0, 0, 1, false, problem, fix);
    }

    /** A file that ends before its picture does: no end marker where each format puts one. */
    private static boolean truncated(Path file, PictureFormat format, long length) throws IOException {
        int tailLength = (int) Math.min(length, 65536);
        byte[] tail = new byte[tailLength];
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(length - tailLength);
            in.readFully(tail);
        }
        return switch (format) {
            // The end-of-image marker; some cameras add data after it, so it need only be near the end.
            case JPEG -> lastIndexOf(tail, (byte) 0xFF, (byte) 0xD9) < 0;
            case PNG -> lastIndexOf(tail, (byte) 'I', (byte) 'E', (byte) 'N', (byte) 'D') < 0;
            case GIF -> lastIndexOf(tail, (byte) 0x3B) < 0;
            case WEBP -> {
                byte[] head = new byte[12];
                try (InputStream in = Files.newInputStream(file)) {
                    in.readNBytes(head, 0, 12);
                }
                long declared = (head[4] & 0xFFL) | (head[5] & 0xFFL) << 8 | (head[6] & 0xFFL) << 16 | (head[7] & 0xFFL) << 24;
                yield declared + 8 > length;
            }
            default -> false;
        };
    }

    private static int lastIndexOf(byte[] bytes, byte... wanted) {
        outer:
        for (int i = bytes.length - wanted.length; i >= 0; i--) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The EXIF orientation (1 to 8), 1 when the file has none or it cannot be read. */
    private static int orientation(Path file) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                return orientation >= 1 && orientation <= 8 ? orientation : 1;
            }
        } catch (ImageProcessingException | IOException | MetadataException | RuntimeException e) {
            // no readable orientation: the picture is shown as it is stored
        }
        return 1;
    }

    // --- publishing it

    /**
     * Writes a picture's sizes, and a copy at its own path, into the site: from the cache when they were made
     * before from the same bytes, otherwise made now and kept there. GIFs are copied as they are.
     */
    public void publish(SiteOutput out, PictureInfo info, Path source) throws IOException {
        if (!info.ok()) {
            return;
        }
        if (!info.resized()) {
            out.copy(source, info.contentPath());
            return;
        }
        Path made = made(info, source);
        String fallback = fallbackExtension(info);
        for (int width : info.widths()) {
            out.copy(made.resolve(width + "." + fallback), PictureInfo.sizePath(info.contentPath(), width, fallback));
            out.copy(made.resolve(width + ".webp"), PictureInfo.sizePath(info.contentPath(), width, "webp"));
        }
        String own = info.format() == PictureFormat.WEBP ? "webp" : fallback;
        out.copy(made.resolve(info.largest() + "." + own), info.contentPath());
    }

    /**
     * The file a printed page (a PDF) shows a picture with: a size made for the site (upright, its metadata and any
     * GPS position gone, light enough for a document), the largest up to about A4's width at print resolution; a
     * picture the site does not resize (a GIF, or one already small) is its own file.
     */
    public Path printable(PictureInfo info, Path source) throws IOException {
        if (!info.resized()) {
            return source;
        }
        int width = info.widths().stream().filter(w -> w <= PRINT_WIDTH).reduce((a, b) -> b).orElse(info.widths().get(0));
        return made(info, source).resolve(width + "." + fallbackExtension(info));
    }

    /** About the width of A4's text at 150 pixels an inch: sharp on paper, and a document of reasonable size. */
    private static final int PRINT_WIDTH = 1600;

    /** JPEG, or PNG for a PNG (its edges stay sharp) or any picture with see-through parts. */
    static String fallbackExtension(PictureInfo info) {
        return info.format() == PictureFormat.PNG || info.alpha() ? "png" : "jpg";
    }

    /** The cache folder holding a picture's sizes, made first if need be. */
    private Path made(PictureInfo info, Path source) throws IOException {
        Path folder = cache.resolve(hash(source, SETTINGS));
        if (Files.isRegularFile(folder.resolve("done"))) {
            return folder;
        }
        Path making = Files.createDirectories(cache).resolve(folder.getFileName() + ".making-" + Thread.currentThread().getId());
        org.socialcarefuture.northstar.publish.Staging.deleteTree(making);
        Files.createDirectories(making);
        BufferedImage picture = upright(read(source), info.orientation(), info.alpha() || info.format() == PictureFormat.PNG);
        String fallback = fallbackExtension(info);
        List<Integer> widths = info.widths();
        BufferedImage larger = picture;
        for (int i = widths.size() - 1; i >= 0; i--) {
            int width = widths.get(i);
            BufferedImage sized = larger.getWidth() == width ? larger
                    : Thumbnails.of(larger).size(width, info.heightAt(width)).keepAspectRatio(false).asBufferedImage();
            write(sized, fallback, making.resolve(width + "." + fallback));
            write(sized, "webp", making.resolve(width + ".webp"));
            larger = sized; // each size from the next larger one: quicker than from the original every time
        }
        Files.writeString(making.resolve("done"), info.contentPath() + "\n");
        try {
            Files.move(making, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isRegularFile(folder.resolve("done"))) {
                throw e;
            }
            org.socialcarefuture.northstar.publish.Staging.deleteTree(making); // another thread made it first
        }
        return folder;
    }

    /**
     * The link-preview card of a page whose lead picture this is: 1200 x 630, the middle of the picture, as JPEG
     * (kept in the cache too).
     */
    public byte[] card(PictureInfo info, Path source) throws IOException {
        Path file = cache.resolve(hash(source, SETTINGS + ";card=1200x630") + ".card.jpg");
        if (Files.isRegularFile(file)) {
            return Files.readAllBytes(file);
        }
        BufferedImage picture = upright(read(source), info.orientation(), false);
        BufferedImage card = Thumbnails.of(picture).size(1200, 630).crop(Positions.CENTER).asBufferedImage();
        Path making = Files.createDirectories(cache).resolve(file.getFileName() + ".making-" + Thread.currentThread().getId());
        write(card, "jpg", making);
        Files.move(making, file, StandardCopyOption.REPLACE_EXISTING);
        return Files.readAllBytes(file);
    }

    private static BufferedImage read(Path source) throws IOException {
        BufferedImage image = ImageIO.read(source.toFile());
        if (image == null) {
            throw new IOException("no reader for " + source);
        }
        return image;
    }

    /**
     * The picture turned as its EXIF orientation says (then no viewer turns it again, as the metadata is gone),
     * on white when it is to become a JPEG.
     */
    static BufferedImage upright(BufferedImage image, int orientation, boolean keepAlpha) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean sideways = orientation >= 5 && orientation <= 8;
        AffineTransform turn = new AffineTransform();
        switch (orientation) {
            case 2 -> { turn.translate(w, 0); turn.scale(-1, 1); }
            case 3 -> { turn.translate(w, h); turn.rotate(Math.PI); }
            case 4 -> { turn.translate(0, h); turn.scale(1, -1); }
            case 5 -> { turn.rotate(-Math.PI / 2); turn.scale(-1, 1); }
            case 6 -> { turn.translate(h, 0); turn.rotate(Math.PI / 2); }
            case 7 -> { turn.scale(-1, 1); turn.translate(-h, 0); turn.translate(0, w); turn.rotate(3 * Math.PI / 2); }
            case 8 -> { turn.translate(0, w); turn.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        BufferedImage upright = new BufferedImage(sideways ? h : w, sideways ? w : h,
                keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = upright.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            if (!keepAlpha) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, upright.getWidth(), upright.getHeight());
            }
            g.drawImage(image, turn, null);
        } finally {
            g.dispose();
        }
        return upright;
    }

    /** JPEG (progressive, quality 0.8), PNG or WebP (lossy, 0.8), with no metadata at all. */
    static void write(BufferedImage image, String extension, Path file) throws IOException {
        ImageWriter writer = switch (extension) {
            case "jpg" -> ImageIO.getImageWritersByFormatName("jpeg").next();
            case "png" -> ImageIO.getImageWritersByFormatName("png").next();
            default -> ImageIO.getImageWritersByMIMEType("image/webp").next();
        };
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (extension.equals("jpg")) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        } else if (extension.equals("webp")) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("Lossy");
            param.setCompressionQuality(QUALITY);
        }
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param); // no metadata: nothing of the camera's goes along
        } finally {
            writer.dispose();
        }
    }

    /** SHA-256 of a file's bytes and the settings (remembered while the file's size and time are the same). */
    private static String hash(Path source, String settings) throws IOException {
        Path key = source.toAbsolutePath().normalize();
        var attributes = Files.readAttributes(key, java.nio.file.attribute.BasicFileAttributes.class);
        Stamp known = HASHED.get(key);
        String bytes;
        if (known != null && known.size() == attributes.size() && known.modified().equals(attributes.lastModifiedTime())) {
            bytes = known.hash();
        } else {
            try (DigestInputStream in = new DigestInputStream(Files.newInputStream(key), MessageDigest.getInstance("SHA-256"))) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
                bytes = HexFormat.of().formatHex(in.getMessageDigest().digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            HASHED.put(key, new Stamp(attributes.size(), attributes.lastModifiedTime(), bytes));
        }
        try {
            byte[] both = MessageDigest.getInstance("SHA-256").digest((bytes + "\u0000" + settings).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(both).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
