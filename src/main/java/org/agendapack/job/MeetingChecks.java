package org.agendapack.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.agendapack.meeting.AgendaItem;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.meeting.MeetingLoader;
import org.agendapack.problem.Problem;
import org.agendapack.profile.CouncilProfile;
import org.agendapack.profile.Profiles;
import org.agendapack.report.GeneratedReport;
import org.agendapack.report.ItemAppendices;
import org.agendapack.report.ReportCatalogue;
import org.springframework.stereotype.Component;

/**
 * Loads a meeting folder's meeting.json and checks it as a build needs it: its own shape, the council profile it
 * names, each item's appendices, and the settings of every report it uses.
 */
@Component
public class MeetingChecks {

    private final ReportCatalogue reports;
    private final Profiles profiles;

    public MeetingChecks(ReportCatalogue reports, Profiles profiles) {
        this.reports = reports;
        this.profiles = profiles;
    }

    /** A meeting, checked, and the council profile it uses (null when the profile has errors). */
    public record Loaded(MeetingLoader.Result meeting, CouncilProfile profile) {
    }

    /** Loads meeting.json and checks it, the settings of every report it names included. */
    public MeetingLoader.Result load(MeetingFolder folder) {
        return loadWithProfile(folder).meeting();
    }

    /** As {@link #load(MeetingFolder)}, with the meeting's council profile. */
    public Loaded loadWithProfile(MeetingFolder folder) {
        MeetingLoader.Result loaded = new MeetingLoader(reports.keys()).load(folder);
        if (loaded.meeting() == null) {
            return new Loaded(loaded, null);
        }
        List<Problem> problems = new ArrayList<>(loaded.problems());
        Profiles.Loaded profile = profiles.load(loaded.meeting().profile());
        problems.addAll(profile.problems());
        if (profile.profile() != null) {
            List<AgendaItem> items = loaded.meeting().items();
            for (int i = 0; i < items.size(); i++) {
                problems.addAll(ItemAppendices.check(items.get(i), i, reports, profile.profile()));
            }
        }
        Set<String> named = new TreeSet<>(loaded.meeting().reports().keySet());
        reports.usedBy(loaded.meeting()).forEach(r -> named.add(r.key()));
        for (String key : named) {
            GeneratedReport report = reports.get(key);
            if (report != null) {
                problems.addAll(report.checkSettings(loaded.meeting()));
            }
        }
        return new Loaded(new MeetingLoader.Result(loaded.meeting(), problems), profile.profile());
    }
}
