package org.agendapack.build;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.agendapack.AgendapackProperties;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.profile.CouncilProfile;
import org.agendapack.profile.Profiles;
import org.agendapack.report.ItemAppendices;
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

    private final Profiles profiles;

    public BuildContexts(AgendapackProperties properties, ReportCatalogue reports, Profiles profiles) {
        this.properties = properties;
        this.profiles = profiles;
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

    /** The context of a finished job execution, no longer kept; null if it never had one. */
    public BuildContext forget(JobExecution job) {
        return byExecution.remove(job.getId());
    }

    public Set<String> knownReports() {
        return knownReports;
    }

    /** A meeting, checked, and the council profile it uses. */
    public record Loaded(MeetingLoader.Result meeting, CouncilProfile profile) {
    }

    /** Loads meeting.json and checks it, the settings of every report it names included. */
    public MeetingLoader.Result load(MeetingFolder folder) {
        return loadWithProfile(folder).meeting();
    }

    /** As {@link #load(MeetingFolder)}, with the meeting's council profile (null when it has errors). */
    public Loaded loadWithProfile(MeetingFolder folder) {
        MeetingLoader.Result loaded = new MeetingLoader(knownReports).load(folder);
        if (loaded.meeting() == null) {
            return new Loaded(loaded, null);
        }
        java.util.List<Problem> problems = new java.util.ArrayList<>(loaded.problems());
        Profiles.Loaded profile = profiles.load(loaded.meeting().profile());
        problems.addAll(profile.problems());
        if (profile.profile() != null) {
            var items = loaded.meeting().items();
            for (int i = 0; i < items.size(); i++) {
                problems.addAll(ItemAppendices.check(items.get(i), i, reports, profile.profile()));
            }
        }
        java.util.Set<String> named = new java.util.TreeSet<>(loaded.meeting().reports().keySet());
        reports.usedBy(loaded.meeting()).forEach(r -> named.add(r.key()));
        for (String key : named) {
            GeneratedReport report = reports.get(key);
            if (report != null) {
                problems.addAll(report.checkSettings(loaded.meeting()));
            }
        }
        return new Loaded(new MeetingLoader.Result(loaded.meeting(), problems), profile.profile());
    }

    /**
     * Reads and checks the meeting of the step's build: the first step's work. Without errors, the build's
     * context is made from it; with errors, the caller rejects the input and no context exists.
     */
    public MeetingLoader.Result start(StepExecution step) {
        JobExecution job = step.getJobExecution();
        Loaded loaded = loadWithProfile(folderOf(job));
        if (!loaded.meeting().hasErrors()) {
            byExecution.put(job.getId(), create(job, loaded));
        }
        return loaded.meeting();
    }

    private static MeetingFolder folderOf(JobExecution job) {
        return new MeetingFolder(Path.of(job.getJobParameters().getString(BuildParameters.FOLDER)));
    }

    private BuildContext create(JobExecution job) {
        Loaded loaded = loadWithProfile(folderOf(job));
        if (loaded.meeting().hasErrors()) {
            // Only a restart can get here (the first step rejects such a meeting), with meeting.json broken since.
            throw new InputRejectedException(loaded.meeting().problems());
        }
        return create(job, loaded);
    }

    private BuildContext create(JobExecution job, Loaded both) {
        JobParameters params = job.getJobParameters();
        MeetingFolder folder = folderOf(job);
        long buildId = job.getJobInstance().getInstanceId();
        return new BuildContext(buildId, both.meeting().meeting(), folder, params.getString(BuildParameters.INPUTS),
                new BuildOptions(Boolean.parseBoolean(params.getString(BuildParameters.STRICT)), false,
                        Boolean.parseBoolean(params.getString(BuildParameters.PADDING, "true")),
                        Boolean.parseBoolean(params.getString(BuildParameters.REQUIRE_CONFORMANCE, "false"))),
                properties.work(folder.id(), buildId), properties.output().resolve(folder.id()), both.profile());
    }
}
