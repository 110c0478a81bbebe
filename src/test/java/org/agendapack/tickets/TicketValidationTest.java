package org.agendapack.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agendapack.settings.AgendapackProperties;
import org.agendapack.job.BuildOutcome;
import org.agendapack.job.BuildRunner;
import org.agendapack.run.BuildOptions;
import org.agendapack.support.BuildTest;
import org.agendapack.support.PackTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A small export per rule of the tickets dataset: each problem names file, line, field (the export's own
 * column), value and rule, all in one run; a preset or a column mapping reads an export as it comes.
 */
@BuildTest
class TicketValidationTest {

    static final String HEADER = "id,organisation,type,priority,logged,resolved,sla_due";

    @Autowired
    BuildRunner runner;

    @Autowired
    AgendapackProperties properties;

    @TempDir
    Path dir;

    Path meeting;

    @BeforeEach
    void copyBase() {
        meeting = PackTestSupport.copy(Path.of("src/test/resources/tickets/base"), dir.resolve("tickets-meeting"));
    }

    @Test
    void theBaseExportGivesEveryCountAndPercentage() {
        BuildOutcome outcome = build();
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        String text = pack();
        // June: Anytown, Bigtown; July: Anytown, Bigtown.
        assertThat(line(text, "Number of P1 Incidents")).endsWith("2 0 0 0");
        assertThat(line(text, "Number of Service Requests")).endsWith("1 0 0 1");
        assertThat(line(text, "Total Calls Logged")).endsWith("3 1 0 2");
        assertThat(line(text, "Open Calls at Month End")).endsWith("1 1 0 2");
        assertThat(line(text, "SLA Performance on P1")).contains("50.00 ✗ n/a n/a n/a");
        assertThat(line(text, "Overall SLA Performance")).endsWith("50.00 n/a 0.00 100.00");
        // Nothing resolved, no percentage: n/a, and a warning saying why.
        assertThat(PackTestSupport.messages(outcome)).contains(
                "tickets.csv: Overall SLA Performance for Bigtown in 2018-06: no such ticket was resolved in the month, so there is no SLA performance to show (n/a)");
    }

    @Test
    void unparseableDateTimes() throws IOException {
        rows("INC001,Anytown,incident,P1,2018-06-31 09:00,2018-06-01 10:00,2018-06-01 13:00",
                "INC002,Anytown,incident,P1,yesterday,,2018-06-02 13:00",
                "INC003,Anytown,incident,P1,2018-06-02 09:00,2018-06-02 25:00,2018-06-02 13:00");
        List<String> m = rejected("tickets.csv line 2, field \"logged\", value \"2018-06-31 09:00\": a date-time must be YYYY-MM-DD HH:MM[:SS]");
        assertThat(m).anyMatch(s -> s.startsWith("tickets.csv line 3, field \"logged\", value \"yesterday\": a date-time must be"));
        assertThat(m).anyMatch(s -> s.startsWith("tickets.csv line 4, field \"resolved\", value \"2018-06-02 25:00\": a date-time must be"));
    }

    @Test
    void resolvedBeforeLogged() throws IOException {
        rows("INC001,Anytown,incident,P1,2018-06-03 09:00,2018-06-01 10:00,2018-06-03 13:00");
        rejected("tickets.csv line 2, field \"resolved\", value \"2018-06-01 10:00\": is before the ticket was logged (2018-06-03 09:00)");
    }

    @Test
    void unknownOrganisationTypeAndPriorityAllInOneRun() throws IOException {
        rows("INC001,Bromley,incident,P1,2018-06-01 09:00,,2018-06-01 13:00",
                "INC002,Anytown,problem,P1,2018-06-01 09:00,,2018-06-01 13:00",
                "INC003,Anytown,incident,P4,2018-06-01 09:00,,2018-06-01 13:00");
        List<String> m = rejected("tickets.csv line 2, field \"organisation\", value \"Bromley\": must be one of the meeting's organisations [Anytown, Bigtown]");
        assertThat(m).anyMatch(s -> s.startsWith("tickets.csv line 3, field \"type\", value \"problem\": must be incident or service request"));
        assertThat(m).anyMatch(s -> s.startsWith("tickets.csv line 4, field \"priority\", value \"P4\": an incident's priority must be P1, P2 or P3"));
    }

