package org.socialcarefuture.northstar.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialcarefuture.northstar.Build;
import org.socialcarefuture.northstar.TestSite;
import org.socialcarefuture.northstar.problem.Problem;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;

/** Pictures published light, sized and private; bad ones stopped at the line that uses them. */
class PicturesIT {

    @TempDir
    Path dir;

    static final String POST = """
            -- content/blog/2021-06-10-gathering.md --
            ---
            title: Our gathering in Leeds
            date: 2021-06-10
            ---
            We met in June.

            ![People talking in small groups at our gathering](photo.jpg)

            More words after the picture.
            """;

    private TestSite siteWithPhoto(int width, int height, int orientation) throws IOException {
        TestSite site = TestSite.of(dir, POST);
        Files.write(site.content().resolve("blog/photo.jpg"), TestPhotos.phonePhoto(width, height, orientation, 7));
        return site;
    }

    @Test
    void aPhonePhotoIsPublishedInSizesAndFormatsTurnedUprightWithNoMetadataLeft() throws Exception {
        TestSite site = siteWithPhoto(2000, 1500, 6); // stored on its side; EXIF says: turn it 90 degrees
        Path source = site.content().resolve("blog/photo.jpg");
        Metadata original = ImageMetadataReader.readMetadata(source.toFile());
        assertNotNull(original.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation(), "the test photo carries a position");

        site.bake();
        Path folder = site.output().resolve("blog");
        List<String> published = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).filter(name -> name.startsWith("photo"))
                    .forEach(published::add);
        }
        published.sort(null);
        assertEquals(List.of("photo-1200w.jpg", "photo-1200w.webp", "photo-1500w.jpg", "photo-1500w.webp", "photo-480w.jpg",
                "photo-480w.webp", "photo-800w.jpg", "photo-800w.webp", "photo.jpg"), published, "never wider than the photo (1500)");

        for (String name : published) {
            Path file = folder.resolve(name);
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            assertNull(metadata.getFirstDirectoryOfType(GpsDirectory.class), name + " carries a GPS position");
            ExifIFD0Directory camera = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            assertTrue(camera == null || !camera.containsTag(ExifIFD0Directory.TAG_MAKE), name + " names the camera");
            assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("Test Camera 1"), name);
        }
        BufferedImage upright = ImageIO.read(folder.resolve("photo.jpg").toFile());
        assertEquals(1500, upright.getWidth(), "turned the way the camera said: portrait");
        assertEquals(2000, upright.getHeight());
        assertTrue(Files.size(folder.resolve("photo.jpg")) < Files.size(source), "lighter than the original");
        BufferedImage small = ImageIO.read(folder.resolve("photo-480w.webp").toFile());
        assertEquals(480, small.getWidth());
        assertEquals(640, small.getHeight());

        Document page = Jsoup.parse(site.file("blog/2021/06/gathering/index.html"));
        Element picture = page.selectFirst(".content picture");
        assertNotNull(picture, page.select(".content").html());
        Element webp = picture.selectFirst("source[type=image/webp]");
        assertEquals("/blog/photo-480w.webp 480w, /blog/photo-800w.webp 800w, /blog/photo-1200w.webp 1200w, /blog/photo-1500w.webp 1500w",
                webp.attr("srcset"));
        Element img = picture.selectFirst("img");
        assertEquals("/blog/photo-800w.jpg", img.attr("src"));
        assertEquals("800", img.attr("width"));
        assertEquals("1067", img.attr("height"));
        assertEquals(PictureMarkup.COLUMN, img.attr("sizes"));
        assertEquals("People talking in small groups at our gathering", img.attr("alt"));
        assertEquals("high", img.attr("fetchpriority"), "the first picture loads first");
        assertEquals("async", img.attr("decoding"));
        assertFalse(img.hasAttr("loading"));
    }

    @Test
    void aSecondBakeTakesTheSizesFromTheCacheAndPublishesTheSameBytes() throws IOException {
        TestSite site = siteWithPhoto(1700, 1000, 1);
        site.bake();
        byte[] first = Files.readAllBytes(site.output().resolve("blog/photo-800w.webp"));
        Path cache = site.root().resolve(".north-star-cache/pictures");
        List<Path> cached;
        try (Stream<Path> files = Files.walk(cache)) {
            cached = files.filter(Files::isRegularFile).toList();
        }
        long[] times = cached.stream().mapToLong(file -> file.toFile().lastModified()).toArray();
        site.bake();
        assertTrue(Arrays.equals(first, Files.readAllBytes(site.output().resolve("blog/photo-800w.webp"))));
        assertTrue(Arrays.equals(times, cached.stream().mapToLong(file -> file.toFile().lastModified()).toArray()),
                "nothing made again");
    }

    /** A volunteer replacing one photo of two: the preview makes that one's sizes and takes the other's as they were. */
    @Test
    void thePreviewResizesOnlyThePictureThatChanged() throws Exception {
        TestSite site = TestSite.of(dir, POST.replace("More words after the picture.", "![The room at the end of the day](room.jpg)"))
                .drafts(true);
        Files.write(site.content().resolve("blog/photo.jpg"), TestPhotos.phonePhoto(1000, 700, 1, 1));
        Files.write(site.content().resolve("blog/room.jpg"), TestPhotos.phonePhoto(1000, 700, 1, 2));
        org.socialcarefuture.northstar.memo.BuildMemo memo = new org.socialcarefuture.northstar.memo.BuildMemo();
        org.socialcarefuture.northstar.render.Theme theme = org.socialcarefuture.northstar.render.Theme.load(site.options());
        new Build(site.options(), theme, memo).run();
        Path cache = site.root().resolve(".north-star-cache/pictures");
        java.util.Map<String, Long> before = made(cache);
        assertEquals(2, before.size());

        Files.write(site.content().resolve("blog/room.jpg"), TestPhotos.phonePhoto(1000, 700, 1, 3));
        new Build(site.options(), theme, memo).run();
        java.util.Map<String, Long> after = made(cache);
        assertEquals(3, after.size(), "one new set of sizes");
        before.forEach((folder, time) -> assertEquals(time, after.get(folder), "the unchanged photo's sizes were not made again"));
        byte[] published = Files.readAllBytes(site.output().resolve("blog/room-800w.webp"));
        Path newest = cache.resolve(after.keySet().stream().filter(folder -> !before.containsKey(folder)).findFirst().orElseThrow());
        assertTrue(Arrays.equals(Files.readAllBytes(newest.resolve("800.webp")), published), "the preview shows the new photo");
    }

    /** Each cache folder of sizes with the time it was finished. */
    private static java.util.Map<String, Long> made(Path cache) throws IOException {
        java.util.Map<String, Long> folders = new java.util.TreeMap<>();
        try (Stream<Path> entries = Files.list(cache)) {
            for (Path folder : entries.filter(Files::isDirectory).toList()) {
                folders.put(folder.getFileName().toString(), Files.getLastModifiedTime(folder.resolve("done")).toMillis());
            }
        }
        return folders;
    }

    @Test
    void laterPicturesWaitUntilTheyAreScrolledNear() throws IOException {
        TestSite site = TestSite.of(dir, POST.replace("More words after the picture.",
                "More words.\n\n![A second photo of the room](photo.jpg)"));
        Files.write(site.content().resolve("blog/photo.jpg"), TestPhotos.phonePhoto(700, 500, 1, 3));
        site.bake();
        List<Element> images = Jsoup.parse(site.file("blog/2021/06/gathering/index.html")).select(".content picture img");
        assertEquals(2, images.size());
        assertEquals("high", images.get(0).attr("fetchpriority"));
        assertEquals("lazy", images.get(1).attr("loading"));
        assertEquals("/blog/photo-700w.jpg", images.get(1).attr("src"), "a photo under 800 wide is shown at its own width");
    }

    @Test
    void aLeadPictureIsFirstAndBecomesTheCard() throws Exception {
        TestSite site = TestSite.of(dir, """
                -- content/about.md --
                ---
                title: About
                image: team.jpg
                image_alt: The four convenors standing together
                ---
                Who we are.
                """);
        Files.write(site.content().resolve("team.jpg"), TestPhotos.phonePhoto(1600, 1200, 1, 5));
        site.bake();
        Document page = Jsoup.parse(site.file("about/index.html"));
        Element lead = page.selectFirst("figure.lead-image picture img");
        assertEquals("high", lead.attr("fetchpriority"));
        assertEquals("The four convenors standing together", lead.attr("alt"));
        assertEquals("https://example.org/about/card.jpg", page.select("meta[property=og:image]").attr("content"));
        BufferedImage card = ImageIO.read(site.output().resolve("about/card.jpg").toFile());
        assertEquals(1200, card.getWidth());
        assertEquals(630, card.getHeight());
        assertNull(ImageMetadataReader.readMetadata(site.output().resolve("about/card.jpg").toFile())
                .getFirstDirectoryOfType(GpsDirectory.class));
    }

    // --- bad pictures: an error at the line that uses them

    private List<Problem> bakeWith(String name, byte[] bytes) throws IOException {
        TestSite site = TestSite.of(dir, POST.replace("photo.jpg", name));
        Files.write(site.content().resolve("blog").resolve(name), bytes);
        return site.bakeFails();
    }

    private static Problem theOnly(List<Problem> problems) {
        assertEquals(1, problems.size(), TestSite.lines(problems));
        Problem problem = problems.get(0);
        assertEquals("bad-picture", problem.rule());
        assertEquals(7, problem.line(), "the line of the Markdown that shows it");
        assertTrue(problem.file().endsWith("blog/2021-06-10-gathering.md"), problem.toString());
        return problem;
    }

    @Test
    void aFileThatIsNotThePictureItsNameSays() throws IOException {
        Problem text = theOnly(bakeWith("photo.jpg", "<html>Sorry, this page has moved</html>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(text.message().equals("photo.jpg is not a picture: its bytes are not those of any picture format"), text.message());
        Problem png = theOnly(bakeWith("chart.jpg", png(40, 30)));
        assertEquals("chart.jpg is a PNG picture, though its name says JPEG", png.message());
        assertTrue(png.fix().contains("rename it to end in .png"), png.fix());
    }

    @Test
    void aTruncatedPhoto() throws IOException {
        byte[] whole = TestPhotos.phonePhoto(600, 400, 1, 9);
        Problem problem = theOnly(bakeWith("photo.jpg", Arrays.copyOf(whole, whole.length / 2)));
        assertEquals("photo.jpg is cut short: the file ends before the picture does", problem.message());
    }

    @Test
    void aDecompressionBombIsRefusedBeforeItIsOpened() throws IOException {
        // 8,000 x 7,000 pixels declared by a PNG of a few dozen bytes: decoding it would take 224 MB.
        Problem problem = theOnly(bakeWith("bomb.png", pngHeaderOnly(8000, 7000)));
        assertEquals("bomb.png is 8,000 x 7,000 pixels (56 megapixels), more than the 50 the site will open", problem.message());
    }

    @Test
    void aCmykJpegFromAPrintDesignerIsPublishedAsAnyPhotoIs() throws Exception {
        byte[] cmyk = cmykJpeg(900, 600);
        assertEquals(4, ImageMetadataReader.readMetadata(new java.io.ByteArrayInputStream(cmyk))
                .getFirstDirectoryOfType(com.drew.metadata.jpeg.JpegDirectory.class).getNumberOfComponents(), "a four-colour JPEG");
        TestSite site = TestSite.of(dir, POST);
        Files.write(site.content().resolve("blog/photo.jpg"), cmyk);
        site.bake();
        for (String name : List.of("photo.jpg", "photo-480w.jpg", "photo-800w.jpg", "photo-480w.webp")) {
            BufferedImage published = ImageIO.read(site.output().resolve("blog").resolve(name).toFile());
            assertEquals(3, published.getColorModel().getNumColorComponents(), name + " is in screen colours");
        }
        assertEquals("800", Jsoup.parse(site.file("blog/2021/06/gathering/index.html")).selectFirst(".content picture img").attr("width"));
    }

    /** A CMYK JPEG as print software writes them (Adobe marker, four components), written with the JDK's own writer. */
    static byte[] cmykJpeg(int width, int height) throws IOException {
        java.awt.image.WritableRaster raster = java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE,
                width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, new int[] {x * 255 / width, y * 255 / height, 128, 40});
            }
        }
        javax.imageio.ImageWriter writer = null;
        for (java.util.Iterator<javax.imageio.ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg"); writers.hasNext();) {
            javax.imageio.ImageWriter candidate = writers.next();
            if (candidate.canWriteRasters()) {
                writer = candidate;
            }
        }
        assertNotNull(writer, "a JPEG writer that writes four-band rasters");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new javax.imageio.IIOImage(raster, null, null), null);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    @Test
    void anIphonesHeicPhotoSaysHowToExportItAsJpeg() throws IOException {
        byte[] heic = new byte[64];
        System.arraycopy(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'}, 0, heic, 0, 12);
        Problem problem = theOnly(bakeWith("IMG_0001.HEIC", heic));
        assertTrue(problem.message().startsWith("IMG_0001.HEIC is a HEIC photo"), problem.message());
        assertTrue(problem.fix().contains("export it as JPEG"), problem.fix());
    }

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** A PNG that declares its size and holds one empty data chunk and its end: a bomb's shape, harmless here. */
    static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0).array());
        chunk(png, "IDAT", new byte[0]);
        chunk(png, "IEND", new byte[0]);
        return Arrays.copyOf(png.array(), png.position());
    }

    private static void chunk(ByteBuffer png, String type, byte[] data) {
        png.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        png.putInt((int) crc.getValue());
    }
}
