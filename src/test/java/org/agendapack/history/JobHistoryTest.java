package org.agendapack.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

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
    void aStoredStackTraceIsShownAsItsMessageAlone() {
        assertThat(JobHistory.plainReason("java.io.UncheckedIOException: disk full\n\tat org.agendapack.X.y(X.java:1)"))
                .isEqualTo("disk full");
        assertThat(JobHistory.plainReason("The build failed: no space left")).isEqualTo("The build failed: no space left");
        assertThat(JobHistory.plainReason("  ")).isNull();
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