    @Test
    void duplicateTicketId() throws IOException {
        rows("INC001,Anytown,incident,P1,2018-06-01 09:00,,2018-06-01 13:00",
                "INC002,Anytown,incident,P1,2018-06-01 09:00,,2018-06-01 13:00",
                "INC001,Bigtown,incident,P2,2018-06-02 09:00,,2018-06-02 13:00");
        rejected("tickets.csv line 4, field \"id\", value \"INC001\": the same ticket id appears more than once");
    }

    @Test
    void ticketsLoggedOutsideTheMonthsAreOneWarningWithTheirNumber() throws IOException {
        String base = Files.readString(meeting.resolve("tickets.csv"));
        Files.writeString(meeting.resolve("tickets.csv"), base
                + "INC101,Anytown,incident,P1,2018-05-30 09:00,2018-06-01 09:30,2018-05-30 13:00\n"
                + "INC102,Anytown,incident,P1,2018-05-30 10:00,,2018-05-30 14:00\n"
                + "INC103,Bigtown,incident,P3,2018-05-01 10:00,2018-05-02 10:00,2018-05-04 10:00\n"
                + "INC104,Bigtown,incident,P3,2018-08-01 10:00,,2018-08-04 10:00\n");
        BuildOutcome outcome = build();
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        assertThat(PackTestSupport.messages(outcome)).contains("tickets.csv, field \"logged\": 3 logged before June 2018 and 1 logged after "
                + "July 2018, outside the report's months (2018-06 to 2018-07): not counted as calls logged; those logged before still count "
                + "towards the SLA of the month they were resolved in and the open calls at each month end");
        String text = pack();
        // Not logged in June, but resolved (in SLA? 09:30 after 13:00 due: no) in June, and one still open at both month ends.
        assertThat(line(text, "Number of P1 Incidents")).endsWith("2 0 0 0");
        assertThat(line(text, "SLA Performance on P1")).contains("33.33 ✗ n/a n/a n/a");
        assertThat(line(text, "Open Calls at Month End")).endsWith("2 1 1 2");
    }

    @Test
    void aResolvedTicketNeedsItsSlaVerdict() throws IOException {
        rows("INC001,Anytown,incident,P1,2018-06-01 09:00,2018-06-01 10:00,");
        rejected("tickets.csv line 2, field \"sla_due\", value \"\": a resolved ticket needs the date-time its SLA was due");
    }

    @Test
    void aMissingColumnNamesTheExportsHeaderAndThePreset() throws IOException {
        mapping("\"tickets\": {\"preset\": \"servicenow\"},");
        rejected("tickets.csv line 1, field \"number\": required column is missing: the id of each ticket (the servicenow preset; "
                + "name the export's own column in meeting.json, reports.performance-pack.tickets.columns.id)");
    }

    @Test
    void malformedCsvIsReportedAtItsLine() throws IOException {
        rows("INC001,Anytown,incident,P1,2018-06-01 09:00,,2018-06-01 13:00", "INC002,\"Anytown,incident,P1,2018-06-01 09:00,,2018-06-01 13:00");
        rejected("tickets.csv line 3: malformed CSV: a quoted field is not closed before the end of the file");
    }

