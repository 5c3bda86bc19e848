package org.socialcarefuture.northstar.social;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Link-preview pictures (1200x630 PNG) for pages without a picture of their own: the title, the
 * kind of page, the date and the movement's name, in Atkinson Hyperlegible (made for low-vision
 * readers), light on dark blue. Drawn once per distinct text and kept in a cache folder, so a
 * rebuild copies instead of redrawing, and unchanged pages keep byte-identical cards.
 */
public final class SocialCards {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    /** Changes whenever the drawing changes, so old cached cards are not reused. */
    private static final String DESIGN_VERSION = "1";

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** The words on one card. */
    public record Card(String title, String kind, String date, String siteName) {

        /** What a screen reader says for the picture in a link preview. */
        public String alt() {
            return "Card: " + title + ". " + kind + (date.isEmpty() ? "" : ", " + date) + ". " + siteName + ".";
        }

        String key() {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                digest.update(String.join("\u0000", DESIGN_VERSION, title, kind, date, siteName).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final Font bold;
    private final Font regular;
    private final Path cache;

    /**
     * @param fonts a folder with AtkinsonHyperlegible-Regular.ttf and -Bold.ttf
     * @param cache where drawn cards are kept between builds
     */
    public SocialCards(Path fonts, Path cache) throws IOException {
        try {
            this.regular = Font.createFont(Font.TRUETYPE_FONT, fonts.resolve("AtkinsonHyperlegible-Regular.ttf").toFile());
            this.bold = Font.createFont(Font.TRUETYPE_FONT, fonts.resolve("AtkinsonHyperlegible-Bold.ttf").toFile());
        } catch (FontFormatException e) {
            throw new IOException("the card font could not be read: " + e.getMessage(), e);
        }
        this.cache = cache;
    }

    /** The PNG bytes of a card, from the cache when it was drawn before. */
    public byte[] png(Card card) throws IOException {
        Path cached = cache.resolve(card.key() + ".png");
        if (Files.exists(cached)) {
            return Files.readAllBytes(cached);
        }
        byte[] png = draw(card);
        Files.createDirectories(cache);
        Path temporary = Files.createTempFile(cache, "card", ".tmp");
        Files.write(temporary, png);
        Files.move(temporary, cached, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return png;
    }

    byte[] draw(Card card) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(new Color(0x13315c));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0xffdd00));
            g.fillRect(0, HEIGHT - 24, WIDTH, 24);
            g.fillRect(80, 96, 12, 60);

            g.setColor(Color.WHITE);
            g.setFont(bold.deriveFont(34f));
            g.drawString(card.kind().toUpperCase(java.util.Locale.UK), 112, 140);

            Font titleFont = bold.deriveFont(card.title().length() > 60 ? 60f : 72f);
            g.setFont(titleFont);
            FontMetrics metrics = g.getFontMetrics();
            List<String> lines = wrap(card.title(), metrics, WIDTH - 160, 4);
            int y = 240;
            for (String line : lines) {
                g.drawString(line, 80, y);
                y += (int) (metrics.getHeight() * 1.05);
            }

            g.setFont(regular.deriveFont(36f));
            String footer = card.date().isEmpty() ? card.siteName() : card.date() + "  \u00b7  " + card.siteName();
            g.drawString(footer, 80, HEIGHT - 70);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Greedy word wrap to a width; the last allowed line ends in an ellipsis when words are left over. */
    static List<String> wrap(String text, FontMetrics metrics, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String candidate = line.length() == 0 ? words[i] : line + " " + words[i];
            if (metrics.stringWidth(candidate) <= width || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            lines.add(line.toString());
            line.setLength(0);
            line.append(words[i]);
            if (lines.size() == maxLines) {
                String last = lines.remove(maxLines - 1);
                while (metrics.stringWidth(last + "\u2026") > width && last.contains(" ")) {
                    last = last.substring(0, last.lastIndexOf(' '));
                }
                lines.add(last + "\u2026");
                return lines;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
