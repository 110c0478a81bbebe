package org.agendapack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.agendapack.settings.AgendapackProperties;
import org.agendapack.run.BuildOptions;
import org.agendapack.support.BuildTest;
import org.agendapack.support.PackTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The job database keeps the history, not every build's staged rows: once a build has completed, no staging
 * table holds a row of it, nor of any earlier build; a failed build keeps its own rows for its restart, and
 * only those; the problems of the last build stay for the console to read.
 */
@BuildTest
class StagingPurgeTest {

    private static final BuildOptions FORCE = new BuildOptions(false, true, true, false);

    @Autowired
    BuildRunner runner;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JobRepository jobs;

    @Autowired
    AgendapackProperties properties;

    @TempDir
    Path dir;

    @Test
    void stagingTablesHoldOnlyTheRowsOfTheBuildThatMayStillNeedThem() throws Exception {
        Path meeting = PackTestSupport.copyMeeting("joint-ict-2018-10-16", dir);
        List<String> tables = StagingPurge.stagingTables(jdbc);
        assertThat(tables).contains("KPI_VALUE", "KPI_RATING", "PROJECT", "PROCUREMENT", StagingPurge.PROBLEMS)
                .noneMatch(t -> t.startsWith("BATCH_"));

        long last = -1;
        for (int i = 0; i < 3; i++) {
            BuildOutcome built = runner.build(meeting, FORCE);
            assertThat(built.exitCode()).as(built.message()).isZero();
            assertThat(built.problems()).as("the warnings, read after the job").hasSize(2);
            last = jobs.getJobExecution(built.executionId()).getJobInstance().getInstanceId();
            assertThat(buildsIn(tables)).as("after completed build %d", last)
                    .isEqualTo(Map.of(StagingPurge.PROBLEMS, List.of(last)));
        }

        // A build that fails after staging (publishing into a pack folder that is a file) keeps its rows, only its.
        Path published = properties.output().resolve("joint-ict-2018-10-16");
        FileSystemUtils.deleteRecursively(published);
        Files.writeString(published, "a file where the pack folder goes");
        Files.writeString(meeting.resolve("changed.txt"), "new inputs: a new build");
        BuildOutcome failed = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(failed.exitCode()).isEqualTo(BuildOutcome.FAILED);
        long failedBuild = jobs.getJobExecution(failed.executionId()).getJobInstance().getInstanceId();
        assertThat(failedBuild).isNotEqualTo(last);
        Map<String, List<Long>> staged = buildsIn(tables);
        assertThat(staged).containsKeys("KPI_VALUE", "KPI_RATING", "PROJECT", "PROCUREMENT", StagingPurge.PROBLEMS);
        assertThat(staged.values()).allSatisfy(builds -> assertThat(builds).containsExactly(failedBuild));

        // Its restart completes from the failed step, with the rows it staged; then they go too.
        Files.delete(published);
        BuildOutcome restarted = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(restarted.exitCode()).as(restarted.message()).isZero();
        assertThat(jobs.getJobExecution(restarted.executionId()).getJobInstance().getInstanceId()).isEqualTo(failedBuild);
        assertThat(buildsIn(tables)).isEqualTo(Map.of(StagingPurge.PROBLEMS, List.of(failedBuild)));
    }

    /** For each staging table that has rows, the builds they belong to. */
    private Map<String, List<Long>> buildsIn(List<String> tables) {
        Map<String, List<Long>> builds = new TreeMap<>();
        for (String table : tables) {
            List<Long> ids = jdbc.queryForList("SELECT DISTINCT build_id FROM " + table + " ORDER BY build_id", Long.class);
            if (!ids.isEmpty()) {
                builds.put(table, ids);
            }
        }
        return builds;
    }
}
