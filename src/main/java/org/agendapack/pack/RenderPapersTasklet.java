package org.agendapack.pack;

import org.agendapack.build.BuildContext;
import org.agendapack.build.BuildContexts;
import org.agendapack.build.StepSummary;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Renders the generated reports and Markdown documents of the agenda to PDF in the work folder. */
@Component
public class RenderPapersTasklet implements Tasklet {

    private final BuildContexts contexts;
    private final PaperRenderer papers;

    public RenderPapersTasklet(BuildContexts contexts, PaperRenderer papers) {
        this.contexts = contexts;
        this.papers = papers;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        var step = chunk.getStepContext().getStepExecution();
        BuildContext build = contexts.of(step);
        PaperRenderer.Rendered rendered = papers.render(build);
        StepSummary.put(step, rendered.papers() + " papers rendered, " + rendered.pages() + " pages");
        return RepeatStatus.FINISHED;
    }
}
