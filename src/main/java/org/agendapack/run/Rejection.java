package org.agendapack.run;

import java.util.List;

import org.agendapack.problem.InputRejectedException;
import org.agendapack.problem.Problem;
import org.agendapack.render.Counts;
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
        String reason = summary(problems);
        contribution.setExitStatus(new ExitStatus(EXIT_CODE, reason));
        BuildResult.rejected(step.getJobExecution(), reason);
        StepSummary.put(step, Counts.of(errors(problems), "error") + ", "
                + Counts.of(problems.size() - errors(problems), "warning"));
    }

    public static boolean isRejected(StepExecution step) {
        return EXIT_CODE.equals(step.getExitStatus().getExitCode());
    }

    public static String summary(List<Problem> problems) {
        return InputRejectedException.summary(problems);
    }

    private static long errors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).count();
    }
}
