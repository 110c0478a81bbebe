package org.agendapack.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;

/** Supplied PDFs as an attacker would make them, from a good one, and a way to look for scripts in any PDF. */
public final class HostilePdfs {

    private HostilePdfs() {
    }

    /**
     * The PDF with JavaScript run on opening (/OpenAction) and on a page opening (page /AA), a named document
     * script, a launch action on closing a page, and an embedded file.
     */
    public static void withActiveContent(Path good, Path target) throws IOException {
        try (PDDocument doc = Loader.loadPDF(good.toFile())) {
            PDActionJavaScript open = new PDActionJavaScript("app.alert('opened');");
            doc.getDocumentCatalog().setOpenAction(open);
            PDPage first = doc.getPage(0);
            PDPageAdditionalActions actions = new PDPageAdditionalActions();
            actions.setO(new PDActionJavaScript("app.alert('page');"));
            PDActionLaunch launch = new PDActionLaunch();
            launch.getCOSObject().setString(COSName.F, "calc.exe");
            actions.setC(launch);
            first.setActions(actions);

            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("init", new PDActionJavaScript("this.print();")));
            names.setJavascript(scripts);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("payload.txt");
            spec.setEmbeddedFile(new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream("payload".getBytes(StandardCharsets.UTF_8))));
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("payload.txt", spec));
            names.setEmbeddedFiles(files);
            doc.getDocumentCatalog().setNames(names);
            doc.save(target.toFile());
        }
    }

    /** The PDF, password-protected. */
    public static void encrypted(Path good, Path target) throws IOException {
        try (PDDocument doc = Loader.loadPDF(good.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(target.toFile());
        }
    }

    /** A PDF without pages. */
    public static void empty(Path target) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.save(target.toFile());
        }
    }

    /**
     * Every place in the file's objects (all of them, by the cross-reference table, reachable or not) that holds
     * JavaScript, a launch action or an embedded file: a /JS or /JavaScript key, an /S of /JavaScript or
     * /Launch, an /EmbeddedFiles or /EF key.
     */
    public static List<String> activeContent(Path pdf) throws IOException {
        List<String> found = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
                COSObject object = doc.getDocument().getObjectFromPool(key);
                check(object.getObject(), key.toString(), found, 0);
            }
            check(doc.getDocument().getTrailer(), "trailer", found, 0);
        }
        return found;
    }

    private static void check(COSBase base, String where, List<String> found, int depth) {
        if (depth > 50) {
            return;
        }
        if (base instanceof COSDictionary dict) {
            for (COSName name : dict.keySet()) {
                String n = name.getName();
                if (n.equals("JS") || n.equals("JavaScript") || n.equals("EmbeddedFiles") || n.equals("EF")) {
                    found.add(where + ": /" + n);
                }
                COSBase item = dict.getItem(name);
                if (!(item instanceof COSObject)) {
                    check(item, where, found, depth + 1);
                }
            }
            String type = dict.getNameAsString(COSName.S);
            if ("JavaScript".equals(type) || "Launch".equals(type)) {
                found.add(where + ": /S /" + type);
            }
        } else if (base instanceof COSArray array) {
            for (COSBase item : array) {
                if (!(item instanceof COSObject)) {
                    check(item, where, found, depth + 1);
                }
            }
        } else if (base instanceof COSString s && s.getString().contains("app.alert")) {
            found.add(where + ": a script's text");
        }
    }
}
