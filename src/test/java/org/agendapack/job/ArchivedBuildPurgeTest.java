package org.agendapack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agendapack.archive.ArchiveFolders;
import org.agendapack.archive.Manifest;
import org.agendapack.run.BuildOptions;
import org.agendapack.run.BuildParameters;
import org.agendapack.settings.AgendapackProperties;
import org.agendapack.support.BuildTest;
import org.agendapack.support.PackTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * The job database does not grow with builds that completed: their records move to their archive folders'
 * manifests, and only the newest completed build (the published pack's) and builds that failed since stay in it.
 */
@BuildTest
@DirtiesContext(classMode = ClassMode.AFTER_EACH_TEST_METHOD) // a job database and output folder of its own each
class ArchivedBuildPurgeTest {

    private static final String MEETING = "joint-ict-2018-10-16";
    private static final BuildOptions FORCE = new BuildOptions(false, true, true, false);

    @Autowired
    BuildRunner runner;

    @Autowired
    JobRepository jobs;

    @Autowired
    AgendapackProperties properties;

    @TempDir
    Path dir;

    @Test
    void forcedRebuildsLeaveOneBuildInTheDatabaseAndEveryOneInTheArchive() throws Exception {
        Path meeting = PackTestSupport.copyMeeting(MEETING, dir);
        List<Long> executions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            BuildOutcome built = runner.build(meeting, FORCE);
            assertThat(built.exitCode()).as(built.message()).isZero();
            executions.add(built.executionId());
        }

        List<JobInstance> left = instances();
        assertThat(left).hasSize(1);
        JobExecution last = jobs.getLastJobExecution(left.get(0));
        assertThat(last.getId()).isEqualTo(executions.get(2));
        assertThat(last.getJobParameters().getLong(BuildParameters.REBUILD)).as("the forced builds took its number")
                .isZero();
        assertThat(archivedExecutions()).containsExactlyElementsOf(executions);

        BuildOutcome again = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(again.message()).startsWith("Already built, nothing changed");

        // Someone deleted output/<meeting>: the history's "built" is not enough, the pack is built again.
        Path published = properties.output().resolve(MEETING);
        Files.delete(published);
        BuildOutcome rebuilt = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(rebuilt.message()).as(rebuilt.message()).startsWith("Built ");
        assertThat(published.resolve("agenda-pack.pdf")).isRegularFile();
        assertThat(instances()).as("it took the completed build's place").hasSize(1);
        assertThat(runner.build(meeting, BuildOptions.DEFAULT).message()).startsWith("Already built");
    }

    @Test
    void aRestartedBuildKeepsItsFailureInItsManifestAndOtherInputsAreBuiltAgainWhenNoLongerPublished()
            throws Exception {
        Path meeting = PackTestSupport.copyMeeting(MEETING, dir);
        long first = runner.build(meeting, BuildOptions.DEFAULT).executionId();

        // New inputs, whose build fails at publishing (a file where the pack folder goes), then restarts.
        Path published = properties.output().resolve(MEETING);
        FileSystemUtils.deleteRecursively(published);
        Files.writeString(published, "a file where the pack folder goes");
        Files.writeString(meeting.resolve("changed.txt"), "new inputs");
        BuildOutcome failed = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(failed.exitCode()).isEqualTo(BuildOutcome.FAILED);
        Files.delete(published);
        BuildOutcome restarted = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(restarted.exitCode()).as(restarted.message()).isZero();

        assertThat(instances()).as("the first build's record is in its archive folder only").hasSize(1);
        assertThat(archivedExecutions()).containsExactly(first, restarted.executionId());
        Manifest manifest = manifests().get(1);
        assertThat(manifest.attempts()).singleElement().satisfies(a -> {
            assertThat(a.jobExecutionId()).isEqualTo(failed.executionId());
            assertThat(a.status()).isEqualTo("FAILED");
            assertThat(a.failure()).isEqualTo(failed.message());
            assertThat(a.started()).isNotNull();
        });

        // Back to the first inputs: their pack is no longer the published one, so they are built again.
        Files.delete(meeting.resolve("changed.txt"));
        BuildOutcome back = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(back.message()).startsWith("Built ");
        List<JobInstance> left = instances();
        assertThat(left).hasSize(1);
        assertThat(jobs.getLastJobExecution(left.get(0)).getId()).isEqualTo(back.executionId());
        assertThat(runner.build(meeting, BuildOptions.DEFAULT).message()).startsWith("Already built");
    }

    @Test
    void aBuildWhoseManifestPredatesTheLateWarningKeepsItsRecordHere() throws Exception {
        Path meeting = PackTestSupport.copyMeeting(MEETING, dir);
        long first = runner.build(meeting, BuildOptions.DEFAULT).executionId();
        assertThat(jobs.getJobExecution(first).getExecutionContext().getString("late")).as("a 2018 meeting").isNotNull();
        Path folder = ArchiveFolders.of(properties.output().resolve(ArchiveFolders.FOLDER).resolve(MEETING)).get(0);
        Path file = folder.resolve(Manifest.FILE);
        Manifest m = ArchiveFolders.readManifest(file);
        Manifest older = new Manifest(m.format(), m.meeting(), m.committee(), m.meetingDate(), m.inputsFingerprint(),
                m.application(), m.buildId(), m.jobExecutionId(), m.started(), m.finished(), m.publicationDeadline(),
                m.warnings(), m.inputs(), m.outputs(), m.host(), m.startedBy(), null, null);
        file.toFile().setWritable(true);
        Files.writeString(file, JsonMapper.builder().build().writeValueAsString(older));

        assertThat(runner.build(meeting, FORCE).exitCode()).isZero();
        assertThat(instances()).as("the late warning is only in the database").hasSize(2);
    }

    private List<JobInstance> instances() {
        return jobs.getJobInstances(BuildJobConfiguration.JOB, 0, Integer.MAX_VALUE);
    }

    /** The job executions the meeting's archive folders record, oldest first. */
    private List<Long> archivedExecutions() {
        return manifests().stream().map(Manifest::jobExecutionId).toList();
    }

    private List<Manifest> manifests() {
        return ArchiveFolders.of(properties.output().resolve(ArchiveFolders.FOLDER).resolve(MEETING)).stream()
                .map(f -> ArchiveFolders.readManifest(f.resolve(Manifest.FILE))).toList();
    }
}
