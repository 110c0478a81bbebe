package org.agendapack.build;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.agendapack.meeting.Meeting;
import org.agendapack.profile.CouncilProfile;
import org.agendapack.render.CrossReferences;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.meeting.MeetingLoader;

/**
 * What every step of one build needs: which build (the job instance, so a restart finds its staged data),
 * the meeting and its folder, the options, and where work in progress goes.
 */
public final class BuildContext {

    private final long buildId;
    private final Meeting meeting;
    private final MeetingFolder folder;
    private final String fingerprint;
    private final BuildOptions options;
    private final Path workDir;
    private final Path outputDir;
    private final CouncilProfile profile;
    private final Map<String, Optional<Object>> settings = new ConcurrentHashMap<>();
    private volatile Map<String, Integer> placePages = Map.of();

    public BuildContext(long buildId, Meeting meeting, MeetingFolder folder, String fingerprint, BuildOptions options,
            Path workDir, Path outputDir, CouncilProfile profile) {
        this.profile = profile;
        this.buildId = buildId;
        this.meeting = meeting;
        this.folder = folder;
        this.fingerprint = fingerprint;
        this.options = options;
        this.workDir = workDir;
        this.outputDir = outputDir;
    }

    public long buildId() {
        return buildId;
    }

    public Meeting meeting() {
        return meeting;
    }

    /** The council's house wording (the neutral profile when the meeting names none). */
    public CouncilProfile profile() {
        return profile;
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
    public java.util.Optional<String> datasetFile(String dataset) {
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

    /** A report's settings from meeting.json, bound once per build (null when the meeting has none). */
    @SuppressWarnings("unchecked")
    public <T> T settings(String report, Class<T> type) {
        return (T) settings.computeIfAbsent(report,
                k -> Optional.ofNullable(MeetingLoader.settings(meeting, k, type))).orElse(null);
    }
}
