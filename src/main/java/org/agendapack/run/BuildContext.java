package org.agendapack.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.agendapack.meeting.Meeting;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.meeting.MeetingLoader;
import org.agendapack.problem.InputRejectedException;
import org.agendapack.problem.Problem;
import org.agendapack.profile.CouncilProfile;
import org.agendapack.render.CrossReferences;
import org.agendapack.render.RenderedDocuments;
import org.springframework.aop.scope.ScopedObject;

/**
 * What every step of one build needs: which build (the job instance, so a restart finds its staged data),
 * the meeting and its folder, the options, and where work in progress goes. One per job execution: a
 * {@code @JobScope} bean made from the job parameters (see the build job's configuration).
 */
public class BuildContext {

    private final long buildId;
    private final Meeting meeting;
    private final MeetingFolder folder;
    private final String fingerprint;
    private final BuildOptions options;
    private final Path workDir;
    private final Path outputDir;
    private final CouncilProfile profile;
    private final Map<String, Optional<Object>> settings = new ConcurrentHashMap<>();
    private final List<Problem> meetingProblems;
    private volatile Map<String, Integer> placePages = Map.of();
    private final RenderedDocuments rendered = new RenderedDocuments();

    public BuildContext(long buildId, Meeting meeting, MeetingFolder folder, String fingerprint, BuildOptions options,
            Path workDir, Path outputDir, CouncilProfile profile) {
        this(buildId, new MeetingLoader.Result(meeting, List.of()), folder, fingerprint, options, workDir, outputDir,
                profile);
    }

    /**
     * A build of a meeting as loaded. With errors in meeting.json (or its profile) that leave its datasets
     * checkable ({@link MeetingLoader.Result#datasetsCheckable()}) the build keeps the meeting for the datasets'
     * rules and the validate step rejects the input with every problem; with other errors it has no meeting, and
     * its first step rejects the input with {@link #meetingProblems()}.
     */
    public BuildContext(long buildId, MeetingLoader.Result loaded, MeetingFolder folder, String fingerprint,
            BuildOptions options, Path workDir, Path outputDir, CouncilProfile profile) {
        this.meetingProblems = List.copyOf(loaded.problems());
        this.meeting = loaded.hasErrors() && !loaded.datasetsCheckable() ? null : loaded.meeting();
        this.profile = profile;
        this.buildId = buildId;
        this.folder = folder;
        this.fingerprint = fingerprint;
        this.options = options;
        this.workDir = workDir;
        this.outputDir = outputDir;
    }

    public long buildId() {
        return buildId;
    }

    /** What was wrong (errors) or worth a look (warnings) in meeting.json and the council profile. */
    public List<Problem> meetingProblems() {
        return meetingProblems;
    }

    /** Whether meeting.json (or its profile) has errors: the build goes no further than checking the inputs. */
    public boolean meetingHasErrors() {
        return meetingProblems.stream().anyMatch(Problem::isError);
    }

    /** Whether meeting.json has errors, yet its datasets are checked in the same run. */
    public boolean checksDatasetsDespiteErrors() {
        return meeting != null && meetingHasErrors();
    }

    public Meeting meeting() {
        if (meeting == null) {
            // Only a restart gets here (the first step rejects such a meeting): meeting.json broke since.
            throw new InputRejectedException(meetingProblems);
        }
        return meeting;
    }

    /** The council's house wording (the neutral profile when the meeting names none). */
    public CouncilProfile profile() {
        return profile;
    }

    /**
     * The context itself rather than the job-scoped proxy steps are given: for work handed to other threads (the
     * render pool), where no job scope is active.
     */
    public static BuildContext unscoped(BuildContext build) {
        return build instanceof ScopedObject scoped ? (BuildContext) scoped.getTargetObject() : build;
    }

    public MeetingFolder folder() {
        return folder;
    }

    public String meetingId() {
        return folder.id();
    }

    /** SHA-256 of the meeting folder's files, as given in the job parameters. */
    public String fingerprint() {
        return fingerprint;
    }

    public boolean strict() {
        return options.strict();
    }

    public boolean padding() {
        return options.padding();
    }

    /** A supplied PDF that would stop the pack being PDF/A-2a and PDF/UA-1 is an error. */
    public boolean requireConformance() {
        return options.requireConformance();
    }

    public Path workDir() {
        return workDir;
    }

    public Path outputDir() {
        return outputDir;
    }

    /** The dataset's file as named in problems (e.g. "kpi-months.csv"), if the meeting supplies one. */
    public Optional<String> datasetFile(String dataset) {
        return folder.dataset(dataset).map(folder::relative);
    }

    public Path work(String fileName) {
        return workDir.resolve(fileName);
    }

    /** The pack pages of the places papers refer to, as far as the render step has laid the pack out. */
    public CrossReferences.PageNumbers pages() {
        Map<String, Integer> known = placePages;
        return known::get;
    }

    public void pages(Map<String, Integer> pages) {
        this.placePages = Map.copyOf(pages);
    }

    /**
     * The papers (and supplied PDFs' copies) this build wrote in this process, still open for the pack and the
     * reports' own PDFs (none after a restart elsewhere).
     */
    public RenderedDocuments rendered() {
        return rendered;
    }

    /** When the build's job ends (its scope is destroyed): closes the rendered documents nobody took. */
    public void close() {
        rendered.close();
    }

    /** A report's settings from meeting.json, bound once per build (null when the meeting has none). */
    @SuppressWarnings("unchecked")
    public <T> T settings(String report, Class<T> type) {
        return (T) settings.computeIfAbsent(report,
                k -> Optional.ofNullable(MeetingLoader.settings(meeting(), k, type))).orElse(null);
    }
}
