package org.agendapack.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.agendapack.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/** meeting.json on its own: the sample loads; each kind of mistake is a problem naming where it is. */
class MeetingLoaderTest {

    static final Path SAMPLE = Path.of("input", "northbridge-audit-2027-01-26");
    static final Set<String> REPORTS = Set.of("performance-pack", "progress-report", "project-status",
            "procurement-update");

    @TempDir
    Path dir;

    @Test
    void loadsTheSampleMeeting() {
        MeetingLoader.Result loaded = new MeetingLoader(REPORTS).load(new MeetingFolder(SAMPLE));
        assertThat(loaded.problems()).filteredOn(Problem::isError).isEmpty();
        Meeting meeting = loaded.meeting();
        assertThat(meeting.committee()).isEqualTo("Audit and Governance Committee");
        assertThat(meeting.date()).hasToString("2027-01-26");
        assertThat(meeting.items()).isNotEmpty();
        assertThat(meeting.items().get(0).title()).isEqualTo("Apologies for Absence");
    }

    @Test
    void noMeetingJsonIsAnError() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("finance-2027-02-01"));
        MeetingLoader.Result loaded = new MeetingLoader(REPORTS).load(new MeetingFolder(folder));
        assertThat(loaded.hasErrors()).isTrue();
        assertThat(loaded.problems()).anySatisfy(p -> assertThat(p.describe()).contains("meeting.json"));
    }

    @Test
    void brokenJsonNamesItsLine() throws IOException {
        MeetingLoader.Result loaded = load("{\n  \"committee\": \"Audit\",\n  \"date\": \n}\n");
        assertThat(loaded.hasErrors()).isTrue();
        assertThat(loaded.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("meeting.json");
            assertThat(p.line()).isEqualTo(4L);
        });
    }

    @Test
    void everyMistakeInTheShapeIsNamedByItsPathInOneGo() throws IOException {
        String json = Files.readString(SAMPLE.resolve("meeting.json"))
                .replace("\"date\": \"2027-01-26\"", "\"date\": \"2027-02-30\"")
                .replace("\"time\": \"19:00\"", "\"time\": 1900");
        MeetingLoader.Result loaded = load(json);
        assertThat(loaded.meeting()).isNull();
        assertThat(loaded.problems()).filteredOn(Problem::isError).extracting(Problem::pointer)
                .containsExactlyInAnyOrder("$.date", "$.time");
    }

    @Test
    void aBlankOrRepeatedOrganisationIsAnErrorAndStopsTheDatasetChecks() throws IOException {
        String json = Files.readString(SAMPLE.resolve("meeting.json")).replace(
                "\"organisations\": [\"Northbridge District Council\"]",
                "\"organisations\": [\"Northbridge District Council\", \" \", \"Northbridge District Council\"]");
        MeetingLoader.Result loaded = load(json);
        assertThat(loaded.problems()).filteredOn(Problem::isError).extracting(Problem::pointer, Problem::rule)
                .containsExactly(tuple("$.organisations[1]", "an organisation needs a name, for example \"Anytown\""),
                        tuple("$.organisations[2]", "the organisation is listed twice; list each once"));
        assertThat(loaded.datasetsCheckable()).as("the rows name organisations").isFalse();
    }

    @Test
    void anErrorInAnItemLeavesTheDatasetsCheckable() throws IOException {
        String json = Files.readString(SAMPLE.resolve("meeting.json"))
                .replace("\"report\": \"progress-report\"", "\"report\": \"progress-reprot\"");
        MeetingLoader.Result loaded = load(json);
        assertThat(loaded.hasErrors()).isTrue();
        assertThat(loaded.datasetsCheckable()).isTrue();
    }

    @Test
    void anUnknownReportOnTheAgendaIsNamedWithTheReportsThereAre() throws IOException {
        String json = Files.readString(SAMPLE.resolve("meeting.json"))
                .replace("\"report\": \"progress-report\"", "\"report\": \"progress-reprot\"");
        MeetingLoader.Result loaded = load(json);
        assertThat(loaded.problems()).filteredOn(Problem::isError).singleElement().satisfies(p -> {
            assertThat(p.pointer()).matches("\\$\\.items\\[\\d+]\\.report");
            assertThat(p.value()).isEqualTo("progress-reprot");
            assertThat(p.rule()).startsWith("unknown report; the reports are").contains("progress-report");
        });
    }

    @Test
    void theDateAloneIsReadAsTheWholeMeetingReadsIt() throws IOException {
        assertThat(MeetingLoader.date(new MeetingFolder(SAMPLE))).hasValueSatisfying(d -> assertThat(d).hasToString("2027-01-26"));
        String json = Files.readString(SAMPLE.resolve("meeting.json"));
        Path folder = dir.resolve("audit-2027-01-26");
        load("\uFEFF" + json);
        assertThat(MeetingLoader.date(new MeetingFolder(folder))).hasValueSatisfying(d -> assertThat(d).hasToString("2027-01-26"));
        Files.writeString(folder.resolve("meeting.json"), json.replace("\"date\": \"2027-01-26\"", "\"date\": \"2027-02-30\""));
        assertThat(MeetingLoader.date(new MeetingFolder(folder))).isEmpty();
        Files.writeString(folder.resolve("meeting.json"), json.replace("\"date\": \"2027-01-26\",", ""));
        assertThat(MeetingLoader.date(new MeetingFolder(folder))).isEmpty();
    }

    private MeetingLoader.Result load(String meetingJson) throws IOException {
        Path folder = dir.resolve("audit-2027-01-26");
        FileSystemUtils.copyRecursively(SAMPLE, folder);
        Files.writeString(folder.resolve("meeting.json"), meetingJson);
        return new MeetingLoader(REPORTS).load(new MeetingFolder(folder));
    }
}
