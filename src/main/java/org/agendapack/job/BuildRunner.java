package org.agendapack.job;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

import org.agendapack.deadline.DeadlineNotice;
import org.agendapack.meeting.Meeting;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.meeting.MeetingLoader;
import org.agendapack.problem.InputRejectedException;
import org.agendapack.problem.Problem;
import org.agendapack.problem.ProblemLog;
import org.agendapack.publish.PublishedSets;
import org.agendapack.render.Counts;
import org.agendapack.run.BuildOptions;
import org.agendapack.run.BuildParameters;
import org.agendapack.run.BuildResult;
import org.agendapack.settings.AgendapackProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the build job for a meeting folder. The identifying parameters are the meeting and the fingerprint
 * of its inputs: the same inputs as a completed build are "already built" (unless forced); a failed or
 * interrupted build of the same inputs is restarted from the step that failed. Also runs the input checks
 * alone ({@link #validate}), for a job database that is thrown away.
 */
@Component
public class BuildRunner {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job buildPack;
    private final Job checkInputs;
    private final DeadlineNotice deadline;
    private final ProblemLog problemLog;
    private final PrintStream out = System.out;
    private static final Logger log = LoggerFactory.getLogger(BuildRunner.class);

    private final BuildFingerprint fingerprints;
    private final ArchivedBuildPurge archivedBuilds;

    /** False with a shared job repository, whose builds stage their rows in memory. */
    private final boolean stagingOutlivesBuild;

    private final Path output;

    public BuildRunner(JobOperator jobOperator, JobRepository jobRepository, Job buildPack, Job checkInputs,
            DeadlineNotice deadline, ProblemLog problemLog, BuildFingerprint fingerprints,
            ArchivedBuildPurge archivedBuilds, AgendapackProperties properties,
            @Value("${agendapack.jobs-db.url:}") String sharedRepository) {
        this.output = properties.output();
        this.archivedBuilds = archivedBuilds;
        this.stagingOutlivesBuild = sharedRepository.isBlank();
        this.fingerprints = fingerprints;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.buildPack = buildPack;
        this.checkInputs = checkInputs;
        this.deadline = deadline;
        this.problemLog = problemLog;
    }

    public BuildOutcome build(Path folderPath, BuildOptions options) {
        return build(folderPath, options, null);
    }

    /** A build recording who started it ({@code startedBy}, a job parameter that does not identify the build). */
    public BuildOutcome build(Path folderPath, BuildOptions options, String startedBy) {
        if (!Files.isDirectory(folderPath)) {
            return BuildOutcome.of(BuildOutcome.USAGE, "No such meeting folder: " + folderPath);
        }
        MeetingFolder folder = new MeetingFolder(folderPath);
        BuildOutcome outcome;
        Meeting meeting = null;
        try {
            String fingerprint = fingerprints.of(folder);
            meeting = new MeetingLoader(Set.of()).load(folder).meeting();
            out.println(meeting != null && meeting.date() != null ? deadline.describe(meeting.date())
                    : "Publication deadline unknown: meeting.json gives no valid meeting date (see below)");
            JobExecution execution = launch(folder, fingerprint, options, startedBy);
            if (execution == null) {
                return BuildOutcome.of(BuildOutcome.BUILT, "Already built, nothing changed (inputs "
                        + fingerprint.substring(0, 8) + "); use --force to build again");
            }
            outcome = outcome(execution, folder);
        } catch (Exception e) {
            outcome = BuildOutcome.fault("The build could not run: " + Faults.describe(e), null, e);
        }
        if (outcome.exitCode() == BuildOutcome.BUILT && meeting != null && meeting.date() != null) {
            outcome = outcome.withNotices(deadline.lateWarning(meeting.date()).stream().toList());
        }
        return outcome;
    }

    /** Reads and checks the inputs only: the build's first steps, nothing rendered or published. */
    public BuildOutcome validate(Path folderPath, boolean strict) {
        if (!Files.isDirectory(folderPath)) {
            return BuildOutcome.of(BuildOutcome.USAGE, "No such meeting folder: " + folderPath);
        }
        MeetingFolder folder = new MeetingFolder(folderPath);
        try {
            JobExecution execution = jobOperator.start(checkInputs,
                    BuildParameters.of(folder.id(), fingerprints.of(folder), 0, new BuildOptions(strict, false, true), folder.path().toString()));
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                return outcome(execution, folder, "The check");
            }
            List<Problem> warnings = problemLog.all(execution.getJobInstance().getInstanceId());
            return new BuildOutcome(BuildOutcome.BUILT, "The inputs of " + folder.id() + " are valid ("
                    + Counts.of(warnings.size(), "warning") + "); nothing was written to the output folder",
                    execution.getId(), warnings, List.of(), List.of());
        } catch (Exception e) {
            return BuildOutcome.fault("The check could not run: " + Faults.describe(e), null, e);
        }
    }

    /**
     * Whether a build of these inputs and options completed (and was not followed by a rejected rebuild): what
     * "already built" means, asked by a job repository alone so the command line can answer it without the
     * application's context.
     */
    public static boolean alreadyBuilt(JobRepository jobRepository, MeetingFolder folder, String fingerprint,
            BuildOptions options) {
        for (long rebuild = 0;; rebuild++) {
            JobInstance instance = jobRepository.getJobInstance(BuildJobConfiguration.JOB,
                    BuildParameters.of(folder.id(), fingerprint, rebuild, options, folder.path().toString()));
            JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
            if (last == null || !BuildResult.of(last).rejected()) {
                return last != null && last.getStatus() == BatchStatus.COMPLETED;
            }
        }
    }

    private JobExecution launch(MeetingFolder folder, String fingerprint, BuildOptions options, String startedBy)
            throws Exception {
        if (!options.force() && alreadyBuilt(jobRepository, folder, fingerprint, options)) {
            if (PublishedSets.holdsPack(output, folder.id())) {
                return null;
            }
            out.println("Built before, but " + output.resolve(folder.id()) + " holds no agenda pack: building again");
            options = options.forced();
        }
        long rebuild = Math.max(0, lastRebuild(folder, fingerprint, options));
        while (true) {
            JobParameters params = BuildParameters.of(folder.id(), fingerprint, rebuild, options, folder.path().toString(),
                    startedBy);
            JobInstance instance = jobRepository.getJobInstance(BuildJobConfiguration.JOB, params);
            if (instance != null && options.force() && archivedBuilds.release(instance, folder.id())) {
                instance = null; // a completed build its archive folder holds: the forced build takes its number
            }
            if (instance == null) {
                out.println("Building " + folder.id() + " (inputs " + fingerprint.substring(0, 8) + ")");
                return jobOperator.start(buildPack, params);
            }
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && BuildResult.of(last).rejected()) {
                // Rejected input is checked afresh in full (all steps, every problem again), not resumed.
                rebuild++;
                continue;
            }
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                if (!options.force()) {
                    return null; // (a failed build rebuilt afresh before, with a shared repository)
                }
                rebuild++;
                continue;
            }
            if (last != null && last.getStatus().isRunning()) {
                // Left STARTED by a process that died: the caller holds the meeting's lock, so nothing runs it.
                out.println("Recovering build " + last.getId() + " of " + folder.id() + ", interrupted while running");
                last = jobOperator.recover(last);
            }
            if (!stagingOutlivesBuild) {
                // With a shared repository the staged rows lived in the failed process's memory: build afresh.
                out.println("Build " + last.getId() + " of " + folder.id() + " did not complete; building again from the start");
                rebuild++;
                continue;
            }
            out.println("Restarting build " + last.getId() + " of " + folder.id() + " from the step that failed");
            // Started again with the same identifying parameters, it is a restart of that instance: from the step
            // that failed, with this folder (the inputs may have been copied elsewhere since; the folder is not
            // part of a build's identity).
            return jobOperator.start(buildPack, params);
        }
    }

    /**
     * The number of the last build of these inputs and options, or -1: builds of the same inputs are numbered
     * 0, 1, 2 … without gaps (each rejected build makes the next; a forced one takes the place of the completed
     * build it repeats, or with a shared repository makes the next; {@link ArchivedBuildPurge} removes only a
     * completed build, the last of its numbers), so it is found by doubling, then halving, in a dozen lookups after
     * a thousand rebuilds rather than one per earlier build.
     */
    private long lastRebuild(MeetingFolder folder, String fingerprint, BuildOptions options) {
        return last(n -> jobRepository.getJobInstance(BuildJobConfiguration.JOB,
                BuildParameters.of(folder.id(), fingerprint, n, options, folder.path().toString())) != null);
    }

    /** The largest n for which {@code exists} holds, given that it holds for 0 … n and for no larger n; or -1. */
    static long last(LongPredicate exists) {
        if (!exists.test(0)) {
            return -1;
        }
        long found = 0;
        long missing = 1;
        while (exists.test(missing)) {
            found = missing;
            missing *= 2;
        }
        while (missing - found > 1) {
            long middle = found + (missing - found) / 2;
            if (exists.test(middle)) {
                found = middle;
            } else {
                missing = middle;
            }
        }
        return found;
    }

    private BuildOutcome outcome(JobExecution execution, MeetingFolder folder) {
        return outcome(execution, folder, "The build");
    }

    private BuildOutcome outcome(JobExecution execution, MeetingFolder folder, String what) {
        BuildResult result = BuildResult.of(execution);
        long buildId = execution.getJobInstance().getInstanceId();
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            List<String> files = new ArrayList<>();
            for (String name : result.outputs()) {
                files.add(folder.id() + "/" + name);
            }
            if (result.archive() != null) {
                files.add(result.archive() + "/");
            }
            List<Problem> warnings = problemLog.all(buildId).stream().filter(p -> !p.isError()).toList();
            return new BuildOutcome(BuildOutcome.BUILT, "Built " + folder.id() + " (build " + execution.getId() + ")",
                    execution.getId(), warnings, files, List.of());
        }
        if (result.rejected()) {
            return new BuildOutcome(BuildOutcome.INVALID_INPUT, result.failure(), execution.getId(),
                    problemLog.all(buildId), List.of(), List.of());
        }
        for (Throwable t : execution.getAllFailureExceptions()) {
            Throwable cause = t;
            while (cause != null && !(cause instanceof InputRejectedException)) {
                cause = cause.getCause();
            }
            if (cause instanceof InputRejectedException rejected) {
                return remember(execution, new BuildOutcome(BuildOutcome.INVALID_INPUT, rejected.getMessage(),
                        execution.getId(), rejected.problems(), List.of(), List.of()));
            }
        }
        Throwable fault = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        String reason = fault != null ? Faults.describe(fault) : execution.getExitStatus().getExitDescription();
        return remember(execution, BuildOutcome.fault(what + " failed: " + reason, execution.getId(), fault));
    }

    /** Keeps the console's words for a failed build in its job context, where {@code agendapack runs} reads them. */
    private BuildOutcome remember(JobExecution execution, BuildOutcome outcome) {
        try {
            BuildResult.failed(execution, outcome.message());
            jobRepository.updateExecutionContext(execution);
        } catch (RuntimeException e) {
            log.debug("Could not record why build {} failed", execution.getId(), e);
        }
        return outcome;
    }
}
