package org.agendapack.history;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import org.agendapack.job.MeetingLock;
import org.agendapack.run.JobDatabase;
import org.agendapack.run.SharedJobDatabase;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The shared job repository's tables, and a one-off copy of every meeting's own HSQLDB history into it, so a
 * council that moves to a shared repository keeps its past: every job instance, execution and step, with its
 * status, times, counts and recorded facts (new ids, same order). A meeting's build copied before is not
 * copied again.
 */
public final class HistoryMigration {

    private HistoryMigration() {
    }

    /** What a migration copied. */
    public record Copied(String meeting, int executions, int alreadyThere) {
    }

    /** Creates Spring Batch's tables in the shared database unless they are there; true when it created them. */
    public static boolean createTables(DataSource target) {
        JdbcTemplate jdbc = new JdbcTemplate(target);
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables "
                + "WHERE lower(table_name) = 'batch_job_instance' AND table_schema = current_schema()", Integer.class);
        if (found != null && found > 0) {
            return false;
        }
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-postgresql.sql"))
                .execute(target);
        return true;
    }

    /** Copies every meeting's history from the output folder's job databases into {@code target}. */
    public static List<Copied> copyAll(Path output, SharedJobDatabase target) throws Exception {
        DataSource to = target.dataSource();
        createTables(to);
        JobRepository into = JobHistory.repository(to);
        return JobDatabase.meetings(output).stream().map(meeting -> {
            // The meeting's database is opened under its lock, as a build opens it.
            try (MeetingLock lock = MeetingLock.ofOwnDatabase(output, meeting)) {
                SingleConnectionDataSource from = new SingleConnectionDataSource(JobDatabase.url(output, meeting), "SA", "", true);
                try {
                    return copy(meeting, JobHistory.repository(from), into);
                } finally {
                    from.destroy();
                }
            } catch (Exception e) {
                throw new IllegalStateException("Cannot copy the history of " + meeting + ": " + JobHistory.rootMessage(e), e);
            }
        }).toList();
    }

    private static Copied copy(String meeting, JobRepository from, JobRepository into) {
        int copied = 0;
        int there = 0;
        for (String job : from.getJobNames()) {
            for (JobInstance instance : from.getJobInstances(job, 0, Integer.MAX_VALUE)) {
                List<JobExecution> executions = from.getJobExecutions(instance).stream()
                        .sorted(Comparator.comparingLong(JobExecution::getId)).toList();
                if (executions.isEmpty()) {
                    continue;
                }
                JobParameters identity = executions.get(0).getJobParameters();
                if (into.getJobInstance(job, identity) != null) {
                    there += executions.size();
                    continue;
                }
                JobInstance copy = into.createJobInstance(job, identity);
                for (JobExecution e : executions) {
                    copyExecution(e, copy, into);
                    copied++;
                }
            }
        }
        return new Copied(meeting, copied, there);
    }

    private static void copyExecution(JobExecution e, JobInstance instance, JobRepository into) {
        JobExecution c = into.createJobExecution(instance, e.getJobParameters(), new ExecutionContext(e.getExecutionContext()));
        c.setCreateTime(e.getCreateTime());
        c.setStartTime(e.getStartTime());
        c.setEndTime(e.getEndTime());
        c.setStatus(e.getStatus());
        c.setExitStatus(e.getExitStatus());
        into.update(c);
        into.updateExecutionContext(c);
        for (StepExecution s : e.getStepExecutions().stream().sorted(Comparator.comparingLong(StepExecution::getId)).toList()) {
            StepExecution t = into.createStepExecution(s.getStepName(), c);
            t.setStartTime(s.getStartTime());
            t.setEndTime(s.getEndTime());
            t.setStatus(s.getStatus());
            t.setExitStatus(s.getExitStatus());
            t.setReadCount(s.getReadCount());
            t.setWriteCount(s.getWriteCount());
            t.setFilterCount(s.getFilterCount());
            t.setCommitCount(s.getCommitCount());
            t.setRollbackCount(s.getRollbackCount());
            t.setReadSkipCount(s.getReadSkipCount());
            t.setProcessSkipCount(s.getProcessSkipCount());
            t.setWriteSkipCount(s.getWriteSkipCount());
            t.setExecutionContext(new ExecutionContext(s.getExecutionContext()));
            into.update(t);
            into.updateExecutionContext(t);
        }
    }
}
