package org.agendapack.pack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Active content a supplied PDF must not carry into a pack: JavaScript (document, page, field and annotation
 * actions, the document's named scripts), launch and other actions that run or fetch something, embedded
 * files (attachments and file attachment annotations) and interactive form actions (and XFA forms, which are
 * scripts). Only navigation stays: go to a place in the document, and web links (both allowed by PDF/A).
 * Removing is a walk over every object reachable from the catalog, so a script hidden in an unusual place
 * is found as surely as an open action.
 */
public final class ActiveContent {

    /** Actions that only navigate. Everything else (JavaScript, Launch, SubmitForm, ImportData, …) goes. */
    private static final Set<String> NAVIGATION = Set.of("GoTo", "URI");

    private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
    private static final COSName XFA = COSName.getPDFName("XFA");
    private static final COSName OPEN_ACTION = COSName.getPDFName("OpenAction");
    private static final COSName NEXT = COSName.getPDFName("Next");

    private final Map<String, Integer> removed = new LinkedHashMap<>();
    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private ActiveContent() {
    }

    /**
     * Removes the document's active content in place.
     *
     * @return what was removed, e.g. "JavaScript (2)", "embedded files (1)"; empty when the document had none
     */
    public static List<String> strip(PDDocument doc) {
        ActiveContent walk = new ActiveContent();
        for (PDPage page : doc.getPages()) {
            walk.fileAttachments(page);
        }
        walk.visit(doc.getDocumentCatalog().getCOSObject());
        walk.visit(doc.getDocument().getTrailer().getCOSDictionary(COSName.INFO));
        List<String> what = new ArrayList<>();
        walk.removed.entrySet().stream().sorted(java.util.Comparator.comparingInt(e -> rank(e.getKey())))
                .forEach(e -> what.add(e.getKey() + " (" + e.getValue() + ")"));
        return what;
    }

    private void fileAttachments(PDPage page) {
        try {
            List<PDAnnotation> annotations = page.getAnnotations();
            List<PDAnnotation> kept = new ArrayList<>();
            for (PDAnnotation a : annotations) {
                if ("FileAttachment".equals(a.getSubtype())) {
                    count("embedded files");
                } else {
                    kept.add(a);
                }
            }
            if (kept.size() != annotations.size()) {
                page.setAnnotations(kept);
            }
        } catch (java.io.IOException e) {
            // Unreadable annotations: the object walk below still removes any action inside them.
        }
    }

    /** Every object reachable from {@code root}, without recursion (outline chains can be thousands long). */
    private void visit(COSBase root) {
        java.util.Deque<COSBase> pending = new java.util.ArrayDeque<>();
        pending.push(root == null ? org.apache.pdfbox.cos.COSNull.NULL : root);
        while (!pending.isEmpty()) {
            COSBase base = pending.pop();
            COSBase value = base instanceof COSObject o ? o.getObject() : base;
            if (value == null || !seen.add(value)) {
                continue;
            }
            if (value instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    pending.push(array.get(i));
                }
            } else if (value instanceof COSDictionary dict) {
                clean(dict);
                for (COSName key : dict.keySet()) {
                    if (!COSName.PARENT.equals(key) && !COSName.P.equals(key)) {
                        pending.push(dict.getItem(key));
                    }
                }
            }
        }
    }

    private void clean(COSDictionary dict) {
        // Additional actions (on opening or closing a page, printing, a field's events): never navigation.
        if (dict.getDictionaryObject(COSName.AA) instanceof COSDictionary triggers) {
            for (COSName event : triggers.keySet()) {
                if (triggers.getDictionaryObject(event) instanceof COSDictionary action) {
                    count(kind(action));
                }
            }
            dict.removeItem(COSName.AA);
        } else if (dict.containsKey(COSName.AA)) {
            dict.removeItem(COSName.AA);
        }
        if (dict.containsKey(COSName.JS)) {
            dict.removeItem(COSName.JS);
            count("JavaScript");
        }
        if (dict.containsKey(JAVASCRIPT)) {
            dict.removeItem(JAVASCRIPT);
            count("JavaScript");
        }
        if (dict.containsKey(EMBEDDED_FILES)) {
            dict.removeItem(EMBEDDED_FILES);
            count("embedded files");
        }
        if (dict.containsKey(COSName.EF)) {
            dict.removeItem(COSName.EF);
            count("embedded files");
        }
        if (dict.containsKey(XFA)) {
            dict.removeItem(XFA);
            count("XFA form scripts");
        }
        for (COSName key : List.of(OPEN_ACTION, COSName.A)) {
            // An action has a type (/S); a structure element's /A is its attributes, which have none.
            if (dict.getDictionaryObject(key) instanceof COSDictionary action && action.containsKey(COSName.S)
                    && !navigation(action)) {
                dict.removeItem(key);
                count(kind(action));
            }
        }
    }

    /** A navigation action whose chained actions, if any, navigate too (the others are cut from the chain). */
    private boolean navigation(COSDictionary action) {
        String type = action.getNameAsString(COSName.S);
        if (type == null || !NAVIGATION.contains(type)) {
            return false;
        }
        COSBase next = action.getDictionaryObject(NEXT);
        if (next instanceof COSDictionary n && !navigation(n)) {
            action.removeItem(NEXT);
            count(kind(n));
        } else if (next instanceof COSArray chain) {
            for (int i = chain.size() - 1; i >= 0; i--) {
                if (chain.getObject(i) instanceof COSDictionary n && !navigation(n)) {
                    chain.remove(i);
                    count(kind(n));
                }
            }
        }
        return true;
    }

    private static String kind(COSDictionary action) {
        String type = action.getNameAsString(COSName.S);
        if ("JavaScript".equals(type)) {
            return "JavaScript";
        }
        if ("Launch".equals(type)) {
            return "launch actions";
        }
        if ("SubmitForm".equals(type) || "ResetForm".equals(type) || "ImportData".equals(type)) {
            return "form actions";
        }
        return "other actions (" + (type == null ? "untyped" : type) + ")";
    }

    /** The order of the warning's list, whatever order the objects were found in. */
    private static int rank(String kind) {
        int i = List.of("JavaScript", "launch actions", "form actions", "embedded files", "XFA form scripts").indexOf(kind);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private void count(String kind) {
        removed.merge(kind, 1, Integer::sum);
    }
}
