package org.agendapack.build;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Once a build has completed, its work folder goes, and the process forgets its context. Only then: a build
 * that failed or was killed keeps its work for the restart, and a crash while publishing finds the papers it
 * was publishing.
 */
@Component
public class WorkFolderCleanup implements JobExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(WorkFolderCleanup.class);

    private final BuildContexts contexts;

    public WorkFolderCleanup(BuildContexts contexts) {
        this.contexts = contexts;
    }

    @Override
    public void afterJob(JobExecution job) {
        BuildContext build = contexts.forget(job);
        if (build != null && job.getStatus() == BatchStatus.COMPLETED) {
            FileSystemUtils.deleteRecursively(build.workDir().toFile());
            LOG.debug("Build {} completed: removed its work folder {}", build.buildId(), build.workDir());
        }
    }
}
