package org.agendapack.procurement;

import static org.agendapack.support.PackTestSupport.messages;
import static org.agendapack.support.PackTestSupport.noBreakSpaces;
import static org.agendapack.support.PackTestSupport.oneLine;
import static org.agendapack.support.PackTestSupport.read;
import static org.agendapack.support.PackTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.agendapack.job.BuildOutcome;
import org.agendapack.job.BuildRunner;
import org.agendapack.problem.Problem;
import org.agendapack.run.BuildOptions;
import org.agendapack.settings.AgendapackProperties;
import org.agendapack.support.BuildTest;
import org.agendapack.support.PackTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The procurement update of the sample meeting, and every field and cross-row rule of procurement. */
@BuildTest
class ProcurementUpdateJobTest {

    static final String MEETING = "joint-ict-2018-10-16";
    static final String HEADER = "reference,title,organisations,stage,route,supplier,value_gbp,expected_award,update\n";

    @Autowired
    BuildRunner runner;

    @Autowired
    AgendapackProperties properties;

    @Test
    void buildsTheSampleProcurementUpdateInPipelineOrderWithTheSignedContractFlagged() {
        BuildOutcome outcome = runner.build(Path.of("input", MEETING), BuildOptions.DEFAULT);
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(BuildOutcome.BUILT);
        String text = noBreakSpaces(PackTestSupport.text(properties.output().resolve(MEETING + "/procurement-update.pdf")));
        assertThat(oneLine(text)).contains("PROCUREMENT UPDATE", "PROC-2018-004: Children's &", "Educational Services software");
        // The validator's finding is for the officer building the pack: not in the published paper by default.
        assertThat(oneLine(text)).doesNotContain("attention", "⚠", "no supplier is given");
        // Pipeline order: tender, awarded, signed, cancelled (no planning or evaluation in the sample).
        int tender = text.indexOf("Tender (1)");
        int awarded = text.indexOf("Awarded (1)");
        int signed = text.indexOf("Signed (1)");
        int cancelled = text.indexOf("Cancelled (1)");
        assertThat(tender).isPositive();
        assertThat(List.of(tender, awarded, signed, cancelled)).isSorted();
        assertThat(oneLine(text)).contains("XMA", "31 Dec 2018", "Brent, Lewisham,");
        // No values in the sample: every total is "–"; 4 procurements in all.
        assertThat(line(text, "Planning ")).isEqualTo("Planning 0 –");
        assertThat(line(text, "Total ")).isEqualTo("Total 4 –");
        String report = read(properties.output().resolve(MEETING + "/build-report.txt"));
        assertThat(report).contains("procurement.csv line 5, field \"supplier\", value \"\": procurement PROC-2018-004 is signed but no supplier is given");
    }

