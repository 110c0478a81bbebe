package org.agendapack.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.agendapack.archive.ApplicationVersion;
import org.agendapack.job.BuildFingerprint;
import org.agendapack.profile.Profiles;
import org.agendapack.render.Markdown;
import org.agendapack.settings.AgendapackProperties;
import org.agendapack.support.PackTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scheduled pass builds what changed and is to come, one line per meeting, and one failure stops nothing. */
class ScheduledBuildsTest {

    @TempDir
    Path dir;

    @Test
    void buildsChangedMeetingsToComeAndCarriesOnPastAFailure() throws Exception {
        Path input = dir.resolve("input");
        Path output = dir.resolve("output");
        Path future = PackTestSupport.copyMeeting("service-birmingham-progress-2016", input);
        future = rename(future, input.resolve("progress-2027-01-12"));
        setDate(future, "2027-01-12");
        Path broken = rename(PackTestSupport.copyMeeting("service-birmingham-progress-2016", input), input.resolve("broken-2027-02-02"));
        setDate(broken, "2027-02-02");
        Path csv = broken.resolve("recommendations.csv");
        PackTestSupport.write(csv, PackTestSupport.read(csv).replaceFirst("\"R01\"", "\"\""));
        // Its deadline (late November 2026) has passed by the time the build publishes: late, whatever today is.
        Path late = rename(PackTestSupport.copyMeeting("service-birmingham-progress-2016", input), input.resolve("late-2026-12-03"));
        setDate(late, "2026-12-03");
        Path past = PackTestSupport.copyMeeting("service-birmingham-progress-2016", input.resolve("old"));
        rename(past, input.resolve("progress-2016-04-12"));

        Clock monday = Clock.fixed(Instant.parse("2026-11-23T06:00:00Z"), ZoneOffset.UTC);
        List<String> firstPass = pass(input, output, monday, 1);
        assertThat(firstPass).hasSize(4);
        // The reason is the failed build's, read from its job repository (as runs shows it).
        assertThat(firstPass.get(0)).contains("broken-2027-02-02: FAILED (exit 1)", "The input failed validation: 1 error");
        assertThat(firstPass.get(1)).contains("late-2026-12-03: built in ", "LATE: after the publication deadline");
        assertThat(firstPass.get(2)).contains("progress-2016-04-12: skipped, the meeting (2016-04-12) has passed");
        assertThat(firstPass.get(3)).contains("progress-2027-01-12: built in ").doesNotContain("LATE");
        assertThat(output.resolve("progress-2027-01-12/progress-report.pdf")).exists();

        List<String> secondPass = pass(input, output, monday, 1);
        assertThat(secondPass.get(1)).contains("late-2026-12-03: unchanged since its last build");
        assertThat(secondPass.get(3)).contains("progress-2027-01-12: unchanged since its last build");
    }

    static final AgendapackProperties PROPERTIES = new AgendapackProperties(null, null, null, null, null, null);

    /** As the child builds compute it: the default templates and profiles folders, this build's version. */
    static final BuildFingerprint FINGERPRINTS = new BuildFingerprint(PROPERTIES,
            new Profiles(PROPERTIES, new Markdown()), new ApplicationVersion());

    private static List<String> pass(Path input, Path output, Clock clock, int expectedFailures) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int failed = new ScheduledBuilds(input, output, clock, new BuildProcess(), new PrintStream(log, true, StandardCharsets.UTF_8),
                FINGERPRINTS).runOnce();
        assertThat(failed).as(log.toString(StandardCharsets.UTF_8)).isEqualTo(expectedFailures);
        return log.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static void setDate(Path meeting, String date) {
        Path json = meeting.resolve("meeting.json");
        PackTestSupport.write(json, PackTestSupport.read(json).replaceFirst("\"date\": \"[0-9-]+\"", "\"date\": \"" + date + "\""));
    }

    private static Path rename(Path from, Path to) throws java.io.IOException {
        java.nio.file.Files.createDirectories(to.getParent());
        return java.nio.file.Files.move(from, to);
    }
}
