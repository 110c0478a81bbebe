package org.agendapack.dataset;

import java.util.List;
import java.util.Optional;

import org.agendapack.meeting.MeetingLoader;
import org.agendapack.problem.Problem;
import org.agendapack.run.BuildContext;
import org.agendapack.source.DatasetFormat;

/**
 * A generated report's dataset against the agenda. Without its file a report on the agenda would still be built,
 * every value "n/a" or no row at all, and reach councillors looking like a report of nothing; a file whose report
 * no item includes is data the officer meant to publish that the pack leaves out.
 */
public final class ReportDatasets {

    private ReportDatasets() {
    }

    /**
     * What a report's cross-checks report instead of checking its rows, or empty when the rows are to be checked.
     * With no {@code file} (the dataset's, as {@link BuildContext#datasetFile} names it): an error naming where the
     * agenda places {@code report}, if it is {@code needed} (nothing if the agenda does not place it). With a file
     * that no agenda item's report uses: a warning (its rows are not worth one each).
     */
    public static Optional<List<Problem>> insteadOfRows(BuildContext build, String report, DatasetFormat format,
            String file, boolean needed) {
        String name = format.name();
        Optional<String> place = build.meeting().placeOfReport(report);
        if (file == null) {
            return Optional.of(place.filter(at -> needed).map(at -> List.of(Problem.in(MeetingLoader.FILE).at(at)
                    .field("report").value(report)
                    .error("is built from " + name + ".csv (or " + name + ".json), which the meeting folder does not "
                            + "have: add it, with the header line " + String.join(",", format.required())
                            + ", or take the report off the agenda")))
                    .orElse(List.of()));
        }
        if (place.isEmpty()) {
            return Optional.of(List.of(Problem.in(file).warning("no agenda item includes the " + report
                    + " report, which is built from this file, so the pack leaves it out; add the report to an item "
                    + "(\"report\": \"" + report + "\") or remove the file")));
        }
        return Optional.empty();
    }
}
