package org.agendapack.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.agendapack.archive.Manifest;
import org.agendapack.job.BuildJobConfiguration;
import org.agendapack.run.BuildOptions;
import org.agendapack.run.BuildParameters;
import org.agendapack.run.BuildResult;
import org.agendapack.run.JobDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.support.JdbcTransactionManager;

import tools.jackson.databind.json.JsonMapper;

/** A meeting's history read from its job database as the build left it, without the application. */
class JobHistoryTest {

    static final String MEETING = "audit-2027-01-26";

    @TempDir
    Path output;

    @Test
    void listsBuildsNewestFirstWithWhatEachRecorded() throws Exception {
        SingleConnectionDataSource ds = new SingleConnectionDataSource(JobDatabase.url(output, MEETING), "SA", "", true);
        try {
            new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-hsqldb.sql"))
                    .execute(ds);
            JobRepository jobs = repository(ds);
            JobExecution rejected = execution(jobs, "aaaa1111", BatchStatus.FAILED);
            BuildResult.rejected(rejected, "The input failed validation: 2 errors, 0 warnings");
            jobs.updateExecutionContext(rejected);

            JobExecution built = execution(jobs, "bbbb2222", BatchStatus.COMPLETED);
            BuildResult.warnings(built, 3);
            BuildResult.outputs(built, List.of("agenda-pack.pdf", "build-report.txt"));
            BuildResult.archive(built, "archive/" + MEETING + "/20270120T060000Z-bbbb2222");
            BuildResult.late(built, "LATE: published after the deadline");
            jobs.updateExecutionContext(built);
        } finally {
            ds.destroy();
        }

        try (JobHistory history = JobHistory.open(output, MEETING)) {
            List<JobHistory.Run> runs = history.runs();
            assertThat(runs).extracting(JobHistory.Run::status).containsExactly(BatchStatus.COMPLETED, BatchStatus.FAILED);
            JobHistory.Run last = runs.get(0);
            assertThat(last.warnings()).isEqualTo(3);
            assertThat(last.outputs()).containsExactly("agenda-pack.pdf", "build-report.txt");
            assertThat(last.archive()).endsWith("-bbbb2222");
            assertThat(last.late()).startsWith("LATE");
            assertThat(last.failure()).isNull();
            assertThat(runs.get(1).failure()).isEqualTo("The input failed validation: 2 errors, 0 warnings");
            assertThat(history.lastBuiltInputs()).contains("bbbb2222");
        }
    }

