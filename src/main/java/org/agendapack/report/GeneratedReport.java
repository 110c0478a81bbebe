package org.agendapack.report;

import java.nio.file.Path;
import java.util.List;

import org.agendapack.dataset.Feature;
import org.agendapack.meeting.Meeting;
import org.agendapack.problem.Problem;
import org.agendapack.profile.CouncilProfile;
import org.agendapack.render.PdfRenderer;
import org.agendapack.run.BuildContext;

/**
 * A report generated from data, named in meeting.json under "reports" and placed on the agenda by key: the
 * datasets it reads and their rules (as a {@link Feature}), its settings, its aggregation, model and template.
 */
public interface GeneratedReport extends Feature {

    /** The key used in meeting.json, e.g. "performance-pack". */
    String key();

    /** Problems with the report's settings in meeting.json (checked when the meeting is loaded). */
    List<Problem> checkSettings(Meeting meeting);

    /** Aggregates the staged data this report needs into its report tables (SQL). */
    void aggregate(BuildContext build);

    /** Renders the report's part to a PDF at {@code target}; returns the number of pages. */
    PdfRenderer.Rendered render(BuildContext build, PaperPart part, Path target);

    /** The parts the pack places as appendices of their own, in order (none for most reports). */
    default List<ReportSection> sections(CouncilProfile profile) {
        return List.of();
    }

    /** The file name of the report's own PDF in the output folder. */
    default String fileName() {
        return key() + ".pdf";
    }
}
