package org.agendapack.pack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.agendapack.build.BuildContext;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Document information and identity derived from the inputs, never from the wall clock, so the same inputs
 * give byte-identical PDFs: dates from SOURCE_DATE_EPOCH when set, else the meeting date (00:00 UTC); the
 * document ID from the inputs' fingerprint and the file's name.
 */
public final class PdfFinish {

    private PdfFinish() {
    }

    public static void apply(PDDocument doc, BuildContext build, String fileName, String title, String subject) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setAuthor(build.meeting().committee());
        info.setCreator("agendapack");
        info.setProducer("agendapack (Apache PDFBox, openhtmltopdf)");
        Calendar when = timestamp(build);
        info.setCreationDate(when);
        info.setModificationDate(when);
        doc.setDocumentInformation(info);
        doc.getDocumentCatalog().setMetadata(null);
        String seed = build.fingerprint() + "/" + fileName;
        doc.setDocumentId(documentId(seed));
        // The file identifier in the trailer: PDFBox would otherwise derive it from the wall clock.
        COSString id = new COSString(java.util.Arrays.copyOf(sha256(seed), 16));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    static Calendar timestamp(BuildContext build) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        Instant at = epoch != null && epoch.matches("\\d+") ? Instant.ofEpochSecond(Long.parseLong(epoch))
                : build.meeting().date().atStartOfDay(ZoneOffset.UTC).toInstant();
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(at.toEpochMilli());
        return c;
    }

    private static long documentId(String seed) {
        byte[] h = sha256(seed);
        long id = 0;
        for (int i = 0; i < 8; i++) {
            id = (id << 8) | (h[i] & 0xff);
        }
        return id;
    }

    private static byte[] sha256(String seed) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