    @Test
    void completedBuildsWhoseRecordsLeftTheDatabaseAreListedFromTheirArchiveFolders() throws Exception {
        String newest = "archive/" + MEETING + "/20270120T060000Z-bbbb2222";
        long builtId;
        SingleConnectionDataSource ds = new SingleConnectionDataSource(JobDatabase.url(output, MEETING), "SA", "", true);
        try {
            new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-hsqldb.sql"))
                    .execute(ds);
            JobRepository jobs = repository(ds);
            for (int i = 0; i < 7; i++) {
                jobs.deleteJobInstance(execution(jobs, "zzzz000" + i, BatchStatus.COMPLETED).getJobInstance());
            }
            JobExecution built = execution(jobs, "bbbb2222", BatchStatus.COMPLETED);
            BuildResult.archive(built, newest);
            jobs.updateExecutionContext(built);
            builtId = built.getId();
        } finally {
            ds.destroy();
        }
        manifest(newest, builtId, "bbbb2222", null, null);
        manifest("archive/" + MEETING + "/20270119T060000Z-aaaa1111", builtId - 3, "aaaa1111",
                "LATE: published after the deadline", "clerk", new Manifest.Attempt(builtId - 4, "FAILED",
                        "2027-01-19T05:00:00Z", "2027-01-19T05:00:01Z", "The build failed: disk full", "scheduler"));
        Path broken = Files.createDirectories(output.resolve("archive/" + MEETING + "/20270118T060000Z-cccc3333"));
        Files.writeString(broken.resolve(Manifest.FILE), "{ not json");

        try (JobHistory history = JobHistory.open(output, MEETING)) {
            List<JobHistory.Run> runs = history.runs();
            assertThat(runs).extracting(JobHistory.Run::id).containsExactly(builtId, builtId - 3, builtId - 4, -1L);
            assertThat(runs.get(0).inputs()).as("the database's own record, not the manifest's").isEqualTo("bbbb2222");
            JobHistory.Run archived = runs.get(1);
            assertThat(archived.status()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(archived.inputs()).isEqualTo("aaaa1111");
            assertThat(archived.started()).isEqualTo(
                    LocalDateTime.ofInstant(Instant.parse("2027-01-19T06:00:00.250Z"), ZoneId.systemDefault()));
            assertThat(archived.duration()).isEqualTo(Duration.ofMillis(2_500));
            assertThat(archived.warnings()).isEqualTo(2);
            assertThat(archived.outputs()).containsExactly("agenda-pack.pdf", "build-report.txt");
            assertThat(archived.archive()).endsWith("-aaaa1111");
            assertThat(archived.late()).startsWith("LATE");
            assertThat(archived.startedBy()).isEqualTo("clerk");
            JobHistory.Run attempt = runs.get(2);
            assertThat(attempt.status()).isEqualTo(BatchStatus.FAILED);
            assertThat(attempt.failure()).isEqualTo("The build failed: disk full");
            assertThat(attempt.duration()).isEqualTo(Duration.ofSeconds(1));
            assertThat(attempt.startedBy()).isEqualTo("scheduler");
            assertThat(attempt.inputs()).isEqualTo("aaaa1111");
            assertThat(runs.get(3).status()).isEqualTo(BatchStatus.UNKNOWN);
            assertThat(runs.get(3).failure()).contains("manifest.json cannot be read");
        }
    }

    private void manifest(String folder, long execution, String inputs, String late, String startedBy,
            Manifest.Attempt... attempts) throws Exception {
        Path dir = Files.createDirectories(output.resolve(folder));
        Manifest m = new Manifest(Manifest.FORMAT, MEETING, "Audit Committee", "2027-01-26", inputs, "test", execution,
                execution, "2027-01-19T06:00:00.250Z", "2027-01-19T06:00:02.750Z", null,
                List.of("warning one", "warning two"), List.of(),
                List.of(new Manifest.Entry("agenda-pack.pdf", 1, "00"), new Manifest.Entry("build-report.txt", 1, "00")),
                "host", startedBy, late, List.of(attempts));
        Files.writeString(dir.resolve(Manifest.FILE), JsonMapper.builder().build().writeValueAsString(m));
    }

    @Test
    void buildsOfSeveralMeetingsSortNewestFirstByTimeAndUnknownTimesLast() {
        JobHistory.Run tenth = run(3, LocalDateTime.of(2026, 12, 10, 6, 0));
        JobHistory.Run ninth = run(9, LocalDateTime.of(2026, 12, 9, 6, 0));
        JobHistory.Run unknown = run(-1, null);
        List<JobHistory.Run> runs = new java.util.ArrayList<>(List.of(ninth, unknown, tenth));
        runs.sort(JobHistory.NEWEST_FIRST);
        assertThat(runs).containsExactly(tenth, ninth, unknown);
    }

    private static JobHistory.Run run(long id, LocalDateTime started) {
        return new JobHistory.Run(id, MEETING, BatchStatus.COMPLETED, started, null, 0, List.of(), null, null, null,
                null, null);
    }

    @Test
    void aStoredStackTraceIsShownAsItsMessageAlone() {
        assertThat(BuildResult.plainReason("java.io.UncheckedIOException: disk full\n\tat org.agendapack.X.y(X.java:1)"))
                .isEqualTo("disk full");
        assertThat(BuildResult.plainReason("The build failed: no space left")).isEqualTo("The build failed: no space left");
        assertThat(BuildResult.plainReason("  ")).isNull();
    }

    private static JobRepository repository(SingleConnectionDataSource ds) throws Exception {
        JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
        factory.setDataSource(ds);
        factory.setTransactionManager(new JdbcTransactionManager(ds));
        factory.afterPropertiesSet();
        return factory.getObject();
    }

    private static JobExecution execution(JobRepository jobs, String inputs, BatchStatus status) {
        JobParameters params = BuildParameters.of(MEETING, inputs, 0, BuildOptions.DEFAULT, "/meetings/" + MEETING);
        JobInstance instance = jobs.createJobInstance(BuildJobConfiguration.JOB, params);
        JobExecution execution = jobs.createJobExecution(instance, params, new ExecutionContext());
        execution.setStartTime(LocalDateTime.now().minusMinutes(1));
        execution.setEndTime(LocalDateTime.now());
        execution.setStatus(status);
        execution.setExitStatus(status == BatchStatus.COMPLETED ? ExitStatus.COMPLETED : ExitStatus.FAILED);
        jobs.update(execution);
        return execution;
    }
}
