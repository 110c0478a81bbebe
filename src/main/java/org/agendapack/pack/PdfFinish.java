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
        doc.setDocumentId(documentId(build.fingerprint() + "/" + fileName));
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
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            long id = 0;
            for (int i = 0; i < 8; i++) {
                id = (id << 8) | (h[i] & 0xff);
            }
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
