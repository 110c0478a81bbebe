package org.agendapack.projects;

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

/** The project status report of the sample meeting, and every field and cross-row rule of projects. */
@BuildTest
class ProjectStatusJobTest {

    static final String MEETING = "joint-ict-2018-10-16";
    static final String HEADER = "id,name,organisation,stage,rag,start,planned_end,forecast_end,percent_complete,manager,update\n";

    @Autowired
    BuildRunner runner;

    @Autowired
    AgendapackProperties properties;

    @TempDir
    Path tmp;

    @Test
    void buildsTheSampleProjectStatusWithHandComputedFigures() {
        BuildOutcome outcome = runner.build(Path.of("input", MEETING), BuildOptions.DEFAULT);
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(BuildOutcome.BUILT);
        String text = noBreakSpaces(PackTestSupport.text(properties.output().resolve(MEETING + "/project-status.pdf")));
        // Live: 001, 002, 003, 004, 005, 007, 010, 011; awaiting: 006, 012; amber: 008, 009, 013; red: 001.
        assertThat(oneLine(text)).contains("ICT WORK PLAN – PROJECT STATUS")
                .contains("8 live projects, 2 awaiting resource allocation; 3 amber, 1 red");
        // Per organisation: awaiting, live, on hold, closed, green, amber, red, total.
        assertThat(line(text, "Brent ")).endsWith("0 1 0 1 1 1 0 2");
        assertThat(line(text, "Lewisham ")).endsWith("1 0 1 1 1 2 0 3");
        assertThat(line(text, "Southwark ")).endsWith("0 4 0 0 3 0 1 4");
        assertThat(line(text, "Shared ")).endsWith("1 3 0 0 4 0 0 4");
        assertThat(line(text, "Total ")).endsWith("2 8 1 2 9 3 1 13");
        // SICTS-001: planned 31 Oct 2018, forecast 31 Mar 2019 = 151 days = 21 whole weeks.
        assertThat(oneLine(text)).contains("slippage 21 weeks");
        assertThat(oneLine(text)).contains("● Red – Southwark Transition – Phase 2 (data centre migration) (SICTS-001)",
                "● Amber – Network upgrade – Lewisham (SICTS-013)", "Virgin have made three separate attempts");
        // Live table: RAG as a word and a symbol, empty fields as "–".
        assertThat(oneLine(text)).contains("Southwark ● Red – 31 Oct 2018 31 Mar 2019");
        assertThat(line(text, "Service improvement plan")).endsWith("Shared ● Green – – –");
        assertThat(text).doesNotContain("Telephony replacement – Brent Brent");
    }

    @Test
    void aMeetingOfOneOrganisationHasNoSharedRow(@TempDir Path dir) {
        Path meeting = PackTestSupport.copyMeeting(MEETING, dir);
        // Brent alone: its projects only, and none of the other boroughs' data.
        write(meeting.resolve("meeting.json"), read(meeting.resolve("meeting.json"))
                .replace("\"organisations\": [\n    \"Brent\",\n    \"Lewisham\",\n    \"Southwark\"\n  ]", "\"organisations\": [\"Brent\"]"));
        assertThat(read(meeting.resolve("meeting.json"))).contains("\"organisations\": [\"Brent\"]");
        write(meeting.resolve("projects.csv"), HEADER + "P-1,Laptops,Brent,live,green,2018-01-01,2018-12-31,,50,,Going well\n");
        write(meeting.resolve("kpi-months.csv"), read(meeting.resolve("kpi-months.csv")).lines()
                .filter(l -> l.startsWith("month") || l.contains(",Brent,")).reduce("", (a, b) -> a + b + "\n"));
        write(meeting.resolve("procurement.csv"), "reference,title,organisations,stage,route,supplier,value_gbp,expected_award,update\n"
                + "R-1,Printing,Brent,tender,Open tender,,250000,2018-12-30,\n");
        BuildOutcome outcome = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(outcome.exitCode()).as(outcome.message() + messages(outcome)).isEqualTo(BuildOutcome.BUILT);
        String text = noBreakSpaces(PackTestSupport.text(properties.output().resolve(MEETING + "/project-status.pdf")));
        assertThat(line(text, "Brent ")).endsWith("0 1 0 0 1 0 0 1");
        assertThat(line(text, "Total ")).endsWith("0 1 0 0 1 0 0 1");
        assertThat(text.lines()).noneMatch(l -> l.startsWith("Shared"));
    }