    @Test
    void aHundredProblemsInAColumnAreListedAndTheRestCounted() throws IOException {
        String[] rows = new String[150];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = "INC" + i + ",Bromley,incident,P1,2018-06-01 09:00,,2018-06-01 13:00";
        }
        rows(rows);
        List<String> m = rejected("tickets.csv line 2, field \"organisation\", value \"Bromley\"");
        assertThat(m.stream().filter(s -> s.contains("value \"Bromley\""))).hasSize(100);
        assertThat(m).contains("tickets.csv, field \"organisation\": and 50 more rows with a problem in this column (the first 100 are listed)");
    }

    @Test
    void theSameMetricComputedAndTypedIsAnErrorNamingBothFiles() throws IOException {
        Files.writeString(meeting.resolve("kpi-months.csv"), "month,organisation,metric,value\n2018-06,Anytown,total_calls,3\n2018-07,Anytown,total_calls,0\n");
        rejected("kpi-months.csv line 2, field \"metric\", value \"total_calls\": Total Calls Logged is computed from tickets.csv "
                + "(meeting.json $.reports.performance-pack.metrics[2].computed) and typed in kpi-months.csv too (2 rows): give it one way");
    }

    @Test
    void computedAndTypedMetricsMix() throws IOException {
        String json = Files.readString(meeting.resolve("meeting.json")).replace(
                "\"metrics\": [", "\"metrics\": [\n{\"key\": \"availability\", \"label\": \"Network Availability\", \"unit\": \"percent\"},");
        Files.writeString(meeting.resolve("meeting.json"), json);
        Files.writeString(meeting.resolve("kpi-months.csv"), "month,organisation,metric,value\n2018-06,Anytown,availability,99.5\n"
                + "2018-06,Bigtown,availability,98\n2018-07,Anytown,availability,99.9\n2018-07,Bigtown,availability,97.25\n");
        BuildOutcome outcome = build();
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        String text = pack();
        assertThat(line(text, "Network Availability")).endsWith("99.50 98.00 99.90 97.25");
        assertThat(line(text, "Total Calls Logged")).endsWith("3 1 0 2");
        assertThat(PackTestSupport.oneLine(text)).contains("Typed in kpi-months.csv: Network Availability.");
    }

    @Test
    void aComputedMetricWithoutItsFileOrWithAWrongMeasureIsAnError() throws IOException {
        Files.delete(meeting.resolve("tickets.csv"));
        rejected("meeting.json $.reports.performance-pack.metrics[0].computed, field \"computed\", value \"p1_incidents\": is computed "
                + "from tickets, but the meeting folder has no tickets.csv or tickets.json");
        copyBase();
        String json = Files.readString(meeting.resolve("meeting.json")).replace("\"measure\": \"open-at-month-end\"", "\"measure\": \"open\"")
                .replace("\"measure\": \"sla\", \"type\": \"incident\"", "\"measure\": \"logged\", \"type\": \"incident\"");
        Files.writeString(meeting.resolve("meeting.json"), json);
        List<String> m = rejected("meeting.json $.reports.performance-pack.metrics[3].computed.measure, field \"measure\", value \"open\": must be one of logged, open-at-month-end, sla");
        assertThat(m).anyMatch(s -> s.startsWith("meeting.json $.reports.performance-pack.metrics[4].unit, field \"unit\", value \"percent\": a metric computed as logged is a count"));
    }

    /**
     * A ServiceNow export as it comes: its own column names and extra columns, its words for types and
     * priorities, company names mapped to the meeting's organisations, the SLA verdict as made_sla.
     */
    @Test
    void aServiceNowExportIsReadWithItsPreset() throws IOException {
        mapping("\"tickets\": {\"preset\": \"servicenow\", \"values\": {\"organisation\": {\"Anytown Borough Council\": \"Anytown\", "
                + "\"Bigtown City Council\": \"Bigtown\"}}},");
        Files.writeString(meeting.resolve("tickets.csv"), """
                number,short_description,sys_class_name,priority,state,company,assignment_group,opened_at,resolved_at,made_sla,sys_updated_on
                INC0010001,"Email down, all users",Incident,1 - Critical,Resolved,Anytown Borough Council,Service Desk,2018-06-01 09:00:00,2018-06-01 10:00:00,true,2018-06-02 10:00:00
                INC0010002,"Network \"\"slow\"\"",Incident,1 - Critical,Closed,Anytown Borough Council,Network,2018-06-02 09:00:00,2018-06-03 10:00:00,false,2018-06-04 10:00:00
                INC0010003,Printer,Incident,2 - High,In Progress,Bigtown City Council,Service Desk,2018-06-05 09:00:00,,,2018-06-05 10:00:00
                RITM0010001,"New starter
                laptop",Requested Item,4 - Low,Closed Complete,Anytown Borough Council,Service Desk,2018-06-10 09:00:00,2018-07-02 09:00:00,false,2018-07-02 09:00:00
                RITM0010002,Access,Requested Item,4 - Low,Closed Complete,Bigtown City Council,Service Desk,2018-07-01 00:30:00,2018-07-01 08:00:00,true,2018-07-01 08:00:00
                INC0010004,Laptop,Incident,3 - Moderate,New,Bigtown City Council,Service Desk,2018-07-31 23:30:00,,,2018-07-31 23:30:00
                """);
        sameAsTheBase();
    }

    /** An export of another tool, or configured differently: each field's column named in meeting.json, with its words. */
    @Test
    void aColumnMappingReadsAnyExport() throws IOException {
        mapping("\"tickets\": {\"columns\": {\"id\": \"Ref\", \"organisation\": \"Council\", \"type\": \"Kind\", \"priority\": \"Urgency\", "
                + "\"logged\": \"Opened (UTC)\", \"resolved\": \"Fixed (UTC)\", \"sla_met\": \"Target\"}, \"timeZone\": \"UTC\", "
                + "\"values\": {\"type\": {\"Fault\": \"incident\", \"Request\": \"service request\"}, \"sla_met\": {\"Hit\": \"true\", \"Miss\": \"false\"}}},");
        // UTC: 2018-06-30 23:30 UTC is 00:30 on 1 July in London, a July ticket.
        Files.writeString(meeting.resolve("tickets.csv"), """
                Notes,Ref,Council,Kind,Urgency,Opened (UTC),Fixed (UTC),Target
                a,A1,Anytown,Fault,1,2018-06-01T08:00:00Z,2018-06-01T09:00:00Z,Hit
                b,A2,Anytown,Fault,Priority 1,2018-06-02T08:00:00Z,2018-06-03T09:00:00Z,Miss
                c,B1,Bigtown,Fault,2,2018-06-05 08:00,,
                d,A3,Anytown,Request,,2018-06-10 08:00,2018-07-02 08:00,Miss
                e,B2,Bigtown,Request,,2018-06-30 23:30,2018-07-01 07:00,Hit
                f,B3,Bigtown,Fault,3,2018-07-31 22:30,,
                """);
        sameAsTheBase();
    }

    @Test
    void aJsonExportGivesTheSamePack() throws IOException {
        Files.delete(meeting.resolve("tickets.csv"));
        Files.writeString(meeting.resolve("tickets.json"), """
                [
                 {"id": "INC001", "organisation": "Anytown", "type": "incident", "priority": "P1", "logged": "2018-06-01 09:00", "resolved": "2018-06-01 10:00", "sla_due": "2018-06-01 13:00", "extra": {"a": 1}},
                 {"id": "INC002", "organisation": "Anytown", "type": "incident", "priority": 1, "logged": "2018-06-02 09:00", "resolved": "2018-06-03 10:00", "sla_due": "2018-06-02 13:00"},
                 {"id": "INC003", "organisation": "Bigtown", "type": "incident", "priority": "P2", "logged": "2018-06-05 09:00", "resolved": null, "sla_due": "2018-06-05 17:00"},
                 {"id": "SR001", "organisation": "Anytown", "type": "service request", "priority": "", "logged": "2018-06-10 09:00", "resolved": "2018-07-02 09:00", "sla_due": "2018-06-15 09:00"},
                 {"id": "SR002", "organisation": "Bigtown", "type": "service request", "priority": "", "logged": "2018-07-01 00:30", "resolved": "2018-07-01 08:00", "sla_due": "2018-07-06 00:30"},
                 {"id": "INC004", "organisation": "Bigtown", "type": "incident", "priority": "P3", "logged": "2018-07-31 23:30", "resolved": "", "sla_due": "2018-08-03 23:30"}
                ]
                """);
        sameAsTheBase();
    }

    @Test
    void surveyResponsesAndHeadcountAreCheckedLikeEveryDataset() throws IOException {
        String json = Files.readString(meeting.resolve("meeting.json")).replace("\"metrics\": [", "\"metrics\": [\n"
                + "{\"key\": \"nps\", \"label\": \"Net Promoter Score\", \"unit\": \"score\", \"computed\": {\"from\": \"survey-responses\", \"measure\": \"nps\"}},\n"
                + "{\"key\": \"per_employee\", \"label\": \"Calls per Employee\", \"unit\": \"ratio\", \"computed\": {\"from\": \"tickets\", \"measure\": \"logged-per-employee\"}},");
        Files.writeString(meeting.resolve("meeting.json"), json);
        Files.writeString(meeting.resolve("survey-responses.csv"), "organisation,date,score\nAnytown,2018-06-03,10\nAnytown,2018-06-04,11\nBigtown,2018-06-31,9\n");
        Files.writeString(meeting.resolve("headcount.csv"), "organisation,from,employees\nAnytown,2018-06,300\nBigtown,2018-06-01,0\n");
        List<String> m = rejected("survey-responses.csv line 3, field \"score\", value \"11\": a score must be a whole number from 0 to 10");
        assertThat(m).anyMatch(s -> s.startsWith("survey-responses.csv line 4, field \"date\", value \"2018-06-31\": a date must be YYYY-MM-DD"));
        assertThat(m).anyMatch(s -> s.startsWith("headcount.csv line 3, field \"employees\", value \"0\": the number of employees must be a whole number above 0"));
    }

    @Test
    void netPromoterScoreAndCallsPerEmployee() throws IOException {
        String json = Files.readString(meeting.resolve("meeting.json")).replace("\"metrics\": [", "\"metrics\": [\n"
                + "{\"key\": \"nps\", \"label\": \"Net Promoter Score\", \"unit\": \"score\", \"computed\": {\"from\": \"survey-responses\", \"measure\": \"nps\"}},\n"
                + "{\"key\": \"surveys\", \"label\": \"Surveys Returned\", \"unit\": \"count\", \"computed\": {\"from\": \"survey-responses\", \"measure\": \"surveys-returned\"}},\n"
                + "{\"key\": \"per_employee\", \"label\": \"Calls per Employee\", \"unit\": \"ratio\", \"computed\": {\"from\": \"tickets\", \"measure\": \"logged-per-employee\"}},");
        Files.writeString(meeting.resolve("meeting.json"), json);
        // Anytown June: 10, 9, 8, 3, 0, 9: promoters 3, detractors 2, of 6: 16.67.
        Files.writeString(meeting.resolve("survey-responses.csv"), "organisation,date,score\nAnytown,2018-06-03,10\nAnytown,2018-06-04,9\n"
                + "Anytown,2018-06-05,8\nAnytown,2018-06-06 17:30,3\nAnytown,2018-06-07,0\nAnytown,2018-06-30,9\nBigtown,2018-07-02,6\n");
        Files.writeString(meeting.resolve("headcount.csv"), "organisation,from,employees\nAnytown,2018-06,2\nBigtown,2018-06-01,3\nBigtown,2018-07-15,4\n");
        BuildOutcome outcome = build();
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        String text = pack();
        assertThat(line(text, "Net Promoter Score")).endsWith("16.67 n/a n/a -100.00");
        assertThat(line(text, "Surveys Returned")).endsWith("6 0 0 1");
        // Calls logged ÷ employees at the month's end: 3/2, 1/3, 0/2, 2/4.
        assertThat(line(text, "Calls per Employee")).endsWith("1.50 0.33 0.00 0.50");
    }

    private void sameAsTheBase() {
        BuildOutcome outcome = build();
        assertThat(outcome.exitCode()).as(outcome.message() + PackTestSupport.messages(outcome)).isZero();
        String text = pack();
        assertThat(line(text, "Number of P1 Incidents")).endsWith("2 0 0 0");
        assertThat(line(text, "Number of Service Requests")).endsWith("1 0 0 1");
        assertThat(line(text, "Total Calls Logged")).endsWith("3 1 0 2");
        assertThat(line(text, "Open Calls at Month End")).endsWith("1 1 0 2");
        assertThat(line(text, "Overall SLA Performance")).endsWith("50.00 n/a 0.00 100.00");
    }

    private BuildOutcome build() {
        return runner.build(meeting, BuildOptions.DEFAULT);
    }

    private String pack() {
        return PackTestSupport.noBreakSpaces(PackTestSupport.text(properties.output().resolve("tickets-meeting/performance-pack.pdf")));
    }

    private void rows(String... rows) throws IOException {
        Files.writeString(meeting.resolve("tickets.csv"), HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    private void mapping(String tickets) throws IOException {
        String json = Files.readString(meeting.resolve("meeting.json"));
        Files.writeString(meeting.resolve("meeting.json"), json.replace("\"metrics\": [", tickets + "\n      \"metrics\": ["));
    }

    /** The build is rejected (exit 1) and one problem starts with {@code first}; every problem's text is returned. */
    private List<String> rejected(String first) {
        BuildOutcome outcome = build();
        List<String> messages = new ArrayList<>(PackTestSupport.messages(outcome));
        assertThat(outcome.exitCode()).as(String.join("\n", messages)).isEqualTo(BuildOutcome.INVALID_INPUT);
        assertThat(messages).as(String.join("\n", messages)).anyMatch(m -> m.startsWith(first));
        assertThat(String.join("\n", messages)).doesNotContain("Exception");
        return messages;
    }

    private static String line(String text, String label) {
        return text.lines().filter(l -> l.startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting " + label + " in\n" + text)).strip();
    }
}
