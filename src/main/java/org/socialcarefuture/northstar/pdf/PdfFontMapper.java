package org.socialcarefuture.northstar.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's stand-in for a font a document names but does not carry: the bundled Atkinson Hyperlegible, instead of
 * PDFBox's default, which scans (and caches in the user's home folder) every font installed on the machine. The
 * PDFs North Star makes embed all their fonts, so this is only asked for fonts nothing is written in.
 */
final class PdfFontMapper implements FontMapper {

    private static final String FONT = "/north-star/theme/fonts/AtkinsonHyperlegible-Regular.ttf";
    private static volatile boolean installed;

    private TrueTypeFont font;

    static synchronized void install() {
        if (!installed && PdfFontMapper.class.getResource(FONT) != null) {
            FontMappers.set(new PdfFontMapper());
            installed = true;
        }
    }

    private synchronized TrueTypeFont font() {
        if (font == null) {
            try (InputStream in = PdfFontMapper.class.getResourceAsStream(FONT)) {
                font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return font;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, font(), true);
    }
}
