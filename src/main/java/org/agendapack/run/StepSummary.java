package org.agendapack.run;

import org.agendapack.render.Counts;
import org.springframework.batch.core.step.StepExecution;

/** A one-line account of what a step did, kept in its execution context for the console and history. */
public final class StepSummary {

    public static final String KEY = "summary";

    private StepSummary() {
    }

    public static void put(StepExecution step, String summary) {
        step.getExecutionContext().putString(KEY, summary);
    }

    /** "1 row read, 0 rejected" or "17,280 rows read, 2 rejected": what an ingest step says it read. */
    public static String rowsRead(long read, long rejected) {
        return Counts.of(read, "row") + " read, " + String.format("%,d", rejected) + " rejected";
    }

    public static String of(StepExecution step) {
        return step.getExecutionContext().getString(KEY, null);
    }
}
