package org.agendapack.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * A table's cell borders stay marked as artifacts, sharing one empty property list written inside the page (not a
 * typed, boxed list each, written as an object each), and every marked-content name still resolves.
 */
class ArtifactPropertiesTest {

    @Test
    void cellBordersAreArtifactsWithOneEmptyPropertyListWrittenInsideThePage() throws Exception {
        String css = Files.readString(Path.of("templates/house-style.css"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer(HouseFonts.of(Path.of("templates/fonts")), null).render(RendererWarmUp.page(css), out);

        int plainArtifacts = 0;
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            for (PDPage page : doc.getPages()) {
                COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                for (COSName name : properties.keySet()) {
                    COSBase value = properties.getItem(name);
                    assertThat(value).as(name.getName()).isNotInstanceOf(COSObject.class);
                    assertThat(((COSDictionary) value).getCOSName(COSName.TYPE)).as(name.getName())
                            .isNotEqualTo(COSName.BACKGROUND);
                }
                List<Object> tokens = new PDFStreamParser(page).parse();
                List<COSBase> operands = new ArrayList<>();
                for (Object token : tokens) {
                    if (token instanceof Operator op) {
                        if ("BDC".equals(op.getName()) && operands.size() == 2 && operands.get(1) instanceof COSName list) {
                            COSDictionary marked = properties.getCOSDictionary(list);
                            assertThat(marked).as("property list %s", list.getName()).isNotNull();
                            if (COSName.ARTIFACT.equals(operands.get(0)) && marked.size() == 0) {
                                plainArtifacts++;
                            }
                        }
                        operands.clear();
                    } else if (token instanceof COSBase operand) {
                        operands.add(operand);
                    }
                }
            }
        }
        assertThat(plainArtifacts).as("cell borders and backgrounds marked as artifacts").isGreaterThan(20);
    }
}