    @Test
    void totalsValueByStageAndFlagsOverdueAwards(@TempDir Path dir) {
        Path meeting = PackTestSupport.copyMeeting(MEETING, dir);
        // This meeting asks for the attention section: it opens the report, worded for members.
        write(meeting.resolve("meeting.json"), read(meeting.resolve("meeting.json")).replaceFirst(
                "(\"procurement-update\": \\{\\s*\"title\": \"Procurement Update\")", "$1, \"attentionSection\": true"));
        write(meeting.resolve("procurement.csv"), HEADER
                + "R-1,Printing,Brent;Lewisham,tender,Open tender,,250000,2018-09-30,Late\n"   // line 2: overdue award
                + "R-2,Cloud,Southwark,tender,Framework,,1234.50,2018-12-31,\n"               // line 3
                + "R-3,Devices,Brent,evaluation,Mini-competition,,,2018-10-15,\n"            // line 4: overdue award
                + "R-4,Phones,Lewisham,awarded,Framework,BT,1000000,2018-08-01,\n"           // line 5: awarded, fine
                + "R-5,Desks,Lewisham,awarded,Framework,,99.99,,\n"                          // line 6: no supplier
                + "R-6,Wi-Fi,Southwark,planning,,,,,\n"                                      // line 7
                + "R-7,Tender due today,Brent,tender,,,10,2018-10-16,\n");                   // line 8: not passed yet
        BuildOutcome outcome = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(BuildOutcome.BUILT);
        String text = noBreakSpaces(PackTestSupport.text(properties.output().resolve(MEETING + "/procurement-update.pdf")));
        // Tender: 250,000 + 1,234.50 + 10 = 251,244.50; awarded: 1,000,000 + 99.99 = 1,000,099.99.
        assertThat(line(text, "Planning ")).isEqualTo("Planning 1 –");
        assertThat(line(text, "Tender ")).isEqualTo("Tender 3 £251,244.50");
        assertThat(line(text, "Evaluation ")).isEqualTo("Evaluation 1 –");
        assertThat(line(text, "Awarded ")).isEqualTo("Awarded 2 £1,000,099.99");
        assertThat(line(text, "Signed ")).isEqualTo("Signed 0 –");
        assertThat(line(text, "Total ")).isEqualTo("Total 7 £1,251,344.49");
        assertThat(oneLine(text)).contains("Tender (3) – total value £251,244.50", "£250,000", "£1,000,000");
        assertThat(text.indexOf("Planning (1)")).isLessThan(text.indexOf("Tender (3)"));
        String report = read(properties.output().resolve(MEETING + "/build-report.txt"));
        assertThat(report).contains(
                "procurement.csv line 2, field \"expected_award\", value \"2018-09-30\": procurement R-1 is still at tender but its expected award date has passed at the meeting date (2018-10-16)",
                "procurement.csv line 4, field \"expected_award\", value \"2018-10-15\": procurement R-3 is still at evaluation but its expected award date has passed at the meeting date (2018-10-16)",
                "procurement.csv line 6, field \"supplier\", value \"\": procurement R-5 is awarded but no supplier is given")
                .doesNotContain("R-7 is", "R-4 is", "R-2 is");
        int attention = text.indexOf("For the committee's attention");
        assertThat(attention).isPositive();
        assertThat(text.indexOf("R-1")).isGreaterThan(attention).isLessThan(text.indexOf("Planning (1)"));
        assertThat(oneLine(text)).contains(
                "⚠ R-1 Printing (Tender): still at the tender stage; the contract was expected to be awarded by 30 September 2018.",
                "⚠ R-3 Devices (Evaluation): still at the evaluation stage; the contract was expected to be awarded by 15 October 2018.",
                "⚠ R-5 Desks (Awarded): the contract is awarded; the supplier is not yet reported.",
                "⚠ for the committee's attention (see above)")
                .doesNotContain("no supplier is given", "expected award date has passed", "R-7 Tender due today (Tender):");
    }

    @Test
    void rejectsEachBadFieldNamingFileAndLineAndLeavesOutputAlone(@TempDir Path dir) {
        runner.build(Path.of("input", MEETING), BuildOptions.DEFAULT);
        Map<String, String> before = PackTestSupport.snapshot(properties.output());
        Path meeting = PackTestSupport.copyMeeting(MEETING, dir);
        write(meeting.resolve("procurement.csv"), HEADER
                + "R-1,A,Brent,ordered,,,,,\n"                  // line 2: stage
                + "R-2,B,Brent;Camden,tender,,,,,\n"            // line 3: organisation
                + "R-3,C,Shared,tender,,,,,\n"                  // line 4: Shared is not allowed here
                + "R-4,D,Brent,tender,,,\"250,000\",,\n"         // line 5: malformed number
                + "R-5,E,Brent,tender,,,,31/12/2018,\n"         // line 6: malformed date
                + "R-6,F,Brent,tender,,,,,\n"                   // line 7
                + "R-6,G,Brent,tender,,,,,\n");                 // line 8: duplicate reference
        BuildOutcome outcome = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(BuildOutcome.INVALID_INPUT);
        assertThat(messages(outcome)).contains(
                "procurement.csv line 2, field \"stage\", value \"ordered\": must be one of planning, tender, evaluation, awarded, signed, cancelled",
                "procurement.csv line 3, field \"organisations\", value \"Brent;Camden\": \"Camden\" is not one of the meeting's organisations [Brent, Lewisham, Southwark] (separate several with ;)",
                "procurement.csv line 4, field \"organisations\", value \"Shared\": \"Shared\" is not one of the meeting's organisations [Brent, Lewisham, Southwark] (separate several with ;)",
                "procurement.csv line 5, field \"value_gbp\", value \"250,000\": must be a number (digits with an optional decimal point, no commas or units), for example 12.5",
                "procurement.csv line 6, field \"expected_award\", value \"31/12/2018\": a date must be YYYY-MM-DD, for example 2018-10-16",
                "procurement.csv line 7, field \"reference\", value \"R-6\": the same procurement reference appears 2 times (lines 7, 8); each procurement needs its own reference");
        assertThat(PackTestSupport.snapshot(properties.output())).isEqualTo(before);
    }

    static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no line starting " + start + " in\n" + text)).strip();
    }
}
