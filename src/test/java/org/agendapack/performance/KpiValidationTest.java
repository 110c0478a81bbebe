package org.agendapack.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.agendapack.support.PackTestSupport.messages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.agendapack.settings.AgendapackProperties;
import org.agendapack.run.BuildOptions;
import org.agendapack.job.BuildOutcome;
import org.agendapack.job.BuildRunner;
import org.agendapack.problem.Problem;
import org.agendapack.support.BuildTest;
import org.agendapack.support.PackTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** One small bad input per kpi-months rule: the message names file, line, field and value; output untouched. */
@BuildTest
class KpiValidationTest {

    @Autowired
    BuildRunner runner;

    @Autowired
    AgendapackProperties properties;

    @TempDir
    Path dir;

    Path meeting;
    Map<String, String> before;

    @BeforeEach
    void goodBuildFirst() {
        meeting = PackTestSupport.copyMeeting("joint-ict-2018-10-16", dir);
        assertThat(runner.build(meeting, BuildOptions.DEFAULT).exitCode()).isZero();
        before = PackTestSupport.snapshot(properties.output().resolve("joint-ict-2018-10-16"));
        assertThat(before).containsKey("agenda-pack.pdf");
    }

    @Test
    void badMonth() throws IOException {
        replaceLine(2, "2018-6,Brent,p1_incidents,11");
        List<String> messages = assertRejected("kpi-months.csv line 2, field \"month\", value \"2018-6\": a month must be YYYY-MM");
        // The rejected row's cell is not reported again as a cell with no row.
        assertThat(messages).noneMatch(m -> m.contains("no row for"));
    }

    @Test
    void unknownOrganisationAndMetricAndNotANumberAllInOneRun() throws IOException {
        replaceLine(2, "2018-06,Bromley,p1_incidents,11");
        replaceLine(3, "2018-06,Brent,p9_incidents,7");
        replaceLine(4, "2018-06,Brent,p3_incidents,1O13");
        List<String> messages = assertRejected(
                "kpi-months.csv line 2, field \"organisation\", value \"Bromley\": must be one of the meeting's organisations");
        assertThat(messages).anyMatch(m -> m.startsWith("kpi-months.csv line 3, field \"metric\", value \"p9_incidents\": not in the performance-pack metrics catalogue"));
        assertThat(messages).anyMatch(m -> m.startsWith("kpi-months.csv line 4, field \"value\", value \"1O13\": must be a number"));
    }

    @Test
    void percentOutsideRange() throws IOException {
        replaceLine(10, "2018-06,Brent,sla_p1,100.5");
        assertRejected("kpi-months.csv line 10, field \"value\", value \"100.5\": a percentage must be between 0 and 100");
    }

    @Test
    void duplicateRow() throws IOException {
        append("2018-06,Brent,p1_incidents,12");
        assertRejected("kpi-months.csv line 2, field \"month/organisation/metric\", value \"2018-06 / Brent / p1_incidents\": the same month, organisation and metric appears 2 times (lines 2, 182)");
    }

    @Test
    void duplicateRowOutsideTheReportsMonths() throws IOException {
        append("2018-05,Brent,p1_incidents,12");
        append("2018-05,Brent,p1_incidents,13");
        assertRejected("kpi-months.csv line 182, field \"month/organisation/metric\", value \"2018-05 / Brent / p1_incidents\": the same month, organisation and metric appears 2 times (lines 182, 183)");
    }

    @Test
    void unknownAndMissingColumns() throws IOException {
        replaceLine(1, "month,org,metric,value");
        List<String> messages = assertRejected("kpi-months.csv line 1, field \"org\": unknown column");
        assertThat(messages).anyMatch(m -> m.startsWith("kpi-months.csv line 1, field \"organisation\": required column is missing"));
    }

    @Test
    void malformedCsv() throws IOException {
        append("2018-09,Brent,nps,\"67.74");
        assertRejected("kpi-months.csv line 182, value \"\"67.74\": malformed CSV: the quote that opens the value shown is "
                + "never closed, so this line and the rest of the file were not read");
    }

    /** The rows an unclosed quote swallowed are not reported again as months with no data and cells with no row. */
    @Test
    void aQuoteNeverClosedIsOneErrorNotAWarningForEachCellItSwallowed() throws IOException {
        replaceLine(10, "2018-06,\"Brent,sla_p1,100");
        List<String> messages = assertRejected("kpi-months.csv line 10, value \"\"Brent,sla_p1,100\": malformed CSV");
        assertThat(messages).noneMatch(m -> m.contains("no row for")).noneMatch(m -> m.contains("no data at all"))
                .contains("kpi-months.csv, field \"value\": rows with errors were left out, so which months, organisations "
                        + "and metrics have no row is checked once the errors are fixed");
        assertThat(messages).filteredOn(m -> m.startsWith("kpi-months.csv")).hasSize(2);
    }

