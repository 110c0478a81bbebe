package org.agendapack.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The PDFs this build wrote to its work folder in this process (papers, the front sheet, the blank page,
 * supplied PDFs' copies), kept open: the assemble step merges and finishes the documents themselves rather than
 * parsing back the files just written (for the 55-page KPI pack of bench/, parsing a report back was most of
 * finishing its own PDF). The files stay what a restarted build (another process, which finds none here) reads.
 * Each document is taken once, by whoever opens it first; those nobody takes are closed when the build ends.
 */
public final class RenderedDocuments implements AutoCloseable {

    private final Map<Path, PDDocument> open = new ConcurrentHashMap<>();

    /** The document just saved to {@code file}; one kept for the file before (an earlier pass) is closed. */
    public void keep(Path file, PDDocument document) {
        closeQuietly(open.put(file, document));
    }

    /** The document saved to {@code file}, for the caller to finish and close; empty if it was not kept. */
    public Optional<PDDocument> take(Path file) {
        return Optional.ofNullable(open.remove(file));
    }

    /** The number of pages of the document saved to {@code file}, if it is kept (it stays kept). */
    public Optional<Integer> pages(Path file) {
        PDDocument document = open.get(file);
        return document == null ? Optional.empty() : Optional.of(document.getNumberOfPages());
    }

    /** Closes the documents nobody took. */
    @Override
    public void close() {
        for (Path f : open.keySet()) {
            closeQuietly(open.remove(f));
        }
    }

    private static void closeQuietly(PDDocument document) {
        if (document != null) {
            try {
                document.close();
            } catch (IOException e) {
                // only memory and a scratch file: the PDF itself is saved
            }
        }
    }
}
