package org.agendapack.dataset;

import java.util.ArrayList;
import java.util.List;

import org.agendapack.source.SourceRecord;
import org.agendapack.source.SourceRecordReader;
import org.springframework.aop.scope.ScopedObject;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * A dataset's records a block at a time, for an ingest step whose item is a block. Restart state is the record
 * reader's own (its count of records, saved with each committed block), so a restarted step resumes at the
 * record after the last one staged. Counts the records this step execution read and wrote, for its history.
 */
final class RecordBlocks implements ItemStreamReader<List<SourceRecord>> {

    private final SourceRecordReader scoped;
    private final int size;
    private SourceRecordReader target;
    private long read;
    private long written;

    /** Blocks of up to {@code size} records from {@code scoped}, a step-scoped reader or a plain one. */
    RecordBlocks(SourceRecordReader scoped, int size) {
        this.scoped = scoped;
        this.size = size;
    }

    @Override
    public void open(ExecutionContext context) {
        // The scoped proxy's target, fetched once when the step opens it: through the proxy every read would look
        // the bean up again.
        target = scoped instanceof ScopedObject proxy ? (SourceRecordReader) proxy.getTargetObject() : scoped;
        read = 0;
        written = 0;
        target.open(context);
    }

    /** The next block, or null when the file has no more records. */
    @Override
    public List<SourceRecord> read() throws Exception {
        List<SourceRecord> block = new ArrayList<>();
        SourceRecord record;
        while (block.size() < size && (record = target.read()) != null) {
            block.add(record);
        }
        read += block.size();
        return block.isEmpty() ? null : block;
    }

    @Override
    public void update(ExecutionContext context) {
        target.update(context);
    }

    @Override
    public void close() {
        if (target != null) {
            target.close();
            target = null;
        }
    }

    /** The writer wrote this many records of the blocks read. */
    void written(long records) {
        written += records;
    }

    long recordsRead() {
        return read;
    }

    long recordsWritten() {
        return written;
    }
}
