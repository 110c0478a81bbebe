package org.agendapack.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of a PDF as PDFBox extracts them, each with its page and where it sits: to tell text a reader sees
 * from text drawn but clipped away in a page margin, and to read what comes first or last on a page.
 */
public final class PageLines {

    /** A4 portrait in the house style: 20 mm top margin, 22 mm bottom (in points, from the page's top). */
    public static final float CONTENT_TOP = 56.0f, CONTENT_BOTTOM = 842f - 62.0f;

    /** One extracted line: its page (1-based), the baseline's distance from the page top in points, its text. */
    public record Line(int page, float y, String text) {

        /** Within the page's content area: drawn there, not clipped away in a margin. */
        public boolean visible() {
            return y >= CONTENT_TOP && y <= CONTENT_BOTTOM + 4;
        }
    }

    private PageLines() {
    }

    public static List<Line> of(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<Line> lines = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                int page = p;
                PDFTextStripper stripper = new PDFTextStripper() {
                    private final StringBuilder line = new StringBuilder();
                    private float y = -1;

                    // PDFBox writes a line as words, separators between them and a line separator at its end.
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        if (line.isEmpty()) {
                            y = positions.get(0).getYDirAdj();
                        }
                        line.append(text);
                    }

                    @Override
                    protected void writeWordSeparator() {
                        line.append(' ');
                    }

                    @Override
                    protected void writeLineSeparator() {
                        if (!line.isEmpty()) {
                            lines.add(new Line(page, y, line.toString()));
                            line.setLength(0);
                        }
                    }

                    @Override
                    protected void writePageEnd() {
                        writeLineSeparator();
                    }
                };
                stripper.setSortByPosition(true);
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(doc);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The visible lines of one page, top to bottom. */
    public static List<Line> visible(List<Line> lines, int page) {
        return lines.stream().filter(l -> l.page() == page && l.visible())
                .sorted((a, b) -> Float.compare(a.y(), b.y())).toList();
    }
}
