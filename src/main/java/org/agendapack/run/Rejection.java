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

    private Rejection() {
    }

    /** Ends the step as REJECTED; the problems must already be in the problem log. */
    public static void reject(StepContribution contribution, StepExecution step, List<Problem> problems) {
        String reason = InputRejectedException.summary(problems);
        contribution.setExitStatus(new ExitStatus(EXIT_CODE, reason));
        BuildResult.rejected(step.getJobExecution(), reason);
        StepSummary.put(step, Problem.counts(problems));
    }

    public static boolean isRejected(StepExecution step) {
        return EXIT_CODE.equals(step.getExitStatus().getExitCode());
    }
}
