package org.agendapack.dataset;

import java.util.List;

import org.agendapack.meeting.MeetingLoader;
import org.agendapack.problem.Problem;
import org.agendapack.run.BuildContext;
import org.agendapack.source.DatasetFormat;

/**
 * The datasets a generated report on the agenda cannot do without. Without its file the report would still be
 * built, every value "n/a" or no row at all, and reach councillors looking like a report of nothing.
 */
public final class ReportDatasets {

    private ReportDatasets() {
    }

    /**
     * A warning if the meeting folder has a file of {@code format} but no agenda item includes {@code report}, the
     * only report built from it: data the officer meant to publish that the pack leaves out.
     */
    public static List<Problem> unused(BuildContext build, String report, DatasetFormat format) {
        String file = build.datasetFile(format.name()).orElse(null);
        if (file == null || build.meeting().placeOfReport(report).isPresent()) {
            return List.of();
        }
        return List.of(Problem.in(file).warning("no agenda item includes the " + report + " report, which is built from "
                + "this file, so the pack leaves it out; add the report to an item (\"report\": \"" + report
                + "\") or remove the file"));
    }

    /** An error naming where the agenda places {@code report} if the meeting folder has no file of {@code format}. */
    public static List<Problem> missing(BuildContext build, String report, DatasetFormat format) {
        String name = format.name();
        if (build.datasetFile(name).isPresent()) {
            return List.of();
        }
        return build.meeting().placeOfReport(report).map(at -> List.of(Problem.in(MeetingLoader.FILE).at(at)
                .field("report").value(report)
                .error("is built from " + name + ".csv (or " + name + ".json), which the meeting folder does not have: "
                        + "add it, with the header line " + String.join(",", format.required())
                        + ", or take the report off the agenda")))
                .orElse(List.of());
    }
}
