package org.agendapack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.agendapack.support.AgendapackProcess;
import org.agendapack.support.PackTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds in processes of their own: killed mid-render, then recovered; two at once; the history of both. */
class CrashAndConcurrencyTest {

    private static final String SAMPLE = "input/joint-ict-2018-10-16";

    @TempDir
    Path dir;

    @Test
    void aBuildKilledWhileRenderingLeavesNothingPartialAndTheNextBuildCompletesIt() throws Exception {
        Path output = dir.resolve("output");
        AgendapackProcess first = AgendapackProcess.start(dir.resolve("first.log"), "build", SAMPLE, "--output", output.toString());
        // Printed when aggregation ends, that is as rendering begins.
        assertThat(first.awaitOutput("aggregateReports")).as(first.output()).isTrue();
        first.kill();
        assertThat(first.output()).doesNotContain("renderPapers");

        assertThat(output.resolve("joint-ict-2018-10-16")).doesNotExist();
        assertThat(output.resolve("archive")).doesNotExist();

        AgendapackProcess.Ended second = AgendapackProcess.run(dir.resolve("second.log"), "build", SAMPLE, "--output", output.toString());
        assertThat(second.exitCode()).withFailMessage("exit %d:%n%s", second.exitCode(), second.output()).isZero();
        assertThat(second.output()).contains("Recovering build 0 of joint-ict-2018-10-16, interrupted while running")
                .contains("Restarting build 0").doesNotContain("ingestKpiMonths").contains("renderPapers").contains("archivePack");
        assertThat(PackTestSupport.pages(output.resolve("joint-ict-2018-10-16/agenda-pack.pdf"))).hasSize(26);
        assertThat(partialFiles(output.resolve("joint-ict-2018-10-16"))).isEmpty();

        AgendapackProcess.Ended runs = AgendapackProcess.run(dir.resolve("runs.log"), "runs", "--output", output.toString());
        assertThat(runs.exitCode()).isZero();
        List<String> rows = runs.output().lines().filter(l -> l.matches("\\s+\\d+\\s+joint-ict.*")).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("COMPLETED").contains("agenda-pack.pdf, performance-pack.pdf").contains("  2  ");
        assertThat(rows.get(1)).containsAnyOf("ABANDONED", "FAILED");
    }

    @Test
    void twoBuildsOfOneMeetingAtOnceExactlyOneProceedsWhileAnotherMeetingBuildsAlongside() throws Exception {
        Path output = dir.resolve("output");
        AgendapackProcess a = AgendapackProcess.start(dir.resolve("a.log"), "build", SAMPLE, "--output", output.toString());
        AgendapackProcess b = AgendapackProcess.start(dir.resolve("b.log"), "build", SAMPLE, "--output", output.toString());
        AgendapackProcess other = AgendapackProcess.start(dir.resolve("other.log"), "build",
                "input/service-birmingham-progress-2016", "--output", output.toString());
        AgendapackProcess.Ended endedA = a.waitFor();
        AgendapackProcess.Ended endedB = b.waitFor();
        AgendapackProcess.Ended endedOther = other.waitFor();

        assertThat(List.of(endedA.exitCode(), endedB.exitCode())).containsExactlyInAnyOrder(0, 4);
        AgendapackProcess.Ended refused = endedA.exitCode() == 4 ? endedA : endedB;
        assertThat(refused.output()).contains("Another build of joint-ict-2018-10-16 is running (host ").contains(", process ")
                .doesNotContain("Building");
        assertThat(endedOther.exitCode()).as(endedOther.output()).isZero();
        assertThat(output.resolve("service-birmingham-progress-2016/progress-report.pdf")).exists();
        assertThat(PackTestSupport.pages(output.resolve("joint-ict-2018-10-16/agenda-pack.pdf"))).hasSize(26);
    }

    private static List<Path> partialFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
