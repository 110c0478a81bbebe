package org.agendapack.run;

import org.springframework.batch.core.step.StepExecution;

/** A one-line account of what a step did, kept in its execution context for the console and history. */
public final class StepSummary {

    public static final String KEY = "summary";

    private StepSummary() {
    }

    public static void put(StepExecution step, String summary) {
        step.getExecutionContext().putString(KEY, summary);
    }

    public static String of(StepExecution step) {
        return step.getExecutionContext().getString(KEY, null);
    }
}
