package org.agendapack.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agendapack.source.DatasetFormat;
import org.agendapack.source.SourceRecord;
import org.agendapack.source.SourceRecordReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** An ingest step's items: blocks of records, resumed after the last committed block when restarted. */
class RecordBlocksTest {

    static final DatasetFormat FORMAT = new DatasetFormat("things", List.of("id", "title"), List.of());

    @TempDir
    Path dir;

    @Test
    void readsBlocksOfAtMostTheirSizeAndCountsTheRecords() throws Exception {
        RecordBlocks blocks = new RecordBlocks(reader(things(7)), 3);
        blocks.open(new ExecutionContext());
        assertThat(blocks.read()).extracting(r -> r.text("id")).containsExactly("1", "2", "3");
        assertThat(blocks.read()).hasSize(3);
        assertThat(blocks.read()).extracting(SourceRecord::line).containsExactly(8L);
        assertThat(blocks.read()).isNull();
        blocks.written(7);
        assertThat(blocks.recordsRead()).isEqualTo(7);
        assertThat(blocks.recordsWritten()).isEqualTo(7);
        blocks.close();
    }

    @Test
    void aRestartResumesAtTheRecordAfterTheLastCommittedBlock() throws Exception {
        Path file = things(7);
        ExecutionContext committed = new ExecutionContext();
        RecordBlocks first = new RecordBlocks(reader(file), 3);
        first.open(committed);
        first.read();
        first.update(committed); // the first block's transaction committed
        // What the first block's commit saved: the place after its last record.
        assertThat(committed.getInt("thingsReader.read.count")).isEqualTo(3);
        first.read();            // the second block's did not: the build was killed
        first.close();

        RecordBlocks restarted = new RecordBlocks(reader(file), 3);
        restarted.open(committed);
        List<SourceRecord> next = restarted.read();
        assertThat(next).extracting(r -> r.text("id")).containsExactly("4", "5", "6");
        assertThat(next.get(0).line()).isEqualTo(5L);
        // Counted for this step execution only: the records skipped on opening were staged by the first.
        assertThat(restarted.recordsRead()).isEqualTo(3);
        restarted.close();
    }

    @Test
    void theSavedPlaceIsTheEndOfTheLastBlockHandedOut() throws Exception {
        ExecutionContext context = new ExecutionContext();
        RecordBlocks blocks = new RecordBlocks(reader(things(12)), 4);
        blocks.open(context);
        blocks.update(context);
        assertThat(context.getInt("thingsReader.read.count")).isZero();
        for (int handedOut = 4; handedOut <= 12; handedOut += 4) {
            assertThat(blocks.read()).hasSize(4);
            blocks.update(context);
            assertThat(context.getInt("thingsReader.read.count")).isEqualTo(handedOut);
        }
        assertThat(blocks.read()).isNull(); // twelve records are three full blocks and nothing after
        assertThat(blocks.recordsRead()).isEqualTo(12);
        blocks.close();
    }

    private Path things(int n) throws Exception {
        StringBuilder csv = new StringBuilder("id,title\n");
        for (int i = 1; i <= n; i++) {
            csv.append(i).append(",Thing ").append(i).append('\n');
        }
        return Files.writeString(dir.resolve("things.csv"), csv);
    }

    private static SourceRecordReader reader(Path file) {
        return new SourceRecordReader(file, "things.csv", FORMAT);
    }
}
