package org.socialcarefuture.northstar.picture;

import java.util.Locale;

/** What a picture file is, told by its first bytes (its name can be wrong), and what its name says it is. */
public enum PictureFormat {
    JPEG("JPEG", "jpg"), PNG("PNG", "png"), GIF("GIF", "gif"), WEBP("WebP", "webp"), SVG("SVG", "svg"),
    HEIC("HEIC", "heic"), NOT_A_PICTURE("not a picture", "");

    private final String label;
    private final String extension;

    PictureFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    /** The file ending the format is published with. */
    public String extension() {
        return extension;
    }

    /** Pictures the site resizes and re-encodes (an animated GIF would lose its animation, so GIFs are copied). */
    public boolean resized() {
        return this == JPEG || this == PNG || this == WEBP;
    }

    /** What a file's name says it is, or null when its name is not a picture's. */
    public static PictureFormat byName(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return switch (dot < 0 ? "" : name.substring(dot + 1)) {
            case "jpg", "jpeg", "jpe", "jfif" -> JPEG;
            case "png" -> PNG;
            case "gif" -> GIF;
            case "webp" -> WEBP;
            case "svg" -> SVG;
            case "heic", "heif", "hif" -> HEIC;
            default -> null;
        };
    }

    /** What the first bytes of a file say it is. */
    public static PictureFormat byContent(byte[] head) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(head, 0, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
            return WEBP;
        }
        if (startsWith(head, 4, 'f', 't', 'y', 'p')) {
            String brand = new String(head, 8, Math.min(4, Math.max(0, head.length - 8)), java.nio.charset.StandardCharsets.US_ASCII);
            if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1")) {
                return HEIC;
            }
        }
        String text = new String(head, 0, Math.min(head.length, 512), java.nio.charset.StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("<svg") || (text.startsWith("<?xml") || text.startsWith("<!--") || text.startsWith("<!DOCTYPE svg"))
                && text.contains("<svg")) {
            return SVG;
        }
        return NOT_A_PICTURE;
    }

    private static boolean startsWith(byte[] bytes, int at, int... expected) {
        if (bytes.length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[at + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
