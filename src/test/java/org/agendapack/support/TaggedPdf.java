package org.agendapack.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;

/** Reads the tagging of a PDF with PDFBox: its structure elements, its marked content, its XMP. */
public final class TaggedPdf {

    private TaggedPdf() {
    }

    /** A structure element: its type, its attribute dictionaries (O, Scope…), its alternate text and its kids. */
    public record Element(String type, List<COSDictionary> attributes, String alt, List<Element> kids) {

        /** This element and every element under it, in tree order. */
        public List<Element> all() {
            List<Element> all = new ArrayList<>();
            all.add(this);
            kids.forEach(k -> all.addAll(k.all()));
            return all;
        }

        public List<Element> all(String type) {
            return all().stream().filter(e -> e.type().equals(type)).toList();
        }

        /** The type and the number of elements under it: whole trees make unreadable assertion messages. */
        @Override
        public String toString() {
            return type + "(" + (all().size() - 1) + ")";
        }
    }

    /** The kids of the StructTreeRoot. */
    public static List<Element> structure(PDDocument doc) {
        COSDictionary root = doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
        return elements(root.getDictionaryObject(COSName.K));
    }

    private static List<Element> elements(COSBase k) {
        List<Element> elements = new ArrayList<>();
        if (k instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                elements.addAll(elements(array.getObject(i)));
            }
        } else if (k instanceof COSDictionary dict && dict.containsKey(COSName.S)) {
            List<COSDictionary> attributes = new ArrayList<>();
            COSBase a = dict.getDictionaryObject(COSName.A);
            if (a instanceof COSDictionary one) {
                attributes.add(one);
            } else if (a instanceof COSArray many) {
                for (int i = 0; i < many.size(); i++) {
                    if (many.getObject(i) instanceof COSDictionary d) {
                        attributes.add(d);
                    }
                }
            }
            elements.add(new Element(dict.getCOSName(COSName.S).getName(), attributes, dict.getString(COSName.ALT),
                    elements(dict.getDictionaryObject(COSName.K))));
        }
        return elements;
    }

    /** The MCIDs of the page's content: what on it is tagged as real content. */
    public static List<Integer> mcids(PDPage page) {
        try {
            List<Integer> mcids = new ArrayList<>();
            List<Object> tokens = new PDFStreamParser(page).parse();
            for (int i = 1; i < tokens.size(); i++) {
                if (tokens.get(i) instanceof Operator op && op.getName().equals("BDC")) {
                    COSDictionary properties = null;
                    if (tokens.get(i - 1) instanceof COSDictionary inline) {
                        properties = inline;
                    } else if (tokens.get(i - 1) instanceof COSName name) {
                        PDPropertyList list = page.getResources().getProperties(name);
                        properties = list == null ? null : list.getCOSObject();
                    }
                    if (properties != null && properties.getDictionaryObject(COSName.MCID) instanceof COSNumber n) {
                        mcids.add(n.intValue());
                    }
                }
            }
            return mcids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ParentTree's keys (flattened). */
    public static List<Integer> parentTreeKeys(PDDocument doc) {
        List<Integer> keys = new ArrayList<>();
        collectKeys(doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject().getCOSDictionary(COSName.PARENT_TREE), keys);
        return keys;
    }

    private static void collectKeys(COSDictionary node, List<Integer> keys) {
        COSArray nums = node.getCOSArray(COSName.NUMS);
        if (nums != null) {
            for (int i = 0; i < nums.size(); i += 2) {
                keys.add(((COSNumber) nums.getObject(i)).intValue());
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                collectKeys((COSDictionary) kids.getObject(i), keys);
            }
        }
    }

    public static XMPMetadata xmp(PDDocument doc) {
        try {
            return new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmpParsingException e) {
            throw new IllegalStateException(e);
        }
    }
}
