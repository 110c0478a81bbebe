package org.agendapack.pack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.agendapack.run.BuildContext;
import org.agendapack.run.StepSummary;
import org.agendapack.report.GeneratedReport;
import org.agendapack.report.ReportCatalogue;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Assembles the public agenda pack, the exempt pack when an item is exempt, and each generated report's own
 * PDF, into the build's outbox (work/out) for the publish step.
 */
@Component
public class AssemblePackTasklet implements Tasklet {

    public static final String PACK = "agenda-pack.pdf";
    public static final String EXEMPT_PACK = "agenda-pack-exempt.pdf";

    private final BuildContext build;
    private final PaperRenderer papers;
    private final PackAssembler assembler;
    private final ReportCatalogue reports;

    public AssemblePackTasklet(BuildContext build, PaperRenderer papers, PackAssembler assembler,
            ReportCatalogue reports) {
        this.build = build;
        this.papers = papers;
        this.assembler = assembler;
        this.reports = reports;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        var step = chunk.getStepContext().getStepExecution();
        var outbox = build.work("out");
        Files.createDirectories(outbox);
        List<PackPaper> all = papers.papers(build);
        // The reports' own PDFs are independent of the pack: finished on a second core meanwhile.
        ExecutorService beside = Executors.newSingleThreadExecutor();
        try {
            BuildContext unscoped = BuildContext.unscoped(build); // the other thread is outside the job's scope
            Future<?> reportsDone = beside.submit(() -> finishReports(unscoped, all, outbox));
            var pack = assembler.assemble(build, all, false, outbox.resolve(PACK));
            String summary = PACK + " " + pack.pages() + " pages";
            if (all.stream().anyMatch(PackPaper::exempt)) {
                var exempt = assembler.assemble(build, all, true, outbox.resolve(EXEMPT_PACK));
                summary += ", " + EXEMPT_PACK + " " + exempt.pages() + " pages";
            }
            reportsDone.get();
            StepSummary.put(step, summary);
            return RepeatStatus.FINISHED;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : new IllegalStateException(e.getCause());
        } finally {
            beside.shutdownNow();
        }
    }

    /**
     * A report's own PDF is published only if some public item carries it: exempt papers stay exempt. A report
     * with sections is its main part and those of its sections the pack places.
     */
    private void finishReports(BuildContext build, List<PackPaper> all, Path outbox) {
        for (GeneratedReport report : reports.usedBy(build.meeting())) {
            Path pdf = build.work("reports").resolve(report.fileName());
            boolean publicPaper = all.stream().anyMatch(p -> !p.exempt() && p.pdf().equals(pdf));
            if (publicPaper) {
                List<Path> parts = papers.partsOf(build, report).stream()
                        .filter(part -> all.stream().anyMatch(p -> p.pdf().equals(part))).toList();
                assembler.finishStandalone(build, parts, outbox.resolve(report.fileName()),
                        all.stream().filter(p -> p.pdf().equals(pdf)).findFirst().orElseThrow().title());
            }
        }
    }
}
