package org.agendapack.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;

import org.agendapack.render.PdfRenderer;
import org.agendapack.run.BuildContext;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Document information, XMP metadata and identity derived from the inputs, never from the wall clock or a
 * random number, so the same inputs give byte-identical PDFs: dates from SOURCE_DATE_EPOCH when set, else the
 * meeting date (00:00 UTC); the trailer ID and the XMP document and instance IDs from the inputs' fingerprint
 * and the file's name. Whatever the renderer or a merged paper wrote there before (openhtmltopdf stamps the
 * time of rendering) is replaced. The XMP claims PDF/A-2a and PDF/UA-1 only when the caller says the file
 * conforms.
 */
public final class PdfFinish {

    private PdfFinish() {
    }

    /**
     * Where a finished PDF comes from: its author, its date, and the seed of its identity (the inputs'
     * fingerprint and the file's name, so each file of a build has its own ID and a rebuild of the same
     * inputs the same one).
     */
    public record Origin(String author, Calendar date, String idSeed) {

        public static Origin of(BuildContext build, String fileName) {
            return new Origin(build.meeting().committee(), timestamp(build), build.fingerprint() + "/" + fileName);
        }
    }

    public static void apply(PDDocument doc, BuildContext build, String fileName, String title, String subject,
            boolean conforms) {
        apply(doc, Origin.of(build, fileName), title, subject, conforms);
    }

    public static void apply(PDDocument doc, Origin origin, String title, String subject, boolean conforms) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setAuthor(origin.author());
        info.setCreator("agendapack");
        info.setProducer("agendapack (Apache PDFBox, openhtmltopdf)");
        info.setCreationDate(origin.date());
        info.setModificationDate(origin.date());
        doc.setDocumentInformation(info);

        byte[] id = identity(origin.idSeed());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);

        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(doc);
        try {
            metadata.importXMPMetadata(XmpPacket.of(info, "uuid:" + uuid(id), conforms));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catalog.setMetadata(metadata);
        // Viewers show the title, not the file name (PDF/UA).
        PDViewerPreferences preferences = catalog.getViewerPreferences();
        if (preferences == null) {
            preferences = new PDViewerPreferences(new COSDictionary());
            catalog.setViewerPreferences(preferences);
        }
        preferences.setDisplayDocTitle(true);
        oneOutputIntent(doc, catalog);
    }

    /**
     * PDF/A allows several output intents only if they share one profile: merged papers each bring their own,
     * so the pack keeps the first (the front sheet's sRGB, as every generated paper has). Its profile is
     * written as shipped: PDFBox passes it through the JDK's colour management, which rewrites the header
     * differently from one JDK to another (Debian's 17 and Temurin's 25 do), so the bytes would depend on it.
     */
    private static void oneOutputIntent(PDDocument doc, PDDocumentCatalog catalog) {
        List<PDOutputIntent> intents = catalog.getOutputIntents();
        if (intents.isEmpty()) {
            return;
        }
        if (intents.size() > 1) {
            catalog.setOutputIntents(List.of(intents.get(0)));
        }
        COSStream profile = doc.getDocument().createCOSStream();
        try (OutputStream out = profile.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(PdfRenderer.outputProfile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        profile.setInt(COSName.N, 3);
        intents.get(0).getCOSObject().setItem(COSName.DEST_OUTPUT_PROFILE, profile);
    }

    static Calendar timestamp(BuildContext build) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        Instant at = epoch != null && epoch.matches("\\d+") ? Instant.ofEpochSecond(Long.parseLong(epoch))
                : build.meeting().date().atStartOfDay(ZoneOffset.UTC).toInstant();
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(at.toEpochMilli());
        return c;
    }

    /** 16 bytes of SHA-256: the trailer ID (both halves, as for a file never edited) and the XMP UUID. */
    private static byte[] identity(String seed) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(h, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UUID uuid(byte[] id) {
        ByteBuffer b = ByteBuffer.wrap(id);
        return new UUID(b.getLong(), b.getLong());
    }
}
