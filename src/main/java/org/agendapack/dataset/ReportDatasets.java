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
