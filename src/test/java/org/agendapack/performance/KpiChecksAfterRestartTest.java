package org.agendapack.performance;

import static org.agendapack.support.PackTestSupport.messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.agendapack.dataset.CrossCheck;
import org.agendapack.dataset.Feature;
import org.agendapack.job.BuildOutcome;
import org.agendapack.job.BuildRunner;
import org.agendapack.problem.Problem;
import org.agendapack.run.BuildContext;
import org.agendapack.run.BuildOptions;
import org.agendapack.support.BuildTest;
import org.agendapack.support.PackTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The kpi-months checks read the rows ingest kept in this process, or, in a build restarted at validate, the
 * staging table: both give the same problems. Here validate is interrupted once (a fault, not an input problem),
 * so the next build restarts at validate with only the table; the build after that checks the same inputs afresh.
 */
@BuildTest
@Import(KpiChecksAfterRestartTest.ValidateInterruptedOnce.class)
class KpiChecksAfterRestartTest {

    @Autowired
    BuildRunner runner;

    @Autowired
    JobRepository jobs;

    @TempDir
    Path dir;

    @TestConfiguration
    static class ValidateInterruptedOnce {
        @Bean
        Feature interruptsValidateOnce() {
            AtomicBoolean interrupted = new AtomicBoolean();
            CrossCheck once = new CrossCheck() {
                @Override
                public String dataset() {
                    return "interruption";
                }

                @Override
                public List<Problem> check(BuildContext build) {
                    if (!interrupted.getAndSet(true)) {
                        throw new IllegalStateException("validate interrupted (test)");
                    }
                    return List.of();
                }
            };
            return new Feature() {
                @Override
                public List<CrossCheck> crossChecks() {
                    return List.of(once);
                }
            };
        }
    }

    @Test
    void aBuildRestartedAtValidateFindsTheSameProblemsInTheTable() throws IOException {
        Path meeting = PackTestSupport.copyMeeting("joint-ict-2018-10-16", dir);
        Path csv = meeting.resolve("kpi-months.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        lines.set(5, "2018-06,Brent,total_calls,4149.0"); // line 6: not the sum of its parts
        lines.remove(47); // line 48 (Brent's P2 incidents in July): a cell with no row
        lines.add("2018-06,Brent,p1_incidents,11.0"); // line 2's key again, same value
        Files.write(csv, lines);

        BuildOutcome interrupted = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(interrupted.exitCode()).as(interrupted.message()).isEqualTo(BuildOutcome.FAILED);

        BuildOutcome restarted = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(restarted.exitCode()).as(restarted.message()).isEqualTo(BuildOutcome.INVALID_INPUT);
        assertThat(steps(restarted)).as("restarted at validate: the rows come from the table").containsExactly("validateInputs");

        BuildOutcome afresh = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(afresh.exitCode()).as(afresh.message()).isEqualTo(BuildOutcome.INVALID_INPUT);
        assertThat(steps(afresh)).as("checked afresh: the rows ingest kept").contains("ingestKpiMonths", "validateInputs");

        List<String> fromKept = messages(afresh);
        assertThat(fromKept).contains(
                "kpi-months.csv line 2, field \"month/organisation/metric\", value \"2018-06 / Brent / p1_incidents\": "
                        + "the same month, organisation and metric appears 2 times (lines 2, 181); keep one",
                "kpi-months.csv line 6, field \"value\", value \"4149\": Total Calls Logged for Brent in 2018-06 "
                        + "should equal the sum of its parts (Number of P1 Incidents + Number of P2 Incidents + Number of "
                        + "P3 Incidents + Number of Service Requests = 4148)",
                "kpi-months.csv, field \"value\": no row for Number of P2 Incidents, Brent, 2018-07 (shown as n/a in the "
                        + "performance pack)",
                "kpi-months.csv line 99, field \"value\", value \"83.88\": SLA Performance on P1 Incidents for Brent in "
                        + "2018-08 is 83.88 %, which no whole number of cases up to 22 gives (twice the 6 Number of P1 "
                        + "Incidents, plus 10); the smallest count that gives it is 242 (203 of 242); a typo?");
        assertThat(messages(restarted)).containsExactlyInAnyOrderElementsOf(fromKept);
    }

    private List<String> steps(BuildOutcome outcome) {
        return jobs.getJobExecution(outcome.executionId()).getStepExecutions().stream().map(StepExecution::getStepName)
                .toList();
    }
}
