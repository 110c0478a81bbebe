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
import java.util.function.ToIntFunction;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.agendapack.run.BuildContext;
import org.agendapack.run.JobDatabase;
import org.agendapack.meeting.AgendaItem;
import org.agendapack.meeting.Paper;
import org.agendapack.report.CoverSheet;
import org.agendapack.report.ItemAppendices;
import org.agendapack.report.PaperPart;
import org.agendapack.report.GeneratedReport;
import org.agendapack.report.ReportCatalogue;
import org.agendapack.report.ReportSection;
import org.agendapack.render.PdfRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns every paper on the agenda into a PDF in the build's work folder: generated reports are rendered from
 * their report tables, Markdown documents in the house style, and supplied PDFs are copied without their
 * active content ({@link ActiveContent}).
 */
@Component
public class PaperRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(PaperRenderer.class);

    private final ReportCatalogue reports;
    private final DocumentRenderer documents;

    public PaperRenderer(ReportCatalogue reports, DocumentRenderer documents) {
        this.reports = reports;
        this.documents = documents;
    }

    /** The papers in agenda order with the PDF each is (or will be) rendered to. */
    public List<PackPaper> papers(BuildContext build) {
        return schedule(build).stream().map(Scheduled::paper).toList();
    }

    /** A paper of the pack, and what to render into its PDF. */
    private record Scheduled(PackPaper paper, Paper source, PaperPart part) {
    }

    private List<Scheduled> schedule(BuildContext build) {
        List<Scheduled> all = new ArrayList<>();
        List<AgendaItem> items = build.meeting().items();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            List<ItemAppendices.Appendix> appendices = ItemAppendices.of(item, reports, build.profile());
            Paper own = item.paper();
            if (own != null) {
                CoverSheet cover = item.cover() == null ? null : CoverSheet.of(build.meeting(), item, appendices);
                all.add(new Scheduled(new PackPaper(i + 1, item.title(), null, item.isExempt(), own.isSuppliedPdf(),
                        pdfOf(build, own)),
                        own, new PaperPart(null, null, cover, appendices)));
            }
            for (ItemAppendices.Appendix a : appendices) {
                all.add(new Scheduled(new PackPaper(i + 1, a.title(), a.label(), item.isExempt(),
                        a.paper().isSuppliedPdf(), pdfOf(build, a.paper())),
                        a.paper(), new PaperPart(a.paper().section(), a.label(), null, List.of())));
            }
        }
        return all;
    }

    /** How many papers were rendered, and their pages. */
    public record Rendered(int papers, int pages) {
    }

    /** The file beside the rendered papers that says where each place of the pack landed in its paper. */
    public static final String PLACES = "places.json";
    /** Enough for any pack: each pass only settles page numbers that moved a paper's length. */
    private static final int MAX_PASSES = 4;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Where a place landed: in which paper's PDF, its page there (0-based), and the top of its heading. */
    public record Place(String pdf, int page, float top) {
    }

    /**
     * Renders every generated report and Markdown document on the agenda, each once; then, while papers refer
     * to places, again with the pages the pack's layout gives those places, until the pages no longer move.
     */
    public Rendered render(BuildContext build) {
        List<Scheduled> scheduled = schedule(build);
        Map<Path, Scheduled> toRender = new LinkedHashMap<>();
        Map<Path, Path> toCopy = new LinkedHashMap<>();
        for (Scheduled s : scheduled) {
            if (!s.source().isSuppliedPdf()) {
                toRender.putIfAbsent(s.paper().pdf(), s);
            } else {
                toCopy.put(s.paper().pdf(), build.folder().document(s.source().document()));
            }
        }
        // The pages the last build of this meeting gave its places: usually still right, so one pass suffices.
        Map<String, Integer> pages = lastPages(build);
        build.pages(pages);
        Map<Path, PdfRenderer.Rendered> results = renderAll(build, toRender.values(), toCopy);
        Map<Path, Integer> suppliedPages = new HashMap<>();
        for (int pass = 1; pass < MAX_PASSES && results.values().stream().anyMatch(PdfRenderer.Rendered::references); pass++) {
            Map<String, Integer> laidOut = placePages(build, scheduled, results, suppliedPages);
            if (laidOut.equals(pages)) {
                break;
            }
            Map<String, Integer> printed = pages;
            LOG.debug("Pass {}: {} place(s) landed on other pages than the papers printed; rendering those papers again",
                    pass, laidOut.entrySet().stream().filter(e -> !e.getValue().equals(printed.get(e.getKey()))).count());
            pages = laidOut;
            build.pages(pages);
            results.putAll(renderAll(build, toRender.values().stream()
                    .filter(s -> results.get(s.paper().pdf()).references()).toList(), Map.of()));
        }
        rememberPages(build, pages);
        writePlaces(build, scheduled, results);
        return new Rendered(toRender.size(), results.values().stream().mapToInt(PdfRenderer.Rendered::pages).sum());
    }

    /** Where the last build of the meeting remembered its places' pages (beside its job database). */
    private static Path pagesFile(BuildContext build) {
        return JobDatabase.folder(build.outputDir().getParent(), build.meetingId()).resolve("place-pages.json");
    }

    private static Map<String, Integer> lastPages(BuildContext build) {
        Path file = pagesFile(build);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            Map<String, Integer> pages = new HashMap<>();
            JSON.readTree(file.toFile()).properties().forEach(e -> pages.put(e.getKey(), e.getValue().asInt()));
            return pages;
        } catch (RuntimeException e) {
            return Map.of(); // only a head start: without it the pages take one more pass
        }
    }

    private static void rememberPages(BuildContext build, Map<String, Integer> pages) {
        try {
            Files.createDirectories(pagesFile(build).getParent());
            JSON.writeValue(pagesFile(build).toFile(), new java.util.TreeMap<>(pages));
        } catch (IOException | RuntimeException e) {
            // only a head start for the next build
        }
    }

    /** The places of the pack, by id, as the last render left them (read back by the assemble step). */
    public static Map<String, Place> places(BuildContext build) {
        Path file = build.work(PLACES);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Map<String, Place> places = new LinkedHashMap<>();
        JSON.readTree(file.toFile()).properties().forEach(e -> places.put(e.getKey(),
                JSON.treeToValue(e.getValue(), Place.class)));
        return places;
    }

    /** Each place's page in the public pack: its paper's first page there plus its page in the paper. */
    private static Map<String, Integer> placePages(BuildContext build, List<Scheduled> scheduled,
            Map<Path, PdfRenderer.Rendered> results, Map<Path, Integer> suppliedPages) {
        Map<String, Integer> pages = new HashMap<>();
        List<PackPaper> papers = scheduled.stream().map(Scheduled::paper).toList();
        // Rendered papers' page counts are known; a supplied PDF's from its copy, still open (read only after a
        // restart), once.
        ToIntFunction<Path> pageCount = pdf -> results.containsKey(pdf) ? results.get(pdf).pages()
                : suppliedPages.computeIfAbsent(pdf,
                        f -> build.rendered().pages(f).orElseGet(() -> PackAssembler.pages(f)));
        for (PageLayout.Placed p : PageLayout.of(papers, pageCount, false, build.padding()).placed()) {
            PdfRenderer.Rendered r = results.get(p.paper().pdf());
            if (r != null) {
                r.anchors().forEach((id, a) -> pages.putIfAbsent(id, p.firstPage() + a.page()));
            }
        }
        return pages;
    }

    private static void writePlaces(BuildContext build, List<Scheduled> scheduled, Map<Path, PdfRenderer.Rendered> results) {
        Map<String, Place> places = new LinkedHashMap<>();
        for (Scheduled s : scheduled) {
            PdfRenderer.Rendered r = results.get(s.paper().pdf());
            if (r != null) {
                String pdf = build.workDir().relativize(s.paper().pdf()).toString();
                r.anchors().forEach((id, a) -> places.putIfAbsent(id, new Place(pdf, a.page(), a.top())));
            }
        }
        JSON.writeValue(build.work(PLACES).toFile(), places);
    }

    /**
     * Papers are independent: render them side by side, one per core (the renderer is single-threaded), and copy
     * the supplied PDFs ({@code toCopy}: copy, source) without their active content meanwhile.
     */
    private Map<Path, PdfRenderer.Rendered> renderAll(BuildContext build, java.util.Collection<Scheduled> papers,
            Map<Path, Path> toCopy) {
        int tasks = papers.size() + toCopy.size();
        int threads = Math.max(1, Math.min(tasks, Math.min(4, Runtime.getRuntime().availableProcessors())));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        BuildContext inPool = BuildContext.unscoped(build); // the pool's threads are outside the job's scope
        try {
            Map<Path, Future<PdfRenderer.Rendered>> done = new LinkedHashMap<>();
            for (Scheduled s : papers) {
                done.put(s.paper().pdf(), pool.submit(() -> renderOne(inPool, s)));
            }
            List<Future<?>> copied = new ArrayList<>();
            toCopy.forEach((target, source) -> copied.add(pool.submit(
                    () -> SuppliedPdf.copyWithoutActiveContent(source, target, inPool.rendered()))));
            Map<Path, PdfRenderer.Rendered> results = new LinkedHashMap<>();
            for (var e : done.entrySet()) {
                results.put(e.getKey(), e.getValue().get());
            }
            for (Future<?> c : copied) {
                c.get();
            }
            return results;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rendering", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A report's PDFs: its main part, then its sections in the report's order. */
    public List<Path> partsOf(BuildContext build, GeneratedReport report) {
        List<Path> parts = new ArrayList<>();
        parts.add(pdfOf(build, Paper.of(null, null, report.key())));
        for (ReportSection s : report.sections(build.profile())) {
            parts.add(pdfOf(build, new Paper(null, null, report.key(), s.key(), null)));
        }
        return parts;
    }

    /** Where a paper's PDF is: a report's main part as its file name, a section beside it. */
    Path pdfOf(BuildContext build, Paper paper) {
        if (paper.report() != null) {
            String file = reports.get(paper.report()).fileName();
            return build.work("reports").resolve(paper.section() == null ? file
                    : file.replaceAll("\\.pdf$", "") + "." + paper.section() + ".pdf");
        }
        Path source = build.folder().document(paper.document());
        if (paper.isSuppliedPdf()) {
            // The pack merges a copy without active content, never the supplied file itself.
            return build.work("supplied").resolve(build.folder().relative(source).replace('/', '_'));
        }
        return build.work("documents").resolve(build.folder().relative(source).replace('/', '_') + ".pdf");
    }

    private PdfRenderer.Rendered renderOne(BuildContext build, Scheduled s) {
        Paper paper = s.source();
        Path target = s.paper().pdf();
        try {
            Files.createDirectories(target.getParent());
            return paper.report() != null ? reports.get(paper.report()).render(build, s.part(), target)
                    : documents.render(build.folder().document(paper.document()), paper.title(), s.part(),
                            paper.document(), build.pages(), target, build.rendered());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
