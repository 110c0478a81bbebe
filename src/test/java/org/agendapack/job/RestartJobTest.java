package org.agendapack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agendapack.run.BuildOptions;
import org.agendapack.run.BuildParameters;
import org.agendapack.settings.AgendapackProperties;
import org.agendapack.support.PackTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.FileSystemUtils;

/**
 * A build that failed part-way with the same inputs, templates and profile (here, publishing into a pack folder
 * that is not a folder) is restarted by the next build once the cause is gone (from wherever its inputs are now):
 * from the failed step, the completed steps are not run again. A broken template is different: fixing it changes what the build is made
 * of, so the fix is a new build of its own.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:${random.uuid};hsqldb.tx=mvcc",
        "agendapack.output=${java.io.tmpdir}/agendapack-test/${random.uuid}",
        "agendapack.templates=${java.io.tmpdir}/agendapack-restart-templates" })
@SpringBatchTest
@DirtiesContext
class RestartJobTest {

    static final Path TEMPLATES = Path.of(System.getProperty("java.io.tmpdir"), "agendapack-restart-templates");

    @Autowired
    BuildRunner runner;

    @Autowired
    JobRepository jobs;

    @Autowired
    AgendapackProperties properties;

    @TempDir
    Path dir;

    static {
        // The context reads the templates folder when it starts: a private copy this test may break.
        FileSystemUtils.deleteRecursively(TEMPLATES.toFile());
        try {
            FileSystemUtils.copyRecursively(Path.of("templates"), TEMPLATES);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFailedPublishRestartsFromThePublishStepOnceItsCauseIsGone() throws Exception {
        Path meeting = PackTestSupport.copyMeeting("joint-ict-2018-10-16", dir);
        Path published = properties.output().resolve("joint-ict-2018-10-16");
        FileSystemUtils.deleteRecursively(published);
        Files.createDirectories(published.getParent());
        Files.writeString(published, "a file where the pack folder goes");

        BuildOutcome failed = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(failed.exitCode()).isEqualTo(BuildOutcome.FAILED);
        assertThat(published).isRegularFile();

        Files.delete(published);
        // The same inputs, moved since: still the same build, restarted from this folder.
        Path moved = PackTestSupport.copy(meeting, dir.resolve("moved").resolve("joint-ict-2018-10-16"));
        FileSystemUtils.deleteRecursively(meeting);
        BuildOutcome restarted = runner.build(moved, BuildOptions.DEFAULT);
        assertThat(restarted.exitCode()).as(restarted.message()).isZero();

        JobInstance instance = jobs.getJobExecution(failed.executionId()).getJobInstance();
        List<JobExecution> executions = jobs.getJobExecutions(instance);
        assertThat(executions).hasSize(2);
        JobExecution first = executions.stream().filter(e -> e.getStatus() == BatchStatus.FAILED).findFirst().orElseThrow();
        JobExecution second = executions.stream().filter(e -> e.getStatus() == BatchStatus.COMPLETED).findFirst().orElseThrow();
        assertThat(first.getId()).isEqualTo(failed.executionId());
        assertThat(steps(first).get("ingestKpiMonths").getReadCount()).isEqualTo(180);
        // One ingest step per dataset the meeting supplies: it has no recommendations file.
        assertThat(steps(first)).containsKeys("ingestKpiMonths", "ingestProjects", "ingestProcurement")
                .doesNotContainKey("ingestRecommendations");
        assertThat(steps(first).get("publishPack").getStatus()).isEqualTo(BatchStatus.FAILED);
        // The restart ran the publish step and what follows, nothing before it.
        assertThat(second.getStepExecutions()).extracting(StepExecution::getStepName)
                .containsExactly("publishPack", "archivePack");
        assertThat(second.getJobParameters().getString(BuildParameters.FOLDER)).isEqualTo(moved.toString());
        assertThat(PackTestSupport.pages(published.resolve("agenda-pack.pdf"))).hasSize(26);
    }

    @Test
    void aFixedTemplateIsANewBuildNotARestart() throws Exception {
        Path meeting = PackTestSupport.copyMeeting("joint-ict-2018-10-16", dir);
        Files.writeString(meeting.resolve("this-test.txt"), "inputs of this test's own"); // not the other test's build
        Path template = TEMPLATES.resolve("project-status.ftlx");
        String good = Files.readString(template);
        Files.writeString(template, good.replaceFirst("</body>", "\\${noSuchValue}</body>"));
        try {
            BuildOutcome failed = runner.build(meeting, BuildOptions.DEFAULT);
            assertThat(failed.exitCode()).isEqualTo(BuildOutcome.FAILED);
            assertThat(failed.message()).contains("noSuchValue");
        } finally {
            Files.writeString(template, good);
        }
        BuildOutcome fixed = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(fixed.exitCode()).as(fixed.message()).isZero();
        JobExecution built = jobs.getJobExecution(fixed.executionId());
        assertThat(jobs.getJobExecutions(built.getJobInstance())).hasSize(1);
        assertThat(steps(built)).containsKey("ingestKpiMonths");
    }

    /** The steps of an execution by name (a method returning a StepExecution would be taken for a step-scope factory). */
    private static java.util.Map<String, StepExecution> steps(JobExecution execution) {
        return execution.getStepExecutions().stream().collect(java.util.stream.Collectors.toMap(StepExecution::getStepName, java.util.function.Function.identity()));
    }
}
