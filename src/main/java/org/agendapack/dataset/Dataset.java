package org.agendapack.dataset;

import org.agendapack.run.BuildContext;
import org.agendapack.source.Checked;
import org.agendapack.source.DatasetFormat;
import org.agendapack.source.SourceRecord;

/**
 * A dataset a meeting can supply: its columns, the rules each record must meet, and how rows are staged in
 * the job database (keyed by build, so a restarted build finds what it staged).
 */
public interface Dataset<T> {

    DatasetFormat format();

    /** Applies the field rules to one record. */
    Checked<T> check(SourceRecord record, BuildContext build);

    /**
     * The field rules of one build, made once per ingest step: a dataset that looks things up for every record
     * (a catalogue, the meeting's organisations) looks them up here instead.
     */
    default RecordRules<T> rules(BuildContext build) {
        return record -> check(record, build);
    }

    /** The field rules bound to one build. */
    @FunctionalInterface
    interface RecordRules<T> {
        Checked<T> check(SourceRecord record);
    }

    /** Inserts a chunk of rows for a build (one JDBC batch). */
    void stage(long buildId, java.util.List<? extends T> rows);

    /** Removes everything staged for a build. */
    void clear(long buildId);
}
