package org.agendapack.pack;

import java.nio.file.Files;
import java.util.List;

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
        var pack = assembler.assemble(build, all, false, outbox.resolve(PACK));
        String summary = PACK + " " + pack.pages() + " pages";
        if (all.stream().anyMatch(PackPaper::exempt)) {
            var exempt = assembler.assemble(build, all, true, outbox.resolve(EXEMPT_PACK));
            summary += ", " + EXEMPT_PACK + " " + exempt.pages() + " pages";
        }
        // A report's own PDF is published only if some public item carries it: exempt papers stay exempt.
        // A report with sections is its main part and those of its sections the pack places.
        for (GeneratedReport report : reports.usedBy(build.meeting())) {
            var pdf = build.work("reports").resolve(report.fileName());
            boolean publicPaper = all.stream().anyMatch(p -> !p.exempt() && p.pdf().equals(pdf));
            if (publicPaper) {
                List<java.nio.file.Path> parts = papers.partsOf(build, report).stream()
                        .filter(part -> all.stream().anyMatch(p -> p.pdf().equals(part))).toList();
                assembler.finishStandalone(build, parts, outbox.resolve(report.fileName()),
                        all.stream().filter(p -> p.pdf().equals(pdf)).findFirst().orElseThrow().title());
            }
        }
        StepSummary.put(step, summary);
        return RepeatStatus.FINISHED;
    }
}
