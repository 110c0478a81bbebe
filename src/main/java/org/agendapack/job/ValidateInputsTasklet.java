package org.agendapack.job;

import java.util.List;

import org.agendapack.dataset.CrossCheck;
import org.agendapack.dataset.Feature;
import org.agendapack.problem.Problem;
import org.agendapack.problem.ProblemLog;
import org.agendapack.run.BuildContext;
import org.agendapack.run.BuildResult;
import org.agendapack.run.Rejection;
import org.agendapack.run.StepSummary;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Runs every feature's rules across rows of its staged datasets, then decides: any error (or, under --strict, any
 * warning) rejects the input ({@link Rejection}) with every problem found in this build listed, meeting.json's
 * included.
 */
@Component
public class ValidateInputsTasklet implements Tasklet {

    private final BuildContext build;
    private final ProblemLog problems;
    private final List<CrossCheck> checks;

    public ValidateInputsTasklet(BuildContext build, ProblemLog problems, List<Feature> features) {
        this.build = build;
        this.problems = problems;
        this.checks = features.stream().flatMap(f -> f.crossChecks().stream()).toList();
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        var step = chunk.getStepContext().getStepExecution();
        for (CrossCheck check : checks) {
            String dataset = check.dataset() + ":rows";
            problems.clear(build.buildId(), dataset);
            problems.record(build.buildId(), dataset, check.check(build));
        }
        List<Problem> all = problems.all(build.buildId());
        long errors = all.stream().filter(Problem::isError).count();
        long warnings = all.size() - errors;
        if (errors > 0 || (build.strict() && warnings > 0)) {
            Rejection.reject(contribution, step, all);
            return RepeatStatus.FINISHED;
        }
        BuildResult.warnings(step.getJobExecution(), warnings);
        StepSummary.put(step, Problem.counts(all));
        return RepeatStatus.FINISHED;
    }
}
