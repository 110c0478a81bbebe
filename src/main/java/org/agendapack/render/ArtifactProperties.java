package org.agendapack.render;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The renderer marks every table cell's border and background as an artifact with a property list of its own
 * (a page of a KPI table: over a thousand), and PDFBox writes each new dictionary as an object of its own: three
 * in four of a table-heavy paper's objects, each one written, parsed back by the pack and written again. Written
 * inside the page's property resources instead, the same marked content costs a fraction. Optional-content
 * groups, the one kind of property list that must stay an object, are left as they are.
 */
public final class ArtifactProperties {

    private static final COSName OCG = COSName.getPDFName("OCG");
    private static final COSName OCMD = COSName.getPDFName("OCMD");

    private ArtifactProperties() {
    }

    /** Marks the pages' marked-content property lists to be written inside the pages (after a merge too: PDFBox's
     * merger copies them as new dictionaries, each to be written as an object again). */
    public static void inline(PDDocument doc) {
        for (PDPage page : doc.getPages()) {
            COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
            if (properties == null) {
                continue;
            }
            for (COSBase value : properties.getValues()) {
                if (value instanceof COSDictionary list && !OCG.equals(list.getCOSName(COSName.TYPE))
                        && !OCMD.equals(list.getCOSName(COSName.TYPE))) {
                    list.setDirect(true);
                }
            }
        }
    }
}
