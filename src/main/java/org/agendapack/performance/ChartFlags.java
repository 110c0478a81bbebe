package org.agendapack.performance;

import java.util.List;
import java.util.Locale;

import org.agendapack.meeting.Meeting;
import org.agendapack.meeting.MeetingLoader;
import org.agendapack.problem.Problem;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code chart} flag of each catalogue metric, checked in meeting.json as written: binding alone would
 * quietly read "true" or 1 as true, and would fail on "yes" with a message that names no metric.
 */
final class ChartFlags {

    private ChartFlags() {
    }

    /**
     * Adds a problem for every {@code chart} that is not true or false, and returns the meeting without
     * those flags, so the rest of the catalogue can still be bound and checked in the same run.
     */
    static Meeting check(Meeting meeting, List<Problem> problems) {
        JsonNode settings = meeting.reports().get(PerformancePackReport.KEY);
        JsonNode metrics = settings == null ? null : settings.get("metrics");
        if (metrics == null || !metrics.isArray()) {
            return meeting;
        }
        ObjectNode checked = null;
        for (int i = 0; i < metrics.size(); i++) {
            JsonNode chart = metrics.get(i).get("chart");
            if (chart == null || chart.isBoolean()) {
                continue;
            }
            String type = chart.getNodeType().name().toLowerCase(Locale.ROOT);
            problems.add(Problem.in(MeetingLoader.FILE).at("$.reports.performance-pack.metrics[" + i + "].chart").field("chart").value(chart.isString() ? chart.asString() : chart.toString())
                    .error("must be true or false, written without quotes (a JSON boolean), not a " + type));
            if (checked == null) {
                checked = (ObjectNode) settings.deepCopy();
            }
            ((ObjectNode) checked.get("metrics").get(i)).remove("chart");
        }
        return checked == null ? meeting : meeting.withReport(PerformancePackReport.KEY, checked);
    }
}
