package org.agendapack.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.agendapack.build.BuildContext;
import org.agendapack.meeting.AgendaItem;
import org.agendapack.meeting.Paper;
import org.agendapack.render.DocumentRenderer;
import org.agendapack.report.ReportCatalogue;
import org.springframework.stereotype.Component;

/**
 * Turns every paper on the agenda into a PDF in the build's work folder: generated reports are rendered from
 * their report tables, Markdown documents in the house style, and supplied PDFs are copied without their
 * active content ({@link ActiveContent}).
 */
@Component
public class PaperRenderer {

    private final ReportCatalogue reports;
    private final DocumentRenderer documents;

    public PaperRenderer(ReportCatalogue reports, DocumentRenderer documents) {
        this.reports = reports;
        this.documents = documents;
    }

    /** The papers in agenda order with the PDF each is (or will be) rendered to. */
    public List<PackPaper> papers(BuildContext build) {
        List<PackPaper> papers = new ArrayList<>();
        List<AgendaItem> items = build.meeting().items();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            List<Paper> ofItem = item.papers();
            for (int p = 0; p < ofItem.size(); p++) {
                boolean appendix = !(p == 0 && item.paper() != null);
                papers.add(new PackPaper(i + 1, ofItem.get(p).title(), appendix, item.isExempt(), pdfOf(build, ofItem.get(p))));
            }
        }
        return papers;
    }

    /** How many papers were rendered, and their pages. */
    public record Rendered(int papers, int pages) {
    }

    /** Renders every generated report and Markdown document on the agenda, each once. */
    public Rendered render(BuildContext build) {
        Map<Path, Paper> toRender = new LinkedHashMap<>();
        for (AgendaItem item : build.meeting().items()) {
            for (Paper paper : item.papers()) {
                if (!paper.isSuppliedPdf()) {
                    toRender.putIfAbsent(pdfOf(build, paper), paper);
                } else {
                    SuppliedPdf.copyWithoutActiveContent(build.folder().document(paper.document()), pdfOf(build, paper));
                }
            }
        }
        // Papers are independent: render them side by side, one per core (the renderer is single-threaded).
        int threads = Math.max(1, Math.min(toRender.size(), Math.min(4, Runtime.getRuntime().availableProcessors())));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (Map.Entry<Path, Paper> e : toRender.entrySet()) {
                done.add(pool.submit(() -> renderOne(build, e.getValue(), e.getKey())));
            }
            int pages = 0;
            for (Future<Integer> f : done) {
                pages += f.get();
            }
            return new Rendered(toRender.size(), pages);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rendering", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private Path pdfOf(BuildContext build, Paper paper) {
        if (paper.report() != null) {
            return build.work("reports").resolve(reports.get(paper.report()).fileName());
        }
        Path source = build.folder().document(paper.document());
        if (paper.isSuppliedPdf()) {
            // The pack merges a copy without active content, never the supplied file itself.
            return build.work("supplied").resolve(build.folder().relative(source).replace('/', '_'));
        }
        return build.work("documents").resolve(build.folder().relative(source).replace('/', '_') + ".pdf");
    }

    private int renderOne(BuildContext build, Paper paper, Path target) {
        try {
            Files.createDirectories(target.getParent());
            return paper.report() != null ? reports.get(paper.report()).render(build, target)
                    : documents.render(build.folder().document(paper.document()), paper.title(), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
