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

    /** "1 row read, 0 rejected" or "17,280 rows read, 2 rejected": what an ingest step says it read. */
    public static String rowsRead(long read, long rejected) {
        return count(read, "row") + " read, " + String.format("%,d", rejected) + " rejected";
    }

    /** "1 paper", "12 papers", "1,024 pages": a count and its noun. */
    public static String count(long n, String noun) {
        return String.format("%,d %s", n, n == 1 ? noun : noun + "s");
    }

    public static String of(StepExecution step) {
        return step.getExecutionContext().getString(KEY, null);
    }
}
