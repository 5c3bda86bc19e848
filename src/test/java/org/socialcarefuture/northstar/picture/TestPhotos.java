package org.socialcarefuture.northstar.picture;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Photos shaped like a phone's, made in the test: a scene with fine detail (so it weighs what a real photo
 * does), as a JPEG at quality 0.92, with the EXIF a phone writes: the camera, its orientation and the GPS
 * position where it was taken. Nothing is committed to the repository, and every run makes the same bytes.
 */
public final class TestPhotos {

    /** Where the test photos say they were taken: Leeds, 53° 48' N, 1° 32' W. */
    public static final double LATITUDE = 53.8;
    public static final double LONGITUDE = -1.5333;

    private TestPhotos() {
    }

    /**
     * For the picture benchmark (bench/pictures.sh): writes COUNT posts with a phone photo each into FOLDER/content,
     * {@code java -cp target/test-classes org.socialcarefuture.northstar.picture.TestPhotos COUNT FOLDER}.
     */
    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        java.nio.file.Path content = java.nio.file.Path.of(args[1], "content");
        java.nio.file.Files.createDirectories(content.resolve("blog/photos"));
        java.util.stream.IntStream.range(0, count).parallel().forEach(i -> {
            try {
                java.nio.file.Files.write(content.resolve("blog/photos/photo-" + i + ".jpg"), phonePhoto(4032, 3024, i % 4 == 0 ? 6 : 1, i));
                java.nio.file.Files.writeString(content.resolve("blog/2021-06-" + String.format("%02d", 1 + i % 28) + "-photo-" + i + ".md"),
                        "---\ntitle: Photo " + i + "\ndate: 2021-06-" + String.format("%02d", 1 + i % 28) + "\ntags: [gathering]\n---\n"
                                + "A photo from the day.\n\n![People at our gathering, photo " + i + "](photos/photo-" + i + ".jpg)\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** A photo {@code width} x {@code height} (as stored), its camera, orientation and position in its EXIF. */
    public static byte[] phonePhoto(int width, int height, int orientation, long seed) throws IOException {
        return withExif(jpeg(scene(width, height, seed), 0.92f), orientation);
    }

    static BufferedImage scene(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(120, 170, 220), 0, height, new Color(60, 110, 60)));
        g.fillRect(0, 0, width, height);
        Random random = new Random(seed);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 120));
            g.fillOval(random.nextInt(width), random.nextInt(height), 20 + random.nextInt(width / 6), 20 + random.nextInt(height / 6));
        }
        g.dispose();
        // Fine detail, as a sensor's noise gives a real photo, so the JPEG weighs what one does.
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int n = random.nextInt(41) - 20;
                int rgb = row[x];
                row[x] = clamp((rgb >> 16 & 0xFF) + n) << 16 | clamp((rgb >> 8 & 0xFF) + n) << 8 | clamp((rgb & 0xFF) + n);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
        return bytes.toByteArray();
    }

    /**
     * The JPEG with an EXIF segment (APP1) put in after its start: IFD0 with the camera's make and model, the
     * orientation and a pointer to a GPS IFD holding the latitude and longitude, big-endian TIFF as cameras write.
     */
    static byte[] withExif(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(512);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        byte[] make = "Phone\0".getBytes(StandardCharsets.US_ASCII);
        byte[] model = "Test Camera 1\0".getBytes(StandardCharsets.US_ASCII);
        int ifd0Entries = 4;
        int ifd0End = 8 + 2 + ifd0Entries * 12 + 4;
        int makeAt = ifd0End;
        int modelAt = makeAt + make.length;
        int gpsAt = modelAt + model.length;
        // IFD0
        tiff.putShort((short) ifd0Entries);
        entry(tiff, 0x010F, 2, make.length, makeAt);                 // Make, ASCII
        entry(tiff, 0x0110, 2, model.length, modelAt);               // Model, ASCII
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0); // Orientation
        entry(tiff, 0x8825, 4, 1, gpsAt);                            // GPSInfo pointer
        tiff.putInt(0);
        tiff.put(make).put(model);
        // GPS IFD: N, latitude; W, longitude (degrees, minutes, seconds as rationals)
        int gpsEntries = 4;
        int rationalsAt = gpsAt + 2 + gpsEntries * 12 + 4;
        tiff.putShort((short) gpsEntries);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        entry(tiff, 0x0002, 5, 3, rationalsAt);
        tiff.putShort((short) 0x0003).putShort((short) 2).putInt(2).put((byte) 'W').put((byte) 0).putShort((short) 0);
        entry(tiff, 0x0004, 5, 3, rationalsAt + 24);
        tiff.putInt(0);
        rational(tiff, 53, 48, 0);
        rational(tiff, 1, 32, 0);
        int tiffLength = tiff.position();

        byte[] app1 = new byte[2 + 2 + 6 + tiffLength];
        ByteBuffer segment = ByteBuffer.wrap(app1);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (app1.length - 2));
        segment.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff.array(), 0, tiffLength);
        byte[] out = new byte[jpeg.length + app1.length];
        System.arraycopy(jpeg, 0, out, 0, 2); // SOI
        System.arraycopy(app1, 0, out, 2, app1.length);
        System.arraycopy(jpeg, 2, out, 2 + app1.length, jpeg.length - 2);
        return out;
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int offset) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }

    private static void rational(ByteBuffer tiff, int degrees, int minutes, int seconds) {
        tiff.putInt(degrees).putInt(1).putInt(minutes).putInt(1).putInt(seconds).putInt(1);
    }
}
