package org.agendapack.progress;

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

/** The sample progress report: every recommendation, assessment and evidence in order; the input rules. */
@BuildTest
class ProgressReportJobTest {

    static final String MEETING = "service-birmingham-progress-2016";
    static final String HEADER = "\"id\",\"part\",\"recommendation\",\"responsibility\",\"due\",\"assessment\",\"anticipated\",\"evidence\"\n";
    static final String GOOD = "\"R01\",\"a\",\"Do it\",\"Deputy Leader\",\"November 2015\",\"1\",\"\",\"Done\"\n";

    @Autowired
    BuildRunner runner;

    @Autowired
    AgendapackProperties properties;

    @TempDir
    Path tmp;

    /** id, then each part's assessment (with anticipated date), then a phrase of each part's evidence. */
    /**
     * id, then each part's assessment (with anticipated date), then a phrase of each part's evidence. Labels are
     * cut where the narrow assessment column may wrap them.
     */
    static final String C1 = "1 – Achieved", C3 = "3 – Not Achieved", C6 = "6 – In Progress";
    static final List<List<String>> EXPECTED = List.of(
            List.of("R01", C1, C3, "Anticipated: April", C1, "A new Mission statement for the Joint Venture Partnership",
                    "operational Business Plan for 2015/16", "until the year 3 and 5 plans can be outlined"),
            List.of("R02", C1, "SB attendance at EMT is agenda driven"),
            List.of("R03", C1, "series of open days"),
            List.of("R04", C1, C1, "Examples given in attached evidence pack", "Birmingham Impact Hub"),
            List.of("R05", C3, "Cllr Brew has agreed to lead"),
            List.of("R06", C3, "Anticipated: April", "Core Definition Table", "Advising the Council of any known threats"),
            List.of("R07", C1, C6, C6, "A set of indicators have been developed"),
            List.of("R08", C1, "LINK2ICT services for schools"),
            List.of("R09", C1, "Details of progress included in the supporting evidence pack"));

    @Test
    void buildsTheSampleProgressReport() {
        BuildOutcome outcome = runner.build(Path.of("input", MEETING), BuildOptions.DEFAULT);
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(BuildOutcome.BUILT);

        String text = oneLine(PackTestSupport.text(properties.output().resolve(MEETING + "/progress-report.pdf")));
        assertThat(text).contains("Progress Report on Implementation:", "Refreshing the Partnership: Service Birmingham",
                "9th June 2015", "Cllr Carl Rice", "Emma Williamson, Head of Scrutiny Service", "N/a – first update",
                "Cabinet Member (Deputy Leader)", "6: In Progress",
                "Evidence of Progress (and Anticipated Completion Date if 'Not Achieved')");

        // Summary: parts per category, as in recommendations.csv (9 + 3 + 2 = 14 parts).
        int summary = text.indexOf("Summary of Progress");
        int tables = text.indexOf("Recommendations No Recommendation", summary);
        assertThat(summary).isPositive();
        assertThat(tables).isGreaterThan(summary);
        String page = text.substring(summary, tables);
        // Each share in words as well as a bar (9/14, 3/14, 2/14 of the parts).
        assertThat(page).contains("14 recommendation parts", "1 – Achieved (Fully) 9 64 %", "2 – Achieved (Late) 0 0 %",
                "3 – Not Achieved (Progress Made) 3 21 %", "4 – Not Achieved (Obstacle) 0 0 %",
                "5 – Not Achieved (Insufficient Progress) 0 0 %", "6 – In Progress 2 14 %");
        // What the validator found is the officer's, in the build report: not in the published paper.
        assertThat(text).doesNotContain("Needs the committee's attention", "Progress to note", "R05: category 3");

        // Every recommendation, its assessments and its evidence, in order.
        int at = tables;
        for (List<String> item : EXPECTED) {
            for (String phrase : item) {
                int next = text.indexOf(phrase, at);
                assertThat(next).as("\"%s\" after position %d", phrase, at).isGreaterThanOrEqualTo(at);
                at = next + phrase.length();
            }
        }
        // Evidence keeps its bullet items and paragraphs; the assessment note is shown.
        assertThat(text).contains("Risks on the Service Birmingham risk register", "alignment to Future");

        String buildReport = read(properties.output().resolve(MEETING + "/build-report.txt"));
        assertThat(buildReport).contains("recommendations.csv line", "R05: category 3");

        // The evidence pack (Appendix 4) keeps its Markdown tables and lists in the agenda pack.
        String pack = oneLine(PackTestSupport.text(properties.output().resolve(MEETING + "/agenda-pack.pdf")));
        assertThat(pack).contains("Supporting Evidence Pack: Progress Report on Implementation", "Sec B Number of devices per user",
                "3rd cheapest in", "Effective management of multiple third parties");
    }

