package org.agendapack.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import org.agendapack.settings.AgendapackProperties;
import org.agendapack.run.BuildContext;
import org.agendapack.meeting.Meeting;
import org.agendapack.render.ArtifactProperties;
import org.agendapack.render.PdfRenderer;
import org.agendapack.render.RenderedDocuments;
import org.agendapack.render.UkDates;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Assembles the agenda pack: front sheet and agenda (unnumbered), then each item's papers in agenda order,
 * every item starting on a right-hand (odd) page, pages numbered continuously after the agenda, one bookmark
 * per item with its appendices nested. The agenda's page ranges come from this layout, so they are true.
 */
@Component
public class PackAssembler {

    public static final String BLANK_PAGE_TEXT = "This page is intentionally left blank";
    public static final String NOT_FOR_PUBLICATION = "NOT FOR PUBLICATION";

    /** Threads reading the papers ahead of the merge: the second core, shared with the reports' own PDFs. */
    private static final int READERS = 2;

    private final PdfRenderer pdf;
    private final Path fontFile;
    private final Path boldFontFile;

    public PackAssembler(PdfRenderer pdf, AgendapackProperties properties) {
        this.pdf = pdf;
        this.fontFile = properties.templates().resolve("fonts").resolve("LiberationSans-Regular.ttf");
        this.boldFontFile = properties.templates().resolve("fonts").resolve("LiberationSans-Bold.ttf");
    }

    /** A paper's PDF as the layout needs it: its pages and whether it may be merged into a conforming pack. */
    private record Part(int pages, boolean conforms) {
        static Part of(PDDocument paper) {
            return new Part(paper.getNumberOfPages(), ConformanceClaim.shortfalls(paper).isEmpty());
        }
    }

    /** An assembled pack: its file, its pages, its front matter's pages, and where each paper went. */
    public record Assembled(Path file, int pages, int frontPages, PageLayout layout) {
    }

