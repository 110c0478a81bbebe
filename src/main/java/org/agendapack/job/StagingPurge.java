package org.agendapack.job;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.agendapack.run.BuildResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the job database small: staged rows and report tables (every table with a build_id column beside Spring
 * Batch's own) are only needed while a build runs, or until a failed build is restarted. When a build ends,
 * every build's rows go except those a restart may still need (a failed build that was not rejected). The
 * problems of the build that just ended stay until the next build: the console reads them after the job.
 * Spring Batch's own tables are not touched here: the history, of which {@link ArchivedBuildPurge} keeps in the
 * database only what no archive folder holds.
 */
@Component
public class StagingPurge implements JobExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(StagingPurge.class);
    static final String PROBLEMS = "INPUT_PROBLEM";

    private final JdbcTemplate jdbc;
    private final JobRepository jobs;

    public StagingPurge(JdbcTemplate jdbc, JobRepository jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
    }

    @Override
    public void afterJob(JobExecution job) {
        long current = job.getJobInstance().getInstanceId();
        List<String> tables = stagingTables(jdbc);
        Set<Long> staged = new HashSet<>();
        for (String table : tables) {
            staged.addAll(jdbc.queryForList("SELECT DISTINCT build_id FROM " + table, Long.class));
        }
        Set<Long> keep = new HashSet<>();
        for (long build : staged) {
            if (build == current ? mayRestart(job) : mayRestart(build)) {
                keep.add(build);
            }
        }
        Set<Long> keepProblems = new HashSet<>(keep);
        keepProblems.add(current);
        int deleted = 0;
        for (String table : tables) {
            Set<Long> kept = table.equals(PROBLEMS) ? keepProblems : keep;
            if (!kept.containsAll(staged)) {
                deleted += jdbc.update("DELETE FROM " + table + (kept.isEmpty() ? ""
                        : " WHERE build_id NOT IN (" + kept.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")"));
            }
        }
        LOG.debug("Build {} ended ({}): {} staged row(s) removed, kept those of builds {}", current, job.getStatus(),
                deleted, keep);
    }

    /** The tables of agendapack's own that are keyed by build: found, so a feature's new table is purged too. */
    static List<String> stagingTables(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT table_name FROM information_schema.columns WHERE table_schema = 'PUBLIC' "
                + "AND column_name = 'BUILD_ID' AND table_name NOT LIKE 'BATCH\\_%' ESCAPE '\\' ORDER BY table_name",
                String.class).stream().map(t -> t.toUpperCase(Locale.ROOT)).toList();
    }

    /** A build that failed for a reason other than its input can be restarted from the failed step. */
    private static boolean mayRestart(JobExecution last) {
        return last != null && last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.ABANDONED
                && !BuildResult.of(last).rejected();
    }

    private boolean mayRestart(long build) {
        JobInstance instance = jobs.getJobInstance(build);
        return instance != null && mayRestart(jobs.getLastJobExecution(instance));
    }
}
