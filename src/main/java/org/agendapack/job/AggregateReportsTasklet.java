package org.agendapack.job;

import org.agendapack.report.GeneratedReport;
import org.agendapack.report.ReportCatalogue;
import org.agendapack.run.BuildContext;
import org.agendapack.run.StepSummary;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Aggregates the staged data of every report on the agenda into its report tables (SQL). */
@Component
public class AggregateReportsTasklet implements Tasklet {

    private final BuildContext build;
    private final ReportCatalogue reports;

    public AggregateReportsTasklet(BuildContext build, ReportCatalogue reports) {
        this.build = build;
        this.reports = reports;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        var step = chunk.getStepContext().getStepExecution();
        var used = reports.usedBy(build.meeting());
        for (GeneratedReport report : used) {
            report.aggregate(build);
        }
        StepSummary.put(step, used.stream().map(GeneratedReport::key).toList().toString());
        return RepeatStatus.FINISHED;
    }
}
