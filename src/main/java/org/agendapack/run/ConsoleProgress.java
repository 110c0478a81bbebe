package org.agendapack.run;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** Prints each step as it finishes: what it did and how long it took. */
@Component
public class ConsoleProgress implements StepExecutionListener {

    private final PrintStream out = System.out;

    @Override
    public ExitStatus afterStep(StepExecution step) {
        String what = StepSummary.of(step);
        String mark = step.getStatus() == BatchStatus.COMPLETED && !Rejection.isRejected(step) ? "ok  " : "FAIL";
        out.printf("  %s %-22s %-58s %6.2f s%n", mark, step.getStepName(), what == null ? "" : what,
                seconds(step.getStartTime(), step.getEndTime()));
        out.flush();
        return null;
    }

    private static double seconds(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return 0;
        }
        return Duration.between(start, end == null ? LocalDateTime.now() : end).toMillis() / 1000.0;
    }
}
