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
import org.agendapack.AgendapackProperties;
import org.agendapack.build.BuildContext;
import org.agendapack.meeting.AgendaItem;
import org.agendapack.meeting.Meeting;
import org.agendapack.render.PdfRenderer;
import org.agendapack.render.UkDates;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
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

    private final PdfRenderer pdf;
    private final Path fontFile;

    public PackAssembler(PdfRenderer pdf, AgendapackProperties properties) {
        this.pdf = pdf;
        this.fontFile = properties.templates().resolve("fonts").resolve("LiberationSans-Regular.ttf");
    }

    /** Where each paper landed: pack page numbers (1 = first page after the agenda). */
    public record Placed(PackPaper paper, int firstPage, int lastPage) {
    }

    /**
     * The layout of one pack: the pages of each paper and each item's range, and whether every paper in it
     * claims PDF/A and is tagged (else the pack claims neither PDF/A nor PDF/UA).
     */
    public record Layout(List<Object> sequence, List<Placed> placed, Map<Integer, int[]> ranges, int pages,
            boolean conforms) {
    }

    /** A paper's PDF as the layout needs it: its pages and whether it may be merged into a conforming pack. */
    private record Part(int pages, boolean conforms) {
    }

    public record Assembled(Path file, int pages, int frontPages, Map<Integer, int[]> ranges, List<Placed> placed) {
    }

    public Assembled assemble(BuildContext build, List<PackPaper> papers, boolean exemptPack, Path target) {
        try {
            Path blank = blankPage(build);
            Layout layout = layout(papers, exemptPack, build.padding());
            Path front = build.work(exemptPack ? "front-exempt.pdf" : "front.pdf");
            int frontPages = pdf.render("front-sheet.ftlx", frontModel(build, layout, exemptPack), front).pages();
            List<Path> sources = new ArrayList<>();
            sources.add(front);
            if (build.padding() && frontPages % 2 == 1) {
                sources.add(blank);
                frontPages++;
            }
            for (Object s : layout.sequence()) {
                sources.add(s == BLANK ? blank : (Path) s);
            }
            // Merged in memory and finished before the one save: writing the merged pack and parsing it back cost
            // more than the merge itself. Sources stay open until then (the pack's pages still read from them).
            List<PDDocument> opened = new ArrayList<>();
            try (PDDocument merged = merge(sources, opened)) {
                finish(build, merged, target, frontPages, layout, exemptPack);
            } finally {
                for (PDDocument d : opened) {
                    d.close();
                }
            }
            return new Assembled(target, frontPages + layout.pages(), frontPages, layout.ranges(), layout.placed());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sources merged into one new document; {@code opened} gets the sources, to close after saving. */
    private static PDDocument merge(List<Path> sources, List<PDDocument> opened) throws IOException {
        PDDocument merged = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        PDFMergerUtility merger = new PDFMergerUtility();
        for (Path s : sources) {
            PDDocument source = Loader.loadPDF(s.toFile(), IOUtils.createTempFileOnlyStreamCache());
            opened.add(source);
            merger.appendDocument(merged, source);
        }
        return merged;
    }

    private static final Object BLANK = new Object();

    Layout layout(List<PackPaper> papers, boolean exemptPack, boolean padding) throws IOException {
        Map<Path, Part> parts = new HashMap<>();
        List<Object> sequence = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        Map<Integer, int[]> ranges = new LinkedHashMap<>();
        int next = 1;
        int currentItem = -1;
        for (PackPaper paper : papers) {
            if (paper.exempt() && !exemptPack) {
                continue;
            }
            if (paper.item() != currentItem) {
                currentItem = paper.item();
                if (padding && next % 2 == 0) {
                    sequence.add(BLANK);
                    next++;
                }
            }
            Part part = parts.computeIfAbsent(paper.pdf(), PackAssembler::part);
            int pages = part.pages();
            sequence.add(paper.pdf());
            placed.add(new Placed(paper, next, next + pages - 1));
            int[] range = ranges.computeIfAbsent(paper.item(), k -> new int[] { Integer.MAX_VALUE, 0 });
            range[0] = Math.min(range[0], next);
            range[1] = Math.max(range[1], next + pages - 1);
            next += pages;
        }
        boolean conforms = sequence.stream().filter(Path.class::isInstance).allMatch(p -> parts.get(p).conforms());
        return new Layout(sequence, placed, ranges, next - 1, conforms);
    }

    private Map<String, Object> frontModel(BuildContext build, Layout layout, boolean exemptPack) {
        Meeting meeting = build.meeting();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < meeting.items().size(); i++) {
            AgendaItem item = meeting.items().get(i);
            int[] range = layout.ranges().get(i + 1);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", i + 1);
            m.put("title", item.title());
            m.put("paragraphs", item.description() == null ? List.of() : List.of(item.description().split("\\n\\s*\\n")));
            m.put("pages", range == null ? "" : range[0] == range[1] ? Integer.toString(range[0]) : range[0] + " - " + range[1]);
            m.put("exempt", item.isExempt() ? "Exempt: paragraph " + item.exempt().paragraph()
                    + " of Part 1 of Schedule 12A to the Local Government Act 1972" : "");
            items.add(m);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("meeting", meeting);
        model.put("when", UkDates.DAY.format(meeting.date()) + (meeting.time() == null ? "" : " at " + clock(meeting)));
        model.put("items", items);
        model.put("exemptPack", exemptPack);
        model.put("profile", build.profile());
        return model;
    }

    /** "6.30 pm", as councils write it. */
    private static String clock(Meeting m) {
        int h = m.time().getHour();
        int hour12 = h % 12 == 0 ? 12 : h % 12;
        return hour12 + "." + String.format("%02d", m.time().getMinute()) + (h < 12 ? " am" : " pm");
    }

    private void finish(BuildContext build, PDDocument doc, Path target, int frontPages, Layout layout, boolean exemptPack)
            throws IOException {
        PDFont font = PDType0Font.load(doc, fontFile.toFile());
        boolean[] exemptPage = new boolean[doc.getNumberOfPages()];
        for (Placed p : layout.placed()) {
            if (p.paper().exempt()) {
                for (int n = p.firstPage(); n <= p.lastPage(); n++) {
                    exemptPage[frontPages + n - 1] = true;
                }
            }
        }
        for (int i = frontPages; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            stamp(doc, page, font, "Page " + (i - frontPages + 1), exemptPage[i] ? NOT_FOR_PUBLICATION : null);
        }
        // A rendered appendix shows its label in its own text; a supplied PDF gets it stamped on its first page.
        for (Placed p : layout.placed()) {
            if (p.paper().appendix() && !p.paper().pdf().startsWith(build.workDir())) {
                stampLabel(doc, doc.getPage(frontPages + p.firstPage() - 1), font, p.paper().label());
            }
        }
        Map<Path, Integer> firstPages = new HashMap<>();
        for (Placed p : layout.placed()) {
            firstPages.putIfAbsent(p.paper().pdf(), frontPages + p.firstPage() - 1);
        }
        PlaceLinks.resolve(doc, PaperRenderer.places(build), build.workDir(), firstPages);
        outline(doc, build.meeting(), layout, frontPages);
        doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
        PackStructure.tidy(doc);
        Meeting m = build.meeting();
        PdfFinish.apply(doc, build, target.getFileName().toString(),
                m.committee() + " – " + UkDates.DAY.format(m.date()) + (exemptPack ? " – exempt papers" : ""),
                exemptPack ? "Agenda pack including exempt papers: NOT FOR PUBLICATION" : "Agenda pack",
                layout.conforms());
        Files.createDirectories(target.getParent());
        doc.save(target.toFile());
    }

    private void outline(PDDocument doc, Meeting meeting, Layout layout, int frontPages) {
        PDDocumentOutline outline = new PDDocumentOutline();
        outline.addLast(bookmark(doc, "Front sheet and agenda", 0));
        PDOutlineItem current = null;
        int currentItem = -1;
        for (Placed p : layout.placed()) {
            int pageIndex = frontPages + p.firstPage() - 1;
            if (p.paper().item() != currentItem) {
                currentItem = p.paper().item();
                current = bookmark(doc, currentItem + ". " + meeting.items().get(currentItem - 1).title(), pageIndex);
                outline.addLast(current);
            }
            if (p.paper().appendix()) {
                current.addLast(bookmark(doc, p.paper().bookmark(), pageIndex));
                current.openNode();
            }
        }
        outline.openNode();
        doc.getDocumentCatalog().setDocumentOutline(outline);
    }

    private static PDOutlineItem bookmark(PDDocument doc, String title, int pageIndex) {
        PDPageFitDestination dest = new PDPageFitDestination();
        dest.setPage(doc.getPage(pageIndex));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(dest);
        return item;
    }

    /**
     * Draws the page number at the foot (and a marking at the head) of an existing page, each as a pagination
     * artifact: a screen reader reads the papers, not the furniture the pack adds to every page.
     */
    static void stamp(PDDocument doc, PDPage page, PDFont font, String footer, String header) throws IOException {
        PDRectangle box = page.getCropBox();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            float size = 9;
            float width = font.getStringWidth(footer) / 1000 * size;
            cs.beginMarkedContent(COSName.ARTIFACT, pagination("Footer"));
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2, box.getLowerLeftY() + 20);
            cs.showText(footer);
            cs.endText();
            cs.endMarkedContent();
            if (header != null) {
                float hsize = 12;
                float hwidth = font.getStringWidth(header) / 1000 * hsize;
                cs.beginMarkedContent(COSName.ARTIFACT, pagination("Header"));
                cs.beginText();
                cs.setFont(font, hsize);
                cs.setNonStrokingColor(0.75f, 0f, 0f);
                cs.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - hwidth) / 2, box.getUpperRightY() - 22);
                cs.showText(header);
                cs.endText();
                cs.endMarkedContent();
            }
        }
    }

    /** An appendix label at the head of a supplied PDF's first page, right-aligned, as a pagination artifact. */
    static void stampLabel(PDDocument doc, PDPage page, PDFont font, String label) throws IOException {
        PDRectangle box = page.getCropBox();
        float size = 12;
        float width = font.getStringWidth(label) / 1000 * size;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            cs.beginMarkedContent(COSName.ARTIFACT, pagination("Header"));
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(box.getUpperRightX() - 36 - width, box.getUpperRightY() - 26);
            cs.showText(label);
            cs.endText();
            cs.endMarkedContent();
        }
    }

    private static PDPropertyList pagination(String subtype) {
        COSDictionary properties = new COSDictionary();
        properties.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
        properties.setItem(COSName.SUBTYPE, COSName.getPDFName(subtype));
        return PDPropertyList.create(properties);
    }

    /**
     * Stamps "Page N of M" on a report's own PDF (its parts merged, when it has sections) and gives it its
     * document information.
     */
    public void finishStandalone(BuildContext build, List<Path> parts, Path target, String title) {
        List<PDDocument> opened = new ArrayList<>();
        try (PDDocument doc = parts.size() == 1 ? Loader.loadPDF(parts.get(0).toFile(), IOUtils.createTempFileOnlyStreamCache())
                : merge(parts, opened)) {
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
                stamp(doc, doc.getPage(i), font, "Page " + (i + 1) + " of " + total, null);
            }
            PdfFinish.apply(doc, build, target.getFileName().toString(), title, build.meeting().committee(),
                    ConformanceClaim.shortfalls(doc).isEmpty());
            Files.createDirectories(target.getParent());
            doc.save(target.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (PDDocument d : opened) {
                try {
                    d.close();
                } catch (IOException e) {
                    // closing a source read only to merge; the report is saved
                }
            }
        }
    }

    private Path blankPage(BuildContext build) {
        Path blank = build.work("blank.pdf");
        if (!Files.exists(blank)) {
            pdf.render("blank-page.ftlx", Map.of("text", BLANK_PAGE_TEXT), blank);
        }
        return blank;
    }

    private static Part part(Path file) {
        try (PDDocument d = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            return new Part(d.getNumberOfPages(), ConformanceClaim.shortfalls(d).isEmpty());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
