package org.agendapack.build;

import java.util.List;

import org.agendapack.dataset.CrossCheck;
import org.agendapack.problem.Problem;
import org.agendapack.problem.ProblemLog;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Runs the rules across rows of every staged dataset, then decides: any error (or, under --strict, any
 * warning) rejects the input ({@link Rejection}) with every problem found in this build listed.
 */
@Component
public class ValidateInputsTasklet implements Tasklet {

    /** Job context key: warnings of a successful build. */
    public static final String WARNINGS = "warnings";

    private final BuildContexts contexts;
    private final ProblemLog problems;
    private final List<CrossCheck> checks;

    public ValidateInputsTasklet(BuildContexts contexts, ProblemLog problems, List<CrossCheck> checks) {
        this.contexts = contexts;
        this.problems = problems;
        this.checks = checks;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        var step = chunk.getStepContext().getStepExecution();
        BuildContext build = contexts.of(step);
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
        step.getJobExecution().getExecutionContext().putLong(WARNINGS, warnings);
        StepSummary.put(step, "0 errors, " + warnings + " warning(s)");
        return RepeatStatus.FINISHED;
    }
}
