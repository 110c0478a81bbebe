package org.agendapack.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PDFs opened and parsed whole on threads of their own, in the order asked, while the caller lays out and merges
 * the ones before: PDFBox parses a document's objects when they are first used, which made parsing a third of
 * the pack's assembly on one core. A document is handed over parsed, and used by one thread at a time.
 */
final class ReadAhead implements AutoCloseable {

    /** Opens a PDF. */
    interface Opener {
        PDDocument open(Path file) throws IOException;
    }

    private final ExecutorService threads;
    private final Opener opener;
    private final List<PDDocument> opened;
    private final List<Future<PDDocument>> reads = new ArrayList<>();

    /** Reads with {@code opener} on {@code threads} threads; every document read is added to {@code opened}. */
    ReadAhead(int threads, Opener opener, List<PDDocument> opened) {
        this.threads = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pack-read-ahead");
            t.setDaemon(true);
            return t;
        });
        this.opener = opener;
        this.opened = opened;
    }

    /** Starts reading the file. */
    Future<PDDocument> read(Path file) {
        Future<PDDocument> read = threads.submit(() -> {
            PDDocument doc = opener.open(file);
            synchronized (opened) {
                opened.add(doc);
            }
            parseAll(doc);
            return doc;
        });
        reads.add(read);
        return read;
    }

    /** The document read, parsed. */
    static PDDocument get(Future<PDDocument> read) throws IOException {
        try {
            return read.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new UncheckedIOException(new IOException(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while reading the papers", e);
        }
    }

    /** Every object in the document's cross-reference table, parsed now rather than when first used. */
    private static void parseAll(PDDocument doc) {
        COSDocument cos = doc.getDocument();
        for (COSObjectKey key : new ArrayList<>(cos.getXrefTable().keySet())) {
            cos.getObjectFromPool(key).getObject();
        }
    }

    /** Cancels the reads not started and waits for those under way (what they opened is in {@code opened}). */
    @Override
    public void close() {
        for (Future<PDDocument> f : reads) {
            f.cancel(false);
        }
        threads.shutdown();
        try {
            threads.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
