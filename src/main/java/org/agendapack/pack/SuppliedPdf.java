package org.agendapack.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.agendapack.render.RenderedDocuments;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The copy of a supplied PDF that goes into a pack: the same bytes, or, if it had active content, without it. */
final class SuppliedPdf {

    private SuppliedPdf() {
    }

    /**
     * Writes the copy, and keeps the document read (what the copy holds) open in {@code kept} for the pack.
     *
     * @return what was removed (empty: the copy is the file byte for byte)
     */
    static List<String> copyWithoutActiveContent(Path source, Path target, RenderedDocuments kept) {
        try {
            Files.createDirectories(target.getParent());
            if (Files.isSymbolicLink(source)) {
                throw new IOException(source + " is a symbolic link; links are never followed");
            }
            PDDocument doc = PdfFiles.open(source);
            try {
                List<String> removed = ActiveContent.strip(doc);
                if (removed.isEmpty()) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
                } else {
                    doc.save(target.toFile());
                }
                kept.keep(target, doc);
                return removed;
            } catch (IOException | RuntimeException e) {
                doc.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the supplied PDF " + source + ": " + e.getMessage(), e);
        }
    }
}