    @Test
    void malformedJson() throws IOException {
        Files.delete(meeting.resolve("kpi-months.csv"));
        Files.writeString(meeting.resolve("kpi-months.json"),
                "[\n {\"month\": \"2018-06\", \"organisation\": \"Brent\", \"metric\": \"p1_incidents\", \"value\": 11},\n {\"month\": \"2018-06\",, }\n]");
        assertRejected("kpi-months.json line 3 ($[1]): malformed JSON");
    }

    @Test
    void reportMonthsWithNoData() throws IOException {
        Path json = meeting.resolve("meeting.json");
        Files.writeString(json, Files.readString(json).replace("\"2018-06\",\n        \"2018-09\"", "\"2019-06\",\n        \"2019-09\""));
        assertRejected("meeting.json $.reports.performance-pack.months, field \"months\", value \"2019-06 to 2019-09\": kpi-months.csv has no data at all for the report's months");
    }

    @Test
    void chartFlagsThatAreNotBooleansAndTheRestOfTheCatalogueAllInOneRun() throws IOException {
        Path json = meeting.resolve("meeting.json");
        String text = Files.readString(json);
        String sla = "\"unit\": \"percent\",\n          \"chart\": true";
        String nps = "\"unit\": \"score\",\n          \"chart\": true";
        assertThat(text).contains(sla, nps);
        Files.writeString(json, text.replace(sla, "\"unit\": \"percent\",\n          \"chart\": \"yes\"")
                .replace(nps, "\"unit\": \"scores\",\n          \"chart\": 1"));
        List<String> messages = assertRejected("meeting.json $.reports.performance-pack.metrics[12].chart, field \"chart\", value \"yes\": "
                + "must be true or false, written without quotes (a JSON boolean), not a string");
        assertThat(messages).contains(
                "meeting.json $.reports.performance-pack.metrics[13].chart, field \"chart\", value \"1\": "
                        + "must be true or false, written without quotes (a JSON boolean), not a number",
                "meeting.json $.reports.performance-pack.metrics[13].unit, field \"unit\", value \"scores\": "
                        + "must be one of [count, percent, ratio, score]");
    }

    @Test
    void missingValueIsAWarningShownAsNaAndStrictMakesItAnError() throws IOException {
        replaceLine(2, "2018-06,Brent,p1_incidents,");
        BuildOutcome strict = runner.build(meeting, new BuildOptions(true, false, true));
        assertThat(strict.exitCode()).isEqualTo(BuildOutcome.INVALID_INPUT);
        assertThat(messages(strict)).anyMatch(m -> m.startsWith("kpi-months.csv line 2, field \"value\", value \"\": missing value (shown as n/a"));
        assertThat(PackTestSupport.snapshot(properties.output().resolve("joint-ict-2018-10-16"))).isEqualTo(before);

        BuildOutcome lenient = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(lenient.exitCode()).isZero();
        String text = PackTestSupport.text(properties.output().resolve("joint-ict-2018-10-16/performance-pack.pdf"));
        assertThat(PerformancePackJobTest.line(text, "Number of P1 Incidents")).endsWith("n/a 15 2 7 12 8 6 9 11 1 5 3");
    }

    @Test
    void totalThatIsNotTheSumOfItsPartsIsAWarning() throws IOException {
        replaceLine(6, "2018-06,Brent,total_calls,4149");
        BuildOutcome outcome = runner.build(meeting, new BuildOptions(true, false, true));
        assertThat(messages(outcome)).anyMatch(m -> m.equals("kpi-months.csv line 6, field \"value\", value \"4149\": Total Calls Logged for Brent in 2018-06 should equal the sum of its parts (Number of P1 Incidents + Number of P2 Incidents + Number of P3 Incidents + Number of Service Requests = 4148)"));
    }

    private List<String> assertRejected(String expectedPrefix) {
        BuildOutcome outcome = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(BuildOutcome.INVALID_INPUT);
        List<String> messages = messages(outcome);
        assertThat(messages).anyMatch(m -> m.startsWith(expectedPrefix));
        assertThat(PackTestSupport.snapshot(properties.output().resolve("joint-ict-2018-10-16"))).isEqualTo(before);
        return messages;
    }

    private void replaceLine(int number, String text) throws IOException {
        Path csv = meeting.resolve("kpi-months.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(csv));
        lines.set(number - 1, text);
        Files.write(csv, lines);
    }

    private void append(String text) throws IOException {
        Files.writeString(meeting.resolve("kpi-months.csv"), text + "\n", java.nio.file.StandardOpenOption.APPEND);
    }
}
