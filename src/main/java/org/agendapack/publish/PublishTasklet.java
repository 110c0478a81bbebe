package org.agendapack.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.agendapack.deadline.DeadlineNotice;
import org.agendapack.problem.Problem;
import org.agendapack.problem.ProblemLog;
import org.agendapack.render.Counts;
import org.agendapack.run.BuildContext;
import org.agendapack.run.BuildResult;
import org.agendapack.run.StepSummary;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Publishes a successful build into output/&lt;meeting&gt;/ as one unit ({@link PublishedSets}): the new files and
 * the build report are written in a set of their own, then swapped in with one rename, so files an earlier
 * build made and this one does not (an exempt pack, say) are gone with the old set. Runs only when everything
 * before it succeeded; the work folder is removed only once the whole job has completed.
 */
@Component
public class PublishTasklet implements Tasklet {

    public static final String BUILD_REPORT = "build-report.txt";

    private final BuildContext build;
    private final ProblemLog problems;
    private final DeadlineNotice deadline;

    public PublishTasklet(BuildContext build, ProblemLog problems, DeadlineNotice deadline) {
        this.build = build;
        this.problems = problems;
        this.deadline = deadline;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        var step = chunk.getStepContext().getStepExecution();
        Path outbox = build.work("out");
        Path target = build.outputDir();
        List<Path> files;
        try (Stream<Path> s = Files.list(outbox)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<Problem> warnings = problems.all(build.buildId()).stream().filter(p -> !p.isError()).toList();
        Path set = PublishedSets.newSet(target.getParent(), build.meetingId(), step.getJobExecution().getId());
        Files.writeString(set.resolve(BUILD_REPORT), buildReport(build, warnings));
        for (Path f : files) {
            Files.copy(f, set.resolve(f.getFileName().toString()));
        }
        PublishedSets.publish(target.getParent(), build.meetingId(), set);
        Set<String> published = files.stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        List<String> names = new ArrayList<>(published.stream().sorted().toList());
        names.add(BUILD_REPORT);
        BuildResult.outputs(step.getJobExecution(), names);
        BuildResult.warnings(step.getJobExecution(), warnings.size());
        deadline.lateWarning(build.meeting().date()).ifPresent(late -> BuildResult.late(step.getJobExecution(), late));
        // Where they went as the archive step says it, within the output folder: the console shows this line too,
        // and the server's own paths mean nothing there. The build report counts: it is published with them.
        StepSummary.put(step, Counts.of(names.size(), "file") + " to " + build.meetingId() + "/");
        return RepeatStatus.FINISHED;
    }

    private String buildReport(BuildContext build, List<Problem> warnings) {
        StringBuilder s = new StringBuilder();
        s.append("Build report: ").append(build.meeting().committee()).append(", ").append(build.meeting().date()).append('\n');
        s.append("Meeting: ").append(build.meetingId()).append('\n');
        s.append("Inputs (SHA-256): ").append(build.fingerprint()).append('\n');
        s.append(deadline.describe(build.meeting().date())).append('\n');
        deadline.lateWarning(build.meeting().date()).ifPresent(late -> s.append(late).append('\n'));
        s.append('\n').append(Counts.of(warnings.size(), "warning")).append(warnings.isEmpty() ? "\n" : ":\n");
        for (Problem w : warnings) {
            s.append("- ").append(w.describe()).append('\n');
        }
        return s.toString();
    }
}
