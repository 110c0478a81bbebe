package org.agendapack.run;

import java.util.List;

import org.agendapack.problem.InputRejectedException;
import org.agendapack.problem.Problem;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;

/**
 * Rejected input is an outcome of a build, not a fault: the step that finds it completes with the exit status
 * REJECTED, the job's flow ends there as failed, and the reason is kept in the job's context for the console
 * and for {@code agendapack runs}. No exception is thrown, so nothing is logged as an error.
 */
public final class Rejection {

    public static final String EXIT_CODE = "REJECTED";

    /**
     * A step that found errors but lets the job go on to check the datasets too (so one run reports every
     * problem): the validate step then rejects the input with all of them.
     */
    public static final String CHECK_DATASETS_EXIT_CODE = "REJECTED_CHECKING_DATASETS";

    private Rejection() {
    }

    /** Ends the step as REJECTED; the problems must already be in the problem log. */
    public static void reject(StepContribution contribution, StepExecution step, List<Problem> problems) {
        String reason = InputRejectedException.summary(problems);
        contribution.setExitStatus(new ExitStatus(EXIT_CODE, reason));
        BuildResult.rejected(step.getJobExecution(), reason);
        StepSummary.put(step, Problem.counts(problems));
    }

    /** Ends the step as {@link #CHECK_DATASETS_EXIT_CODE}; the problems must already be in the problem log. */
    public static void checkDatasetsFirst(StepContribution contribution, StepExecution step, List<Problem> problems) {
        contribution.setExitStatus(new ExitStatus(CHECK_DATASETS_EXIT_CODE, InputRejectedException.summary(problems)));
        StepSummary.put(step, Problem.counts(problems) + "; the datasets are checked too");
    }

    public static boolean isRejected(StepExecution step) {
        String code = step.getExitStatus().getExitCode();
        return EXIT_CODE.equals(code) || CHECK_DATASETS_EXIT_CODE.equals(code);
    }
}
