package org.agendapack.pack;

import org.agendapack.render.Counts;
import org.agendapack.run.BuildContext;
import org.agendapack.run.StepSummary;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Renders the generated reports and Markdown documents of the agenda to PDF in the work folder. */
@Component
public class RenderPapersTasklet implements Tasklet {

    private final BuildContext build;
    private final PaperRenderer papers;

    public RenderPapersTasklet(BuildContext build, PaperRenderer papers) {
        this.build = build;
        this.papers = papers;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        var step = chunk.getStepContext().getStepExecution();
        PaperRenderer.Rendered rendered = papers.render(build);
        StepSummary.put(step, Counts.of(rendered.papers(), "paper") + " rendered, "
                + Counts.of(rendered.pages(), "page"));
        return RepeatStatus.FINISHED;
    }
}
