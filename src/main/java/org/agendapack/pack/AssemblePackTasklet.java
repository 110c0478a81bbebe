package org.agendapack.pack;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
        BuildContext inPool = BuildContext.unscoped(build); // the pool's threads are outside the job's scope
        List<PackPaper> all = papers.papers(inPool);
        // The packs and the reports' own PDFs are independent files: made side by side, one per core. The
        // exempt pack follows the public one in the same task (they share the blank page it renders).
        List<Callable<String>> tasks = new ArrayList<>();
        tasks.add(() -> {
            var pack = assembler.assemble(inPool, all, false, outbox.resolve(PACK));
            String summary = PACK + " " + pack.pages() + " pages";
            if (all.stream().anyMatch(PackPaper::exempt)) {
                var exempt = assembler.assemble(inPool, all, true, outbox.resolve(EXEMPT_PACK));
                summary += ", " + EXEMPT_PACK + " " + exempt.pages() + " pages";
            }
            return summary;
        });
        // A report's own PDF is published only if some public item carries it: exempt papers stay exempt.
        // A report with sections is its main part and those of its sections the pack places.
        for (GeneratedReport report : reports.usedBy(inPool.meeting())) {
            var pdf = inPool.work("reports").resolve(report.fileName());
            boolean publicPaper = all.stream().anyMatch(p -> !p.exempt() && p.pdf().equals(pdf));
            if (publicPaper) {
                List<java.nio.file.Path> parts = papers.partsOf(inPool, report).stream()
                        .filter(part -> all.stream().anyMatch(p -> p.pdf().equals(part))).toList();
                String title = all.stream().filter(p -> p.pdf().equals(pdf)).findFirst().orElseThrow().title();
                tasks.add(() -> {
                    assembler.finishStandalone(inPool, parts, outbox.resolve(report.fileName()), title);
                    return null;
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(tasks.size(),
                Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()))));
        try {
            List<Future<String>> done = new ArrayList<>();
            for (Callable<String> t : tasks) {
                done.add(pool.submit(t));
            }
            String summary = null;
            for (Future<String> f : done) {
                String s = f.get();
                summary = summary == null ? s : summary;
            }
            StepSummary.put(step, summary);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return RepeatStatus.FINISHED;
    }
}
