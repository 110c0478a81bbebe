package org.agendapack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PdfFiles reads a file with object streams exactly as PDFBox's own loader does. */
class PdfFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryObjectOfAFileWithObjectStreamsAsPdfBoxDoes() throws Exception {
        Path file = dir.resolve("many-objects.pdf");
        try (PDDocument doc = new PDDocument()) {
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= 300; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                    text.beginText();
                    text.setFont(font, 12);
                    text.newLineAtOffset(72, 700);
                    text.showText("Page " + i + " of the many-objects file");
                    text.endText();
                }
            }
            doc.save(file.toFile()); // PDFBox 3 packs the dictionaries into object streams
        }

        try (PDDocument theirs = Loader.loadPDF(file.toFile()); PDDocument ours = PdfFiles.open(file)) {
            assertThat(theirs.getDocument().getXrefTable().keySet()).filteredOn(k -> k.getStreamIndex() >= 0)
                    .hasSizeGreaterThan(600);
            Map<String, String> expected = objects(theirs.getDocument());
            assertThat(expected).hasSizeGreaterThan(600);
            assertThat(objects(ours.getDocument())).isEqualTo(expected);
            assertThat(ours.getNumberOfPages()).isEqualTo(300);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(300);
            stripper.setEndPage(300);
            assertThat(stripper.getText(ours).strip()).isEqualTo("Page 300 of the many-objects file");
        }
    }

    /** Every object of the cross-reference table: its type, and a dictionary's keys. */
    private static Map<String, String> objects(COSDocument cos) throws Exception {
        Map<String, String> all = new TreeMap<>();
        for (COSObjectKey key : new ArrayList<>(cos.getXrefTable().keySet())) {
            COSBase object = cos.getObjectFromPool(key).getObject();
            String shape = object == null ? "null" : object.getClass().getSimpleName();
            if (object instanceof COSDictionary d) {
                List<String> names = new ArrayList<>();
                d.keySet().forEach(n -> names.add(n.getName()));
                shape += names.stream().sorted().toList();
            }
            all.put(key.getNumber() + " " + key.getGeneration(), shape);
        }
        return all;
    }
}
