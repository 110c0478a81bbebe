package org.agendapack.job;

import java.nio.file.Files;
import java.util.List;

import org.agendapack.problem.Problem;
import org.agendapack.problem.ProblemLog;
import org.agendapack.run.BuildContext;
import org.agendapack.run.Rejection;
import org.agendapack.run.StepSummary;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Records what is wrong with meeting.json and its council profile (read with the build's context). A broken
 * meeting rejects the input at once, with all its problems, unless only the agenda's items, the logo or the
 * profile are wrong: then the datasets are checked too, and the validate step rejects the input with every
 * problem of both. Otherwise prepares an empty work folder.
 */
@Component
public class LoadMeetingTasklet implements Tasklet {

    /** The problem log's name for meeting.json's problems. */
    public static final String DATASET = "meeting";

    private final BuildContext build;
    private final ProblemLog problems;

    public LoadMeetingTasklet(BuildContext build, ProblemLog problems) {
        this.build = build;
        this.problems = problems;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        var step = chunk.getStepContext().getStepExecution();
        List<Problem> found = build.meetingProblems();
        problems.clear(build.buildId(), DATASET);
        problems.record(build.buildId(), DATASET, found);
        if (found.stream().anyMatch(Problem::isError)) {
            if (build.checksDatasetsDespiteErrors()) {
                Rejection.checkDatasetsFirst(contribution, step, found);
            } else {
                Rejection.reject(contribution, step, found);
            }
            return RepeatStatus.FINISHED;
        }
        FileSystemUtils.deleteRecursively(build.workDir());
        Files.createDirectories(build.workDir());
        var m = build.meeting();
        StepSummary.put(step, m.committee().length() > 40 ? m.committee().substring(0, 39) + "…, " + m.date()
                : m.committee() + ", " + m.date());
        return RepeatStatus.FINISHED;
    }
}
