package org.agendapack.job;

import java.nio.file.Path;

import org.agendapack.run.BuildParameters;
import org.agendapack.settings.AgendapackProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Once a build has completed, its work folder goes. Only then: a build that failed or was killed keeps its work
 * for the restart, and a crash while publishing finds the papers it was publishing.
 */
@Component
public class WorkFolderCleanup implements JobExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(WorkFolderCleanup.class);

    private final AgendapackProperties properties;

    public WorkFolderCleanup(AgendapackProperties properties) {
        this.properties = properties;
    }

    @Override
    public void afterJob(JobExecution job) {
        if (job.getStatus() == BatchStatus.COMPLETED) {
            long buildId = job.getJobInstance().getInstanceId();
            Path work = properties.work(job.getJobParameters().getString(BuildParameters.MEETING), buildId);
            FileSystemUtils.deleteRecursively(work.toFile());
            LOG.debug("Build {} completed: removed its work folder {}", buildId, work);
        }
    }
}
