package org.agendapack.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.agendapack.build.BuildContext;
import org.agendapack.build.BuildContexts;
import org.agendapack.build.StepSummary;
import org.agendapack.deadline.DeadlineNotice;
import org.agendapack.problem.Problem;
import org.agendapack.problem.ProblemLog;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Publishes a successful build into output/&lt;meeting&gt;/: every file moved in atomically, the build report
 * written, and PDFs of an earlier build that this one no longer produces removed (an item that stopped
 * being exempt must not leave its exempt pack behind). Runs only when everything before it succeeded.
 */
@Component
public class PublishTasklet implements Tasklet {

    public static final String BUILD_REPORT = "build-report.txt";
    /** Job context key: the published files, comma-separated. */
    public static final String OUTPUTS = "outputs";
    /** Job context key: how many warnings the build had. */
    public static final String WARNINGS = "warnings";

    private final BuildContexts contexts;
    private final ProblemLog problems;
    private final DeadlineNotice deadline;

    public PublishTasklet(BuildContexts contexts, ProblemLog problems, DeadlineNotice deadline) {
        this.contexts = contexts;
        this.problems = problems;
        this.deadline = deadline;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        var step = chunk.getStepContext().getStepExecution();
        BuildContext build = contexts.of(step);
        Path outbox = build.work("out");
        Path target = build.outputDir();
        List<Path> files;
        try (Stream<Path> s = Files.list(outbox)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<Problem> warnings = problems.all(build.buildId()).stream().filter(p -> !p.isError()).toList();
        AtomicFiles.write(target.resolve(BUILD_REPORT), buildReport(build, warnings));
        for (Path f : files) {
            AtomicFiles.copy(f, target.resolve(f.getFileName().toString()));
        }
        Set<String> published = files.stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        try (Stream<Path> s = Files.list(target)) {
            for (Path old : s.filter(p -> p.getFileName().toString().endsWith(".pdf")).toList()) {
                if (!published.contains(old.getFileName().toString())) {
                    Files.delete(old);
                }
            }
        }
        List<String> names = new ArrayList<>(published.stream().sorted().toList());
        names.add(BUILD_REPORT);
        step.getJobExecution().getExecutionContext().putString(OUTPUTS, String.join(",", names));
        step.getJobExecution().getExecutionContext().putInt(WARNINGS, warnings.size());
        FileSystemUtils.deleteRecursively(build.workDir());
        StepSummary.put(step, files.size() + " files to " + target);
        return RepeatStatus.FINISHED;
    }

    private String buildReport(BuildContext build, List<Problem> warnings) {
        StringBuilder s = new StringBuilder();
        s.append("Build report: ").append(build.meeting().committee()).append(", ").append(build.meeting().date()).append('\n');
        s.append("Meeting: ").append(build.meetingId()).append('\n');
        s.append("Inputs (SHA-256): ").append(build.fingerprint()).append('\n');
        s.append(deadline.describe(build.meeting().date())).append('\n');
        deadline.lateWarning(build.meeting().date()).ifPresent(late -> s.append(late).append('\n'));
        s.append('\n').append(warnings.size()).append(" warning(s)").append(warnings.isEmpty() ? "\n" : ":\n");
        for (Problem w : warnings) {
            s.append("- ").append(w.describe()).append('\n');
        }
        return s.toString();
    }
}
