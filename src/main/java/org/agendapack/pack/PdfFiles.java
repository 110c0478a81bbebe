package org.agendapack.pack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdfparser.PDFObjectStreamParser;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Opens PDF files as PDFBox's {@code Loader.loadPDF(file, temp-file cache)} does, with one index of the document's
 * object keys shared by the parsers of its object streams. PDFBox 3.0 gives each object stream's parser a key cache
 * of its own, filled from the whole cross-reference table the first time it looks a key up: a paper of n objects
 * in n/100 streams cost n²/100 map insertions (PDFBOX-6268, open). A tagged table of 195 pages has some 100,000
 * objects: reading it took longer than rendering it.
 */
final class PdfFiles {

    private PdfFiles() {
    }

    /** The file, parsed leniently (as Loader does), its new streams buffered in temporary files. */
    static PDDocument open(Path file) throws IOException {
        RandomAccessRead source = new RandomAccessReadBufferedFile(file.toFile());
        try {
            return new IndexedParser(source).parse();
        } catch (IOException | RuntimeException e) {
            IOUtils.closeQuietly(source);
            throw e;
        }
    }

    private static final class IndexedParser extends PDFParser {

        private final Map<Long, COSObjectKey> keys = new HashMap<>();
        private final Map<Long, Map<COSObjectKey, COSBase>> unpacked = new HashMap<>();
        private int indexed = -1;

        IndexedParser(RandomAccessRead source) throws IOException {
            super(source, "", null, null, IOUtils.createTempFileOnlyStreamCache());
        }

        @Override
        protected COSObjectKey getObjectKey(long num, int gen) {
            return key(num, gen);
        }

        /** The cross-reference table's own key (it carries the object's place in its stream), indexed once. */
        private COSObjectKey key(long num, int gen) {
            Map<COSObjectKey, Long> xref = document == null ? Map.of() : document.getXrefTable();
            if (xref.isEmpty()) {
                return new COSObjectKey(num, gen);
            }
            if (xref.size() != indexed) {
                for (COSObjectKey k : xref.keySet()) {
                    keys.putIfAbsent(k.getInternalHash(), k);
                }
                indexed = xref.size();
            }
            COSObjectKey found = keys.get(COSObjectKey.computeInternalHash(num, gen));
            return found != null ? found : new COSObjectKey(num, gen);
        }

        /** As COSParser's own: a stream is unpacked whole when one of its objects is first asked for. */
        @Override
        protected COSBase parseObjectStreamObject(long stream, COSObjectKey key) throws IOException {
            Map<COSObjectKey, COSBase> objects = unpacked.computeIfAbsent(stream, n -> new HashMap<>());
            COSBase object = objects.remove(key);
            if (object != null) {
                return object;
            }
            if (document.getObjectFromPool(key(stream, 0)).getObject() instanceof COSStream packed) {
                try {
                    Map<COSObjectKey, COSBase> all = new StreamParser(packed, document).parseAllObjects();
                    object = all.remove(key);
                    all.forEach(objects::putIfAbsent);
                } catch (IOException e) {
                    if (!isLenient()) {
                        throw e;
                    }
                }
            }
            return object;
        }

        /** An object stream's parser that looks keys up in the document's one index. */
        private final class StreamParser extends PDFObjectStreamParser {

            StreamParser(COSStream stream, COSDocument document) throws IOException {
                super(stream, document);
            }

            @Override
            protected COSObjectKey getObjectKey(long num, int gen) {
                return key(num, gen);
            }
        }
    }
}