    public Assembled assemble(BuildContext build, List<PackPaper> papers, boolean exemptPack, Path target) {
        // Each paper is opened once, ahead (ReadAhead; as rendered, when this process rendered it): for its pages
        // and claims, then merged; all stay open until the pack is saved (its pages still read from them).
        List<PDDocument> opened = new ArrayList<>();
        try (ReadAhead reader = new ReadAhead(READERS, papers(build), opened)) {
            Path blank = blankPage(build);
            Map<Path, Future<PDDocument>> read = new LinkedHashMap<>();
            for (PackPaper p : papers) {
                read.computeIfAbsent(p.pdf(), reader::read);
            }
            Map<Path, Part> parts = new HashMap<>();
            for (var e : read.entrySet()) {
                parts.put(e.getKey(), Part.of(ReadAhead.get(e.getValue())));
            }
            PageLayout layout = PageLayout.of(papers, pdf -> parts.get(pdf).pages(), exemptPack, build.padding());
            // A pack claims PDF/A and PDF/UA only if every paper in it does.
            boolean conforms = layout.placed().stream().allMatch(p -> parts.get(p.paper().pdf()).conforms());
            Path front = build.work(exemptPack ? "front-exempt.pdf" : "front.pdf");
            int frontPages = pdf.render("front-sheet.ftlx", FrontSheet.model(build, layout, exemptPack), front,
                    build.rendered()).pages();
            List<Path> sources = new ArrayList<>();
            sources.add(front);
            if (build.padding() && frontPages % 2 == 1) {
                sources.add(blank);
                frontPages++;
            }
            for (PageLayout.Slot s : layout.sequence()) {
                sources.add(s instanceof PageLayout.Slot.Paper paper ? paper.pdf() : blank);
            }
            // Merged in memory and finished before the one save: writing the merged pack and parsing it back cost
            // more than the merge itself.
            try (PDDocument merged = merge(sources, read, reader)) {
                finish(build, merged, target, frontPages, layout, exemptPack, conforms);
            }
            return new Assembled(target, frontPages + layout.pages(), frontPages, layout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeAll(opened);
        }
    }

    private static void closeAll(List<PDDocument> opened) {
        for (PDDocument d : opened) {
            try {
                d.close();
            } catch (IOException e) {
                // a paper read only to be merged; the pack is saved (or the build has failed already)
            }
        }
    }

    /**
     * The sources merged into one new document, in order, each read once ({@code read}: those read already)
     * however often it occurs: the merge copies what it appends, so the blank page is read once, not once a gap.
     */
    private static PDDocument merge(List<Path> sources, Map<Path, Future<PDDocument>> read, ReadAhead reader)
            throws IOException {
        List<Future<PDDocument>> reads = new ArrayList<>();
        for (Path s : sources) {
            reads.add(read.computeIfAbsent(s, reader::read));
        }
        PDDocument merged = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        try {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (Future<PDDocument> source : reads) {
                merger.appendDocument(merged, ReadAhead.get(source));
            }
            return merged;
        } catch (IOException | RuntimeException e) {
            merged.close();
            throw e;
        }
    }

    /**
     * Opens a paper: the document this process rendered, still open, if nobody has taken it yet (the pack and a
     * report's own PDF may both want a report: one gets the document, the other reads the file, and both make
     * the same bytes either way); else the file, as a restarted build does.
     */
    private static ReadAhead.Opener papers(BuildContext build) {
        RenderedDocuments rendered = BuildContext.unscoped(build).rendered(); // opened outside the job's scope
        return file -> {
            Optional<PDDocument> kept = rendered.take(file);
            return kept.isPresent() ? kept.get() : load(file);
        };
    }

    private static PDDocument load(Path file) throws IOException {
        try {
            return PdfFiles.open(file);
        } catch (IOException e) {
            throw new IOException("Cannot read " + file, e);
        }
    }

    private void finish(BuildContext build, PDDocument doc, Path target, int frontPages, PageLayout layout,
            boolean exemptPack, boolean conforms) throws IOException {
        PDFont font = PDType0Font.load(doc, fontFile.toFile());
        boolean[] exemptPage = new boolean[doc.getNumberOfPages()];
        for (PageLayout.Placed p : layout.placed()) {
            if (p.paper().exempt()) {
                for (int n = p.pages().first(); n <= p.pages().last(); n++) {
                    exemptPage[frontPages + n - 1] = true;
                }
            }
        }
        for (int i = frontPages; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            PageStamps.stamp(doc, page, font, "Page " + (i - frontPages + 1), exemptPage[i] ? NOT_FOR_PUBLICATION : null);
        }
        // A rendered appendix shows its label in its own text; a supplied PDF gets it stamped on its first page,
        // bold like the rendered ones.
        PDFont bold = null;
        for (PageLayout.Placed p : layout.placed()) {
            if (p.paper().appendix() && p.paper().supplied()) {
                bold = bold != null ? bold : PDType0Font.load(doc, boldFontFile.toFile());
                PageStamps.label(doc, doc.getPage(frontPages + p.firstPage() - 1), bold, p.paper().label());
            }
        }
        Map<Path, Integer> firstPages = new HashMap<>();
        for (PageLayout.Placed p : layout.placed()) {
            firstPages.putIfAbsent(p.paper().pdf(), frontPages + p.firstPage() - 1);
        }
        PlaceLinks.resolve(doc, PaperRenderer.places(build), build.workDir(), firstPages);
        doc.getDocumentCatalog().setDocumentOutline(PackOutline.of(doc, build.meeting(), layout, frontPages));
        doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
        PackStructure.tidy(doc);
        Meeting m = build.meeting();
        PdfFinish.apply(doc, build, target.getFileName().toString(),
                m.committee() + " – " + UkDates.DAY.format(m.date()) + (exemptPack ? " – exempt papers" : ""),
                exemptPack ? "Agenda pack including exempt papers: NOT FOR PUBLICATION" : "Agenda pack",
                conforms);
        ArtifactProperties.inline(doc);
        Files.createDirectories(target.getParent());
        doc.save(target.toFile());
    }

    /**
     * Stamps "Page N of M" on a report's own PDF (its parts merged, when it has sections) and gives it its
     * document information.
     */
    public void finishStandalone(BuildContext build, List<Path> parts, Path target, String title) {
        List<PDDocument> opened = new ArrayList<>();
        ReadAhead.Opener part = papers(build);
        try (ReadAhead reader = new ReadAhead(1, part, opened);
                PDDocument doc = parts.size() == 1 ? part.open(parts.get(0)) : merge(parts, new HashMap<>(), reader)) {
            if (parts.size() > 1) {
                PackStructure.tidy(doc);
            }
            Map<Path, Integer> firstPages = new HashMap<>();
            int first = 0;
            for (int i = 0; i < parts.size(); i++) {
                firstPages.putIfAbsent(parts.get(i), first);
                first += opened.isEmpty() ? doc.getNumberOfPages() : opened.get(i).getNumberOfPages();
            }
            PlaceLinks.resolve(doc, PaperRenderer.places(build), build.workDir(), firstPages);
            PDFont font = PDType0Font.load(doc, fontFile.toFile());
            int total = doc.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                PageStamps.stamp(doc, doc.getPage(i), font, "Page " + (i + 1) + " of " + total, null);
            }
            PdfFinish.apply(doc, build, target.getFileName().toString(), title, build.meeting().committee(),
                    ConformanceClaim.shortfalls(doc).isEmpty());
            ArtifactProperties.inline(doc);
            Files.createDirectories(target.getParent());
            doc.save(target.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeAll(opened);
        }
    }

    private Path blankPage(BuildContext build) {
        Path blank = build.work("blank.pdf");
        if (!Files.exists(blank)) {
            pdf.render("blank-page.ftlx", Map.of("text", BLANK_PAGE_TEXT), blank, build.rendered());
        }
        return blank;
    }

    /** A PDF's number of pages. */
    static int pages(Path file) {
        try (PDDocument d = load(file)) {
            return d.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
