package org.socialcarefuture.northstar.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The theme's fonts a PDF may carry. PDF/A and PDF/UA need every font embedded, and a font's maker says in the
 * font itself (its OS/2 fsType) whether that is allowed: a font that forbids it, or allows only a bitmap of it,
 * is left out with a reason, so the theme can ship (or a group can add) only fonts whose licence lets them travel
 * inside a document, as the bundled Atkinson Hyperlegible's (SIL Open Font Licence) does.
 */
public record PdfFonts(List<Font> fonts, List<Refused> refused, String fingerprint) {

    /** A font for the PDF: the file, the family the print stylesheet names, its weight and whether it is italic. */
    public record Font(Path file, String family, int weight, boolean italic) {
    }

    /** A font file that cannot go into a PDF, and why. */
    public record Refused(Path file, String reason) {
    }

    /** fsType bit 1: "Restricted License embedding" (the font must not leave the machine it is installed on). */
    private static final int RESTRICTED = 0x0002;
    /** fsType bit 9: "Bitmap embedding only". */
    private static final int BITMAP_ONLY = 0x0200;

    public PdfFonts {
        fonts = List.copyOf(fonts);
        refused = List.copyOf(refused);
    }

    /** The last folder read, by its files' names, sizes and times: the preview asks again on every rebuild. */
    private static final java.util.Map<Path, java.util.Map.Entry<String, PdfFonts>> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every .ttf or .otf in {@code folder} (none when it does not exist); read again only when a file there changed. */
    public static PdfFonts in(Path folder) throws IOException {
        String state = state(folder);
        java.util.Map.Entry<String, PdfFonts> last = READ.get(folder);
        if (last != null && last.getKey().equals(state)) {
            return last.getValue();
        }
        PdfFonts fonts = read(folder);
        READ.put(folder, java.util.Map.entry(state, fonts));
        return fonts;
    }

    private static String state(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return "";
        }
        StringBuilder state = new StringBuilder();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.sorted().toList()) {
                state.append(file.getFileName()).append(':').append(Files.size(file)).append(':')
                        .append(Files.getLastModifiedTime(file).toMillis()).append(';');
            }
        }
        return state.toString();
    }

    private static PdfFonts read(Path folder) throws IOException {
        List<Font> fonts = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new PdfFonts(fonts, refused, "");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".+\\.(ttf|otf)")).sorted().toList();
        }
        for (Path file : files) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                OS2WindowsMetricsTable os2 = font.getOS2Windows();
                int fsType = os2 == null ? 0 : os2.getFsType();
                if ((fsType & RESTRICTED) != 0 && (fsType & 0x000C) == 0) {
                    refused.add(new Refused(file, "its licence does not allow it to be embedded in a document (fsType "
                            + fsType + ": restricted licence embedding)"));
                } else if ((fsType & BITMAP_ONLY) != 0) {
                    refused.add(new Refused(file, "its licence allows only a bitmap of it to be embedded, which a screen reader cannot read"
                            + " (fsType " + fsType + ")"));
                } else {
                    int weight = os2 == null ? 400 : os2.getWeightClass();
                    boolean italic = os2 != null && (os2.getFsSelection() & 0x0001) != 0;
                    String family = font.getNaming() == null || font.getNaming().getFontFamily() == null
                            ? file.getFileName().toString().replaceFirst("[-.].*$", "") : font.getNaming().getFontFamily();
                    fonts.add(new Font(file, family, weight, italic));
                }
            } catch (IOException | RuntimeException e) {
                refused.add(new Refused(file, "it could not be read as a font (" + e.getMessage() + ")"));
            }
        }
        return new PdfFonts(fonts, refused, fingerprint(fonts));
    }

    /** What the fonts are, for the cache key: the same files make the same PDF. */
    private static String fingerprint(List<Font> fonts) throws IOException {
        StringBuilder key = new StringBuilder();
        for (Font font : fonts) {
            key.append(font.family()).append(font.weight()).append(font.italic()).append(':')
                    .append(org.socialcarefuture.northstar.store.CacheFiles.sha256Hex(Files.readAllBytes(font.file()))).append(';');
        }
        return key.toString();
    }
}
