package org.agendapack.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;

/**
 * The cheap check of a paper the pack merges: does it claim PDF/A and is it tagged? A full validation (veraPDF)
 * is too slow and too big for every build, so this trusts what the file says about itself and checks only
 * what the pack's own claim depends on: the PDF/A identification (pdfaid:part) in its XMP, MarkInfo with
 * Marked true and a structure tree, and an RGB output intent if it has one (the pack has one output intent,
 * sRGB, and PDF/A allows no second, different one). A paper that passes keeps the pack's PDF/A-2a and
 * PDF/UA-1 claim; one that fails removes it, and the build report says why.
 */
final class ConformanceClaim {

    private ConformanceClaim() {
    }

    /** What the paper lacks, each to follow "the PDF is"; empty when it may be merged into a conforming pack. */
    static List<String> shortfalls(PDDocument doc) {
        List<String> missing = new ArrayList<>();
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        if (!claimsPdfA(catalog.getMetadata())) {
            missing.add("not PDF/A (no PDF/A identification in its XMP metadata)");
        }
        PDMarkInfo mark = catalog.getMarkInfo();
        if (mark == null || !mark.isMarked() || catalog.getStructureTreeRoot() == null) {
            missing.add("not tagged (no structure tree marked in use)");
        }
        for (PDOutputIntent intent : catalog.getOutputIntents()) {
            if (!isRgb(intent)) {
                missing.add("made for an output intent that is not RGB (the pack's is sRGB)");
                break;
            }
        }
        return missing;
    }

    private static boolean claimsPdfA(PDMetadata metadata) {
        if (metadata == null) {
            return false;
        }
        try {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPMetadata xmp = parser.parse(metadata.toByteArray());
            PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
            return id != null && id.getPart() != null;
        } catch (IOException | XmpParsingException e) {
            return false;
        }
    }

    /** The ICC header's colour space (bytes 16–19) of the intent's destination profile. */
    private static boolean isRgb(PDOutputIntent intent) {
        if (intent.getDestOutputIntent() == null) {
            return true;
        }
        try (InputStream in = intent.getDestOutputIntent().createInputStream()) {
            byte[] header = in.readNBytes(20);
            return header.length == 20 && new String(header, 16, 4, StandardCharsets.US_ASCII).equals("RGB ");
        } catch (IOException e) {
            return false;
        }
    }
}