    @Test
    void aProgressToNoteSectionWordedForMembersOnlyWhenTheSettingsAskForIt() {
        Path folder = PackTestSupport.copyMeeting(MEETING, tmp.resolve("attention"));
        Path json = folder.resolve("meeting.json");
        write(json, read(json).replace("\"reportingMember\": \"Deputy Leader\"",
                "\"reportingMember\": \"Deputy Leader\", \"attentionSection\": true"));
        BuildOutcome outcome = runner.build(folder, BuildOptions.DEFAULT);
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(BuildOutcome.BUILT);
        String text = oneLine(PackTestSupport.text(properties.output().resolve(MEETING + "/progress-report.pdf")));
        assertThat(text).contains("Progress to note", "R05: no anticipated completion date has been given")
                .doesNotContain("but no anticipated completion date given");
    }

    @Test
    void rejectsEachBrokenRuleNamingFileAndLine() {
        bad(HEADER.replace("\"evidence\"", "\"evidence\",\"colour\"") + GOOD.replace("\"Done\"", "\"Done\",\"red\""),
                "recommendations.csv line 1", "colour");
        bad(HEADER + GOOD.replace("\"R01\"", "\"\""), "recommendations.csv line 2, field \"id\"");
        bad(HEADER + GOOD.replace("\"Do it\"", "\"\""), "recommendations.csv line 2, field \"recommendation\"");
        bad(HEADER + GOOD.replace("\"1\"", "\"7\""), "recommendations.csv line 2, field \"assessment\", value \"7\"");
        bad(HEADER + GOOD.replace("\"1\"", "\"\""), "recommendations.csv line 2, field \"assessment\"");
        bad(HEADER + GOOD.replace("\"a\"", "\"ab\""), "recommendations.csv line 2, field \"part\", value \"ab\"");
        bad(HEADER + GOOD.replace("\"a\"", "\"1\""), "recommendations.csv line 2, field \"part\", value \"1\"");
        bad(HEADER + GOOD + GOOD.replace("\"Done\"", "\"Done again\""),
                "recommendations.csv line 2, field \"id/part\", value \"R01 / a\"", "lines 2, 3");
        bad(HEADER + GOOD.replace("\"1\",\"\"", "\"3\",\"April 2016\""),
                "recommendations.csv line 2, field \"anticipated\", value \"April 2016\"");
        bad(HEADER + GOOD.replace("\"1\",\"\"", "\"3\",\"2016-13\""),
                "recommendations.csv line 2, field \"anticipated\", value \"2016-13\"");
    }

    @Test
    void warnsAboutMissingOverdueAndLateAssessments() {
        String rows = HEADER
                + GOOD.replace("\"1\",\"\"", "\"5\",\"\"")
                + GOOD.replace("\"a\"", "\"b\"").replace("\"1\",\"\"", "\"3\",\"2016-03\"")
                + GOOD.replace("\"a\"", "\"c\"").replace("\"1\",\"\"", "\"3\",\"2016-04\"")
                + GOOD.replace("\"a\"", "\"d\"").replace("\"November 2015\",\"1\"", "\"March 2016\",\"6\"")
                + GOOD.replace("\"a\"", "\"e\"").replace("\"November 2015\",\"1\"", "\"Ongoing\",\"6\"");
        List<String> problems = strict(rows);
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).contains("line 2", "R01a: category 5 (Not Achieved – Insufficient Progress) but no anticipated");
        assertThat(problems.get(1)).contains("line 3", "R01b: overdue", "March 2016");
        assertThat(problems.get(2)).contains("line 5", "R01d: category 6 (In Progress) but the original date for completion (March 2016) has passed");
    }

    private List<String> strict(String csv) {
        Path folder = PackTestSupport.copyMeeting(MEETING, tmp.resolve("strict"));
        write(folder.resolve("recommendations.csv"), csv);
        BuildOutcome outcome = runner.build(folder, new BuildOptions(true, false, false));
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(BuildOutcome.INVALID_INPUT);
        return outcome.problems().stream().map(Problem::describe).toList();
    }

    private void bad(String csv, String... expected) {
        Path folder = PackTestSupport.copyMeeting(MEETING, tmp.resolve("case" + Integer.toHexString(csv.hashCode())));
        write(folder.resolve("recommendations.csv"), csv);
        Map<String, String> before = PackTestSupport.snapshot(properties.output());
        BuildOutcome outcome = runner.build(folder, BuildOptions.DEFAULT);
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(BuildOutcome.INVALID_INPUT);
        List<String> messages = outcome.problems().stream().filter(Problem::isError).map(Problem::describe).toList();
        assertThat(messages).as(csv).anySatisfy(m -> assertThat(m).contains(expected));
        assertThat(PackTestSupport.snapshot(properties.output())).isEqualTo(before);
    }
}