    @Test
    void escapesMarkupInNamesAndShowsNoneForZero(@TempDir Path dir) {
        Path meeting = PackTestSupport.copyMeeting(MEETING, dir);
        write(meeting.resolve("projects.csv"), HEADER
                + "P-1,\"<b>Wi-Fi & \"\"Phase 2\"\"</b>\",Brent,live,green,2018-01-01,2018-12-31,,50,,Going well\n"
                + "P-2,Other,Shared,awaiting,green,,,,,,\n");
        BuildOutcome outcome = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(BuildOutcome.BUILT);
        String text = noBreakSpaces(PackTestSupport.text(properties.output().resolve(MEETING + "/project-status.pdf")));
        assertThat(oneLine(text)).contains("<b>Wi-Fi & \"Phase 2\"</b>")
                .contains("1 live project, 1 awaiting resource allocation; none amber, none red")
                .contains("No project is amber or red.")
                .contains("● Green 50% 31 Dec 2018 –");
    }

    @Test
    void rejectsEachBadFieldNamingFileAndLineAndLeavesOutputAlone(@TempDir Path dir) {
        runner.build(Path.of("input", MEETING), BuildOptions.DEFAULT);
        Map<String, String> before = PackTestSupport.snapshot(properties.output());
        Path meeting = PackTestSupport.copyMeeting(MEETING, dir);
        write(meeting.resolve("projects.csv"), HEADER
                + "P-1,A,Brent,started,green,,,,,,\n"                       // line 2: stage
                + "P-2,B,Brent,live,purple,,,,,,\n"                         // line 3: rag
                + "P-3,C,Brent,live,green,,,,101,,\n"                       // line 4: percent
                + "P-4,D,Brent,live,green,2018-05-01,2018-04-30,,,,\n"      // line 5: planned end before start
                + "P-5,E,Camden,live,green,,,,,,\n"                         // line 6: organisation
                + "P-6,F,Brent,live,green,2018-13-01,,,,,\n"                // line 7: malformed date
                + "P-7,G,Brent,live,green,,,,fifty,,\n"                     // line 8: malformed number
                + "P-8,H,Shared,live,green,,,,,,\n"                         // line 9
                + "P-8,H again,Shared,live,green,,,,,,\n");                 // line 10: duplicate id
        BuildOutcome outcome = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(BuildOutcome.INVALID_INPUT);
        assertThat(messages(outcome)).contains(
                "projects.csv line 2, field \"stage\", value \"started\": must be one of awaiting, live, on-hold, closed",
                "projects.csv line 3, field \"rag\", value \"purple\": must be one of green, amber, red",
                "projects.csv line 4, field \"percent_complete\", value \"101\": must be between 0 and 100",
                "projects.csv line 5, field \"planned_end\", value \"2018-04-30\": the planned end is before the start (2018-05-01)",
                "projects.csv line 6, field \"organisation\", value \"Camden\": must be one of the meeting's organisations [Brent, Lewisham, Southwark] or Shared",
                "projects.csv line 7, field \"start\", value \"2018-13-01\": a date must be YYYY-MM-DD, for example 2018-10-16",
                "projects.csv line 8, field \"percent_complete\", value \"fifty\": must be a number (digits with an optional decimal point, no commas or units), for example 12.5",
                "projects.csv line 9, field \"id\", value \"P-8\": the same project id appears 2 times (lines 9, 10); each project needs its own id");
        assertThat(PackTestSupport.snapshot(properties.output())).isEqualTo(before);
    }

    @Test
    void warnsAboutOverdueLiveProjectsAndGreenProjectsThatWillSlip(@TempDir Path dir) {
        Path meeting = PackTestSupport.copyMeeting(MEETING, dir);
        write(meeting.resolve("projects.csv"), HEADER
                + "P-1,Overdue,Brent,live,amber,2018-01-01,2018-09-30,,80,,Late\n"          // line 2
                + "P-2,Slipping,Lewisham,live,green,2018-01-01,2018-11-30,2018-12-31,40,,\n" // line 3
                + "P-3,Overdue but closed,Brent,closed,green,,2018-09-30,,,,\n");            // line 4: no warning
        BuildOutcome outcome = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(BuildOutcome.BUILT);
        String report = read(properties.output().resolve(MEETING + "/build-report.txt"));
        assertThat(report).contains(
                "projects.csv line 2, field \"forecast_end\", value \"\": project P-1 is live and past its planned end (2018-09-30) at the meeting date (2018-10-16) but has no forecast end",
                "projects.csv line 3, field \"rag\", value \"green\": project P-2 is green but its forecast end (2018-12-31) is after its planned end (2018-11-30)")
                .doesNotContain("P-3");
        // Under --strict the warnings stop the build.
        BuildOutcome strict = runner.build(meeting, new BuildOptions(true, true, true));
        assertThat(strict.exitCode()).isEqualTo(BuildOutcome.INVALID_INPUT);
        assertThat(messages(strict)).anyMatch(m -> m.contains("project P-1 is live and past its planned end"));
    }

    static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting " + start + " in\n" + text)).strip();
    }
}
