package org.agendapack.dataset;

import org.agendapack.source.DatasetFormat;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemStream;

/**
 * A dataset too large to stage row by row (a service desk's ticket export: millions of rows): its ingest step
 * reads the file in chunks and adds what each chunk counts to the staging tables in that chunk's transaction,
 * with the place to resume from saved in the step's context. The staging tables hold aggregates and what
 * validation needs, never every row.
 */
public interface StreamedDataset {

    DatasetFormat format();

    /** The ingest step's work, one chunk per call of {@link Tasklet#execute}. */
    Ingest ingest();

    /**
     * Opened with the step's context (a restarted step finds where to resume; a fresh one clears what an
     * earlier attempt staged), called once per chunk, closed at the end.
     */
    interface Ingest extends Tasklet, ItemStream {

        /** What the step read, for the console: "tickets.csv: 1,000,000 rows read, 3 rejected". */
        String summary(StepExecution step);
    }
}
