package org.agendapack.build;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.agendapack.AgendapackProperties;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.meeting.MeetingLoader;
import org.agendapack.problem.InputRejectedException;
import org.agendapack.problem.Problem;
import org.agendapack.report.GeneratedReport;
import org.agendapack.report.ReportCatalogue;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Gives each step the {@link BuildContext} of the job execution it belongs to. meeting.json is read once per
 * execution (a restart reads it again: it may have been fixed).
 */
@Component
public class BuildContexts {

    private final AgendapackProperties properties;
    private final Set<String> knownReports;
    private final ReportCatalogue reports;
    private final Map<Long, BuildContext> byExecution = new ConcurrentHashMap<>();

    public BuildContexts(AgendapackProperties properties, ReportCatalogue reports) {
        this.properties = properties;
        this.reports = reports;
        this.knownReports = reports.keys();
    }

    /** The context of the step running on this thread. */
    public BuildContext current() {
        return of(StepSynchronizationManager.getContext().getStepExecution());
    }

    public BuildContext of(StepExecution step) {
        JobExecution job = step.getJobExecution();
        return byExecution.computeIfAbsent(job.getId(), id -> create(job));
    }

    public Set<String> knownReports() {
        return knownReports;
    }

    /** Loads meeting.json and checks it, the settings of every report it names included. */
    public MeetingLoader.Result load(MeetingFolder folder) {
        MeetingLoader.Result loaded = new MeetingLoader(knownReports).load(folder);
        if (loaded.meeting() == null) {
            return loaded;
        }
        java.util.List<Problem> problems = new java.util.ArrayList<>(loaded.problems());
        java.util.Set<String> named = new java.util.TreeSet<>(loaded.meeting().reports().keySet());
        reports.usedBy(loaded.meeting()).forEach(r -> named.add(r.key()));
        for (String key : named) {
            GeneratedReport report = reports.get(key);
            if (report != null) {
                problems.addAll(report.checkSettings(loaded.meeting()));
            }
        }
        return new MeetingLoader.Result(loaded.meeting(), problems);
    }

    /**
     * Reads and checks the meeting of the step's build: the first step's work. Without errors, the build's
     * context is made from it; with errors, the caller rejects the input and no context exists.
     */
    public MeetingLoader.Result start(StepExecution step) {
        JobExecution job = step.getJobExecution();
        MeetingLoader.Result loaded = load(folderOf(job));
        if (!loaded.hasErrors()) {
            byExecution.put(job.getId(), create(job, loaded));
        }
        return loaded;
    }

    private static MeetingFolder folderOf(JobExecution job) {
        return new MeetingFolder(Path.of(job.getJobParameters().getString(BuildParameters.FOLDER)));
    }

    private BuildContext create(JobExecution job) {
        MeetingLoader.Result loaded = load(folderOf(job));
        if (loaded.hasErrors()) {
            // Only a restart can get here (the first step rejects such a meeting), with meeting.json broken since.
            throw new InputRejectedException(loaded.problems());
        }
        return create(job, loaded);
    }

    private BuildContext create(JobExecution job, MeetingLoader.Result loaded) {
        JobParameters params = job.getJobParameters();
        MeetingFolder folder = folderOf(job);
        long buildId = job.getJobInstance().getInstanceId();
        return new BuildContext(buildId, loaded.meeting(), folder, params.getString(BuildParameters.INPUTS),
                Boolean.parseBoolean(params.getString(BuildParameters.STRICT)),
                Boolean.parseBoolean(params.getString(BuildParameters.PADDING, "true")),
                Boolean.parseBoolean(params.getString(BuildParameters.REQUIRE_CONFORMANCE, "false")),
                properties.work(folder.id(), buildId), properties.output().resolve(folder.id()));
    }
}
