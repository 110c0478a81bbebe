package org.agendapack.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.agendapack.archive.ArchiveFolders;
import org.agendapack.archive.Manifest;
import org.agendapack.run.BuildParameters;
import org.agendapack.run.BuildResult;
import org.agendapack.settings.AgendapackProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps a meeting's job database from growing with every build. Once a build has completed and archived, the
 * Spring Batch records of the meeting's earlier completed builds leave the database: each is held by its archive
 * folder, whose manifest says what the history shows of it (when, who, inputs, warnings, outputs, late, and the
 * failed runs before a restart), and the history reads it from there ({@code history/JobHistory#runs}). What stays:
 * the newest completed build, whose pack is the one published (so "already built" means these inputs' pack is
 * the published one), and every build that failed or was rejected and not built since, whose records are the only
 * account of what went wrong. A shared job repository (several hosts) keeps everything.
 */
@Component
public class ArchivedBuildPurge implements JobExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ArchivedBuildPurge.class);

    private final JobRepository jobs;
    private final JdbcTemplate jdbc;
    private final Path output;
    private final boolean ownDatabase;

    public ArchivedBuildPurge(JobRepository jobs, JdbcTemplate jdbc, AgendapackProperties properties,
            @Value("${agendapack.jobs-db.url:}") String sharedRepository) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.output = properties.output();
        this.ownDatabase = sharedRepository.isBlank();
    }

    @Override
    public void afterJob(JobExecution job) {
        if (!ownDatabase || job.getStatus() != BatchStatus.COMPLETED || BuildResult.of(job).archive() == null) {
            return;
        }
        String meeting = job.getJobParameters().getString(BuildParameters.MEETING);
        long current = job.getJobInstance().getInstanceId();
        int removed = 0;
        for (JobInstance instance : jobs.getJobInstances(BuildJobConfiguration.JOB, 0, Integer.MAX_VALUE)) {
            if (instance.getInstanceId() != current && release(instance, meeting)) {
                removed++;
            }
        }
        compact();
        LOG.debug("Build {} of {} archived: the records of {} earlier build(s) now live in their archive folders only",
                current, meeting, removed);
    }

    /**
     * Removes a completed build's records from the meeting's own job database if its archive folder holds them: a
     * forced rebuild of the same inputs then takes its place (the same build number), so that neither the database
     * nor the numbering grows with forced rebuilds. False, and nothing removed, otherwise.
     */
    public boolean release(JobInstance instance, String meeting) {
        if (!ownDatabase || !heldByItsArchive(jobs.getJobExecutions(instance), meeting)) {
            return false;
        }
        jobs.deleteJobInstance(instance);
        return true;
    }

    /**
     * HSQLDB reuses the space of deleted rows only until the database is closed, and each build opens it afresh:
     * without this, jobs.data would grow by the deleted records all the same (and by what Spring Batch updates as a
     * build runs). A few milliseconds for a file of some tens of kilobytes.
     */
    private void compact() {
        try {
            jdbc.execute("CHECKPOINT DEFRAG");
        } catch (DataAccessException e) {
            LOG.debug("The job database was not compacted; it will be after a later build", e);
        }
    }

    /**
     * A completed build of this meeting whose archive folder's manifest records it, with its late warning and every
     * earlier run of it (a build restarted after a failure). A manifest written before those were recorded leaves
     * such a build here.
     */
    private boolean heldByItsArchive(List<JobExecution> executions, String meeting) {
        JobExecution last = executions.stream().max(Comparator.comparingLong(JobExecution::getId)).orElse(null);
        String archive = last == null ? null : BuildResult.of(last).archive();
        if (archive == null || last.getStatus() != BatchStatus.COMPLETED
                || !meeting.equals(last.getJobParameters().getString(BuildParameters.MEETING))) {
            return false;
        }
        Path manifest = output.resolve(archive).resolve(Manifest.FILE);
        boolean late = BuildResult.of(last).late() != null;
        if (executions.size() == 1 && !late) {
            return Files.isRegularFile(manifest);
        }
        try {
            Manifest m = ArchiveFolders.readManifest(manifest);
            return (!late || m.late() != null)
                    && (executions.size() == 1 || m.attempts() != null && m.attempts().size() == executions.size() - 1);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
