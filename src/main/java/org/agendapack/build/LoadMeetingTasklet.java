package org.agendapack.build;

import java.nio.file.Files;

import org.agendapack.meeting.MeetingLoader;
import org.agendapack.problem.ProblemLog;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Reads and checks meeting.json (a broken meeting rejects the input at once, with all its problems) and
 * prepares an empty work folder for the build.
 */
@Component
public class LoadMeetingTasklet implements Tasklet {

    /** The problem log's name for meeting.json's problems. */
    public static final String DATASET = "meeting";

    private final BuildContexts contexts;
    private final ProblemLog problems;

    public LoadMeetingTasklet(BuildContexts contexts, ProblemLog problems) {
        this.contexts = contexts;
        this.problems = problems;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        var step = chunk.getStepContext().getStepExecution();
        long buildId = step.getJobExecution().getJobInstance().getInstanceId();
        MeetingLoader.Result loaded = contexts.start(step);
        problems.clear(buildId, DATASET);
        problems.record(buildId, DATASET, loaded.problems());
        if (loaded.hasErrors()) {
            Rejection.reject(contribution, step, loaded.problems());
            return RepeatStatus.FINISHED;
        }
        BuildContext build = contexts.of(step);
        FileSystemUtils.deleteRecursively(build.workDir());
        Files.createDirectories(build.workDir());
        var m = build.meeting();
        StepSummary.put(step, m.committee().length() > 40 ? m.committee().substring(0, 39) + "…, " + m.date()
                : m.committee() + ", " + m.date());
        return RepeatStatus.FINISHED;
    }
}
