package org.agendapack.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import org.agendapack.settings.AgendapackProperties;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text in inline SVG (chart labels and legends) is drawn in the house font. Batik's text reaches the PDF as
 * glyph outlines, not as text, so the check is by measure: the word is exactly as wide as Liberation Sans
 * makes it, not as wide as the fallback font would.
 */
class SvgTextFontTest {

    private static final String WORD = "Southwark";
    private static final double SIZE = 48;

    @TempDir
    Path dir;

    @Test
    void svgTextIsDrawnInLiberationSans() throws IOException {
        AgendapackProperties properties = new AgendapackProperties(null, null, null, null, null, null);
        PdfRenderer renderer = new PdfRenderer(properties, new Templates(properties));
        Path pdf = dir.resolve("svg.pdf");
        renderer.render("""
                <html xmlns="http://www.w3.org/1999/xhtml"><head><style>@page { size: 200mm 50mm; margin: 10mm; }
                body { margin: 0; }</style></head><body>
                <svg xmlns="http://www.w3.org/2000/svg" width="600" height="80" viewBox="0 0 600 80"
                     font-family="Liberation Sans" font-size="%s"><text x="10" y="60">%s</text></svg>
                </body></html>""".formatted(SIZE, WORD), pdf);

        double drawn = inkWidthInCssPixels(pdf);
        double liberation = inkWidth(properties.templates().resolve("fonts/LiberationSans-Regular.ttf"));
        double dejaVu = inkWidth(properties.templates().resolve("fonts/DejaVuSans.ttf"));

        assertThat(Math.abs(dejaVu - liberation) / liberation).as("the two fonts tell apart").isGreaterThan(0.08);
        assertThat(drawn).isCloseTo(liberation, within(liberation * 0.03));
    }

    /** Width of the word's ink at SIZE px: from the first glyph's left edge to the last glyph's right edge. */
    private static double inkWidth(Path font) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(font.toFile()))) {
            double units = 0;
            GlyphData first = null;
            for (int i = 0; i < WORD.length(); i++) {
                int gid = ttf.getUnicodeCmapLookup().getGlyphId(WORD.charAt(i));
                GlyphData glyph = ttf.getGlyph().getGlyph(gid);
                if (i == 0) {
                    first = glyph;
                }
                units += i < WORD.length() - 1 ? ttf.getAdvanceWidth(gid) : glyph.getXMaximum();
            }
            return (units - first.getXMinimum()) * SIZE / ttf.getUnitsPerEm();
        }
    }

    /** The page at 192 dpi, two pixels per CSS pixel: the span of everything not white. */
    private static double inkWidthInCssPixels(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 192);
            int left = Integer.MAX_VALUE;
            int right = -1;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    if ((page.getRGB(x, y) & 0xff) < 128) {
                        left = Math.min(left, x);
                        right = Math.max(right, x);
                    }
                }
            }
            assertThat(right).as("some ink on the page").isPositive();
            return (right - left + 1) / 2.0;
        }
    }
}
