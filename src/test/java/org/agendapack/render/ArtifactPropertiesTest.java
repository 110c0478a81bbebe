package org.agendapack.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** A table's cell borders are marked as artifacts whose property lists are written inside the page, not as objects. */
class ArtifactPropertiesTest {

    @Test
    void theArtifactsPropertyListsAreWrittenInsideThePageResources() throws Exception {
        String css = Files.readString(Path.of("templates/house-style.css"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer(HouseFonts.of(Path.of("templates/fonts")), null).render(RendererWarmUp.page(css), out);

        int backgrounds = 0;
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            for (PDPage page : doc.getPages()) {
                COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                for (COSName name : properties.keySet()) {
                    COSBase value = properties.getItem(name);
                    assertThat(value).as(name.getName()).isNotInstanceOf(COSObject.class);
                    if (COSName.BACKGROUND.equals(((COSDictionary) value).getCOSName(COSName.TYPE))) {
                        backgrounds++;
                    }
                }
            }
        }
        assertThat(backgrounds).as("cell borders and backgrounds marked as artifacts").isGreaterThan(20);
    }
}
