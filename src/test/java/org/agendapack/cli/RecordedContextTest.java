package org.agendapack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agendapack.support.AgendapackProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./agendapack starts a command's batch context from the bean definitions Spring's AOT engine recorded when the jar
 * was packaged (cli/AotBatchContext); everything else starts it as usual. Both must build the same pack, byte for byte.
 */
class RecordedContextTest {

    private static final String MEETING = "northbridge-audit-2027-01-26";

    @TempDir
    Path work;

    @Test
    void aBuildFromTheRecordedContextGivesTheSameBytesAsAnUsualOne() throws Exception {
        assumeTrue(AgendapackProcess.RECORDED_CONTEXT,
                "the classes were compiled without the recorded context (-Dagendapack.aot.skip)");
        Path recorded = work.resolve("recorded");
        Path usual = work.resolve("usual");

        // Child processes start from the recorded context, as ./agendapack does; the usual one is asked for.
        var fromRecording = AgendapackProcess.run(work.resolve("recorded.log"), "build", "--verbose", "--output",
                recorded.toString(), "input/" + MEETING);
        var asUsual = AgendapackProcess.start(List.of("-D" + AotBatchContext.ENABLED + "=false"),
                work.resolve("usual.log"), "build", "--verbose", "--output", usual.toString(), "input/" + MEETING)
                .waitFor();

        assertThat(fromRecording.exitCode()).as(fromRecording.output()).isZero();
        assertThat(asUsual.exitCode()).as(asUsual.output()).isZero();
        assertThat(fromRecording.output()).contains("Started the batch context from the definitions recorded at packaging");
        assertThat(asUsual.output()).doesNotContain("definitions recorded at packaging");
        for (String pdf : List.of("agenda-pack.pdf", "performance-pack.pdf", "progress-report.pdf")) {
            assertThat(Files.readAllBytes(recorded.resolve(MEETING).resolve(pdf))).as(pdf)
                    .isEqualTo(Files.readAllBytes(usual.resolve(MEETING).resolve(pdf)));
        }
    }
}
