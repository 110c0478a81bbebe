package org.agendapack.pack;

import java.util.HashSet;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Tidies the structure tree PDFBox's merger builds from the papers' own trees (one Document whose kids are
 * each paper's Document, renamed Part): a padding page, whose only text is an artifact, brings an empty
 * Part and a page with a parent-tree entry for no content. Both go, so padding pages carry no tagged
 * content at all; the ParentTreeNextKey the merger set stays valid (keys are only removed).
 */
final class PackStructure {

    private static final COSName SUSPECTS = COSName.getPDFName("Suspects");

    private PackStructure() {
    }

    static void tidy(PDDocument doc) {
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return;
        }
        COSDictionary parentTree = root.getCOSObject().getCOSDictionary(COSName.PARENT_TREE);
        Set<Integer> unused = new HashSet<>();
        if (parentTree != null) {
            removeEmptyEntries(parentTree, unused);
        }
        for (PDPage page : doc.getPages()) {
            COSDictionary p = page.getCOSObject();
            if (p.containsKey(COSName.STRUCT_PARENTS) && unused.contains(p.getInt(COSName.STRUCT_PARENTS))) {
                p.removeItem(COSName.STRUCT_PARENTS);
            }
        }
        removeEmptyParts(root.getCOSObject().getDictionaryObject(COSName.K));
        // The merger writes Suspects false, the default; poppler-based viewers report an explicit false as an error.
        COSDictionary markInfo = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.MARK_INFO);
        if (markInfo != null && !markInfo.getBoolean(SUSPECTS, false)) {
            markInfo.removeItem(SUSPECTS);
        }
    }

    /** Removes number-tree entries whose value is an empty array (a page with no marked content). */
    private static void removeEmptyEntries(COSDictionary node, Set<Integer> removed) {
        COSArray nums = node.getCOSArray(COSName.NUMS);
        if (nums != null) {
            COSArray kept = new COSArray();
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                COSBase key = nums.getObject(i);
                COSBase value = nums.getObject(i + 1);
                if (key instanceof COSNumber n && value instanceof COSArray a && a.size() == 0) {
                    removed.add(n.intValue());
                } else {
                    kept.add(nums.get(i));
                    kept.add(nums.get(i + 1));
                }
            }
            node.setItem(COSName.NUMS, kept);
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    removeEmptyEntries(kid, removed);
                }
            }
        }
    }

    /** Drops the Parts (merged Documents) that have no kids from the top-level Document. */
    private static void removeEmptyParts(COSBase top) {
        if (!(top instanceof COSDictionary document) || !COSName.DOCUMENT.equals(document.getCOSName(COSName.S))) {
            return;
        }
        COSArray kids = document.getCOSArray(COSName.K);
        if (kids == null) {
            return;
        }
        for (int i = kids.size() - 1; i >= 0; i--) {
            if (kids.getObject(i) instanceof COSDictionary part && isEmptyPart(part)) {
                kids.remove(i);
            }
        }
    }

    private static boolean isEmptyPart(COSDictionary element) {
        COSName type = element.getCOSName(COSName.S);
        if (!COSName.PART.equals(type) && !COSName.DOCUMENT.equals(type)) {
            return false;
        }
        COSBase k = element.getDictionaryObject(COSName.K);
        return k == null || (k instanceof COSArray a && a.size() == 0);
    }
}
