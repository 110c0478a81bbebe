package org.agendapack.build;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agendapack.meeting.MeetingFolder;
import org.agendapack.problem.InputRejectedException;
import org.agendapack.problem.Problem;
import org.agendapack.publish.PublishTasklet;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs the build job for a meeting folder. The identifying parameters are the meeting and the fingerprint
 * of its inputs: the same inputs as a completed build are "already built" (unless forced); a failed or
 * interrupted build of the same inputs is restarted from the step that failed.
 */
@Component
public class BuildRunner {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job buildPack;
    private final PrintStream out = System.out;

    public BuildRunner(JobOperator jobOperator, JobRepository jobRepository, Job buildPack) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.buildPack = buildPack;
    }

    public BuildOutcome build(Path folderPath, BuildOptions options) {
        if (!Files.isDirectory(folderPath)) {
            return new BuildOutcome(BuildOutcome.USAGE, "No such meeting folder: " + folderPath, null, List.of(), List.of());
        }
        MeetingFolder folder = new MeetingFolder(folderPath);
        String fingerprint = folder.fingerprint();
        try {
            JobExecution execution = launch(folder, fingerprint, options);
            if (execution == null) {
                return new BuildOutcome(BuildOutcome.BUILT, "Already built, nothing changed (inputs "
                        + fingerprint.substring(0, 8) + "); use --force to build again", null, List.of(), List.of());
            }
            return outcome(execution, folder);
        } catch (Exception e) {
            return new BuildOutcome(BuildOutcome.FAILED, "The build could not run: " + e.getMessage(), null, List.of(), List.of());
        }
    }

    private JobExecution launch(MeetingFolder folder, String fingerprint, BuildOptions options) throws Exception {
        long rebuild = 0;
        while (true) {
            JobParameters params = BuildParameters.of(folder.id(), fingerprint, rebuild, options, folder.path().toString());
            JobInstance instance = jobRepository.getJobInstance(BuildJobConfiguration.JOB, params);
            if (instance == null) {
                out.println("Building " + folder.id() + " (inputs " + fingerprint.substring(0, 8) + ")");
                return jobOperator.start(buildPack, params);
            }
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                if (!options.force()) {
                    return null;
                }
                rebuild++;
                continue;
            }
            if (last != null && last.getStatus().isRunning()) {
                // Left STARTED by a process that died (a live build would hold the meeting's lock).
                out.println("Recovering build " + last.getId() + " of " + folder.id() + ", interrupted while running");
                last = jobOperator.recover(last);
            }
            out.println("Restarting build " + last.getId() + " of " + folder.id() + " from the step that failed");
            return jobOperator.restart(last);
        }
    }

    private BuildOutcome outcome(JobExecution execution, MeetingFolder folder) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            String outputs = execution.getExecutionContext().getString(PublishTasklet.OUTPUTS, "");
            List<String> files = new ArrayList<>();
            for (String name : outputs.split(",")) {
                if (!name.isBlank()) {
                    files.add(folder.id() + "/" + name);
                }
            }
            return new BuildOutcome(BuildOutcome.BUILT, "Built " + folder.id(), execution.getId(), List.of(), files);
        }
        for (Throwable t : execution.getAllFailureExceptions()) {
            Throwable cause = t;
            while (cause != null && !(cause instanceof InputRejectedException)) {
                cause = cause.getCause();
            }
            if (cause instanceof InputRejectedException rejected) {
                List<Problem> problems = rejected.problems();
                return new BuildOutcome(BuildOutcome.INVALID_INPUT, rejected.getMessage(), execution.getId(), problems, List.of());
            }
        }
        String reason = execution.getAllFailureExceptions().stream().map(Throwable::getMessage).findFirst()
                .orElse(execution.getExitStatus().getExitDescription());
        return new BuildOutcome(BuildOutcome.FAILED, "The build failed: " + reason, execution.getId(), List.of(), List.of());
    }
}
