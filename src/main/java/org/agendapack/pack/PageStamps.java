package org.agendapack.pack;

import java.io.IOException;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** What the pack draws on existing pages: page numbers, the exempt marking, a supplied PDF's appendix label. */
final class PageStamps {

    private PageStamps() {
    }

    /**
     * Draws the page number at the foot (and a marking at the head) of an existing page, each as a pagination
     * artifact: a screen reader reads the papers, not the furniture the pack adds to every page.
     */
    static void stamp(PDDocument doc, PDPage page, PDFont font, String footer, String header) throws IOException {
        PDRectangle box = page.getCropBox();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            float size = 9;
            float width = font.getStringWidth(footer) / 1000 * size;
            cs.beginMarkedContent(COSName.ARTIFACT, pagination("Footer"));
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2, box.getLowerLeftY() + 20);
            cs.showText(footer);
            cs.endText();
            cs.endMarkedContent();
            if (header != null) {
                float hsize = 12;
                float hwidth = font.getStringWidth(header) / 1000 * hsize;
                cs.beginMarkedContent(COSName.ARTIFACT, pagination("Header"));
                cs.beginText();
                cs.setFont(font, hsize);
                cs.setNonStrokingColor(0.75f, 0f, 0f);
                cs.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - hwidth) / 2, box.getUpperRightY() - 22);
                cs.showText(header);
                cs.endText();
                cs.endMarkedContent();
            }
        }
    }

    /** An appendix label at the head of a supplied PDF's first page, right-aligned, as a pagination artifact. */
    static void label(PDDocument doc, PDPage page, PDFont font, String label) throws IOException {
        PDRectangle box = page.getCropBox();
        float size = 12;
        float width = font.getStringWidth(label) / 1000 * size;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            cs.beginMarkedContent(COSName.ARTIFACT, pagination("Header"));
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(box.getUpperRightX() - 36 - width, box.getUpperRightY() - 26);
            cs.showText(label);
            cs.endText();
            cs.endMarkedContent();
        }
    }

    private static PDPropertyList pagination(String subtype) {
        COSDictionary properties = new COSDictionary();
        properties.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
        properties.setItem(COSName.SUBTYPE, COSName.getPDFName(subtype));
        return PDPropertyList.create(properties);
    }
}
