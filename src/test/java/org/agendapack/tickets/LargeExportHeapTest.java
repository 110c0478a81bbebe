package org.agendapack.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

import org.agendapack.support.AgendapackProcess;
import org.agendapack.support.PackTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200,000-ticket export builds in a process whose heap is capped at 256 MB: the export is read as it streams
 * and only counts are kept, so its size does not matter. The counts are the ones this test wrote.
 */
class LargeExportHeapTest {

    static final int ROWS = 200_000;

    @TempDir
    Path dir;

    @Test
    void twoHundredThousandTicketsBuildWithTheHeapCappedAt256Megabytes() throws Exception {
        Path meeting = PackTestSupport.copy(Path.of("src/test/resources/tickets/base"), dir.resolve("large-export"));
        Files.writeString(meeting.resolve("meeting.json"), Files.readString(meeting.resolve("meeting.json"))
                .replace("[\"2018-06\", \"2018-07\"]", "[\"2018-01\", \"2018-12\"]"));
        long[] logged = new long[12];
        Random random = new Random(200_000);
        // In UTC (a London local time may not exist when the clocks go forward): January's are London's January too.
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
        LocalDateTime start = LocalDateTime.of(2018, 1, 1, 0, 0);
        try (BufferedWriter w = Files.newBufferedWriter(meeting.resolve("tickets.csv"))) {
            w.write("id,organisation,type,priority,logged,resolved,sla_due,description\n");
            for (int i = 0; i < ROWS; i++) {
                // In time order over the year, 157 seconds apart: the last is logged on 20 December.
                LocalDateTime at = start.plusSeconds(157L * i);
                logged[at.getMonthValue() - 1]++;
                boolean incident = random.nextInt(10) < 4;
                String resolved = random.nextInt(10) == 0 ? "" : f.format(at.plusMinutes(30 + random.nextInt(5000)));
                w.write((incident ? "INC" : "SR") + String.format("%07d", i) + "," + (i % 2 == 0 ? "Anytown" : "Bigtown") + ","
                        + (incident ? "incident,P" + (1 + random.nextInt(3)) : "service request,") + "," + f.format(at) + ","
                        + resolved + "," + f.format(at.plusHours(48)) + ",\"a description, long enough to make the row a real one's size\"\n");
            }
        }
        Path log = dir.resolve("build.log");
        AgendapackProcess.Ended ended = AgendapackProcess.start(List.of("-Xmx256m"), log, "build", meeting.toString(),
                "--output", dir.resolve("output").toString()).waitFor();
        assertThat(ended.exitCode()).as(ended.output()).isZero();
        assertThat(ended.output()).contains("tickets.csv: 200,000 rows read, 0 rejected").doesNotContain("OutOfMemory");
        String text = PackTestSupport.text(dir.resolve("output/large-export/performance-pack.pdf"));
        String total = text.lines().filter(l -> l.startsWith("Total Calls Logged")).findFirst().orElseThrow();
        long january = logged[0];
        // Anytown and Bigtown alternate: January's tickets split evenly between them.
        assertThat(total).contains(String.format("%,d %,d", (january + 1) / 2, january / 2));
    }
}
