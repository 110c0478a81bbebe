package org.agendapack.build;

import java.nio.file.Files;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Reads and checks meeting.json (a broken meeting stops the build at once with all its problems) and
 * prepares an empty work folder for the build.
 */
@Component
public class LoadMeetingTasklet implements Tasklet {

    private final BuildContexts contexts;

    public LoadMeetingTasklet(BuildContexts contexts) {
        this.contexts = contexts;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        var step = chunk.getStepContext().getStepExecution();
        BuildContext build = contexts.of(step);
        FileSystemUtils.deleteRecursively(build.workDir());
        Files.createDirectories(build.workDir());
        var m = build.meeting();
        StepSummary.put(step, m.committee().length() > 40 ? m.committee().substring(0, 39) + "…, " + m.date()
                : m.committee() + ", " + m.date());
        return RepeatStatus.FINISHED;
    }
}
