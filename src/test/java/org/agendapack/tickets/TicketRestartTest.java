package org.agendapack.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agendapack.settings.AgendapackProperties;
import org.agendapack.dataset.StreamedDataset;
import org.agendapack.job.MeetingChecks;
import org.agendapack.problem.Problem;
import org.agendapack.problem.ProblemLog;
import org.agendapack.run.BuildContext;
import org.agendapack.support.BuildTest;
import org.agendapack.support.PackTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tickets ingest resumed after its first chunk was committed (as a restarted step is, from its saved
 * context) counts exactly what an uninterrupted one does, and still finds an id first seen before the restart.
 */
@BuildTest
class TicketRestartTest {

    @Autowired
    TicketCounts counts;

    @Autowired
    ProblemLog problems;

    @Autowired
    MeetingChecks meetings;

    @Autowired
    AgendapackProperties properties;

    @TempDir
    Path dir;

    @Test
    void aResumedIngestCountsWhatAnUninterruptedOneDoes() throws Exception {
        Path meeting = PackTestSupport.copy(Path.of("src/test/resources/tickets/base"), dir.resolve("restart"));
        int rows = 2 * TicketsDataset.CHUNK + 5_000;
        try (BufferedWriter w = Files.newBufferedWriter(meeting.resolve("tickets.csv"))) {
            w.write("id,organisation,type,priority,logged,resolved,sla_due\n");
            for (int i = 0; i < rows; i++) {
                // The last row repeats the first one's id: found after the restart, from the ids read again.
                String id = i == rows - 1 ? "INC0000000" : String.format("INC%07d", i);
                int day = 1 + i % 60;
                String logged = day <= 30 ? "2018-06-%02d 10:00".formatted(day) : "2018-07-%02d 10:00".formatted(day - 30);
                String resolved = i % 3 == 0 ? "" : day <= 30 ? "2018-07-01 09:00" : "2018-07-31 12:00";
                w.write(id + "," + (i % 2 == 0 ? "Anytown" : "Bigtown") + ",incident,P" + (1 + i % 3) + "," + logged + ","
                        + resolved + ",2018-07-01 00:00\n");
            }
        }
        TicketsDataset.Ingest whole = dataset(meeting, 1_000_001).ingest();
        whole.open(new ExecutionContext());
        while (whole.execute(mock(StepContribution.class), null) == RepeatStatus.CONTINUABLE) {
        }
        whole.close();

        TicketsDataset resumedDataset = dataset(meeting, 1_000_002);
        StreamedDataset.Ingest first = resumedDataset.ingest();
        ExecutionContext context = new ExecutionContext();
        first.open(context);
        assertThat(first.execute(mock(StepContribution.class), null)).isEqualTo(RepeatStatus.CONTINUABLE);
        // The process dies here: the next attempt starts from the context the first chunk's commit saved.
        ExecutionContext saved = new ExecutionContext(new HashMap<>(context.toMap()));
        assertThat(saved.getLong("tickets.read")).isEqualTo(TicketsDataset.CHUNK);
        StreamedDataset.Ingest again = resumedDataset.ingest();
        again.open(saved);
        while (again.execute(mock(StepContribution.class), null) == RepeatStatus.CONTINUABLE) {
        }
        again.close();

        Map<TicketCounts.Cell, Map<TicketKind, TicketCounts.Count>> straight = counts.all(1_000_001);
        assertThat(straight).isNotEmpty();
        assertThat(counts.all(1_000_002)).isEqualTo(straight);
        long logged = straight.values().stream().flatMap(m -> m.values().stream()).mapToLong(TicketCounts.Count::logged).sum();
        assertThat(logged).isEqualTo(rows - 1);
        for (long build : new long[] { 1_000_001, 1_000_002 }) {
            List<String> found = problems.all(build).stream().map(Problem::describe).toList();
            assertThat(found).containsExactly("tickets.csv line " + (rows + 1)
                    + ", field \"id\", value \"INC0000000\": the same ticket id appears more than once (again on this line); each ticket must appear once"
                    );
        }
    }

    private TicketsDataset dataset(Path meeting, long buildId) {
        BuildContext build = PackTestSupport.build(meetings, properties, meeting, buildId, dir.resolve("work"));
        ComputedScope scope = new ComputedScope();
        return new TicketsDataset(counts, problems, build, scope);
    }

    /** The base meeting's scope: its organisations and months, agendapack's own column names. */
    static final class ComputedScope implements TicketScope.Source {
        @Override
        public TicketScope of(BuildContext build) {
            return new TicketScope(TicketMapping.STANDARD, build.meeting().organisations(), java.time.YearMonth.of(2018, 6),
                    java.time.YearMonth.of(2018, 7));
        }
    }
}
