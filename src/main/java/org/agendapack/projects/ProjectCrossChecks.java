package org.agendapack.projects;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.agendapack.dataset.CrossCheck;
import org.agendapack.dataset.DuplicateKeys;
import org.agendapack.dataset.ReportDatasets;
import org.agendapack.problem.Problem;
import org.agendapack.run.BuildContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rules across project rows: no id twice; warnings for a live project past its planned end with no forecast,
 * and for a green project forecast to finish after its planned end.
 */
@Component
public class ProjectCrossChecks implements CrossCheck {

    private final JdbcTemplate jdbc;

    public ProjectCrossChecks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String dataset() {
        return Projects.FORMAT.name();
    }

    @Override
    public List<Problem> check(BuildContext build) {
        List<Problem> problems = new ArrayList<>();
        String file = build.datasetFile(Projects.FORMAT.name()).orElse(null);
        Optional<List<Problem>> instead = ReportDatasets.insteadOfRows(build, ProjectStatusReport.KEY, Projects.FORMAT, file, true);
        if (instead.isPresent()) {
            return instead.get();
        }
        problems.addAll(DuplicateKeys.find(jdbc, build.buildId(), file, "project", List.of("id"), "project id",
                "each project needs its own id"));
        problems.addAll(warnings(jdbc, build, file));
        return problems;
    }

    /** The warnings, in file order: also what the report's exceptions flag. */
    static List<Problem> warnings(JdbcTemplate jdbc, BuildContext build, String file) {
        List<Problem> problems = new ArrayList<>();
        Date meetingDate = Date.valueOf(build.meeting().date());
        jdbc.query("SELECT line, id, planned_end FROM project WHERE build_id = ? AND stage = 'live' "
                + "AND planned_end < ? AND forecast_end IS NULL ORDER BY line",
                rs -> {
                    problems.add(Problem.in(file).line(rs.getLong("line")).field("forecast_end").value("")
                            .warning("project " + rs.getString("id") + " is live and past its planned end ("
                                    + rs.getDate("planned_end").toLocalDate() + ") at the meeting date ("
                                    + build.meeting().date() + ") but has no forecast end"));
                }, build.buildId(), meetingDate);
        jdbc.query("SELECT line, id, planned_end, forecast_end FROM project WHERE build_id = ? AND rag = 'green' "
                + "AND forecast_end > planned_end ORDER BY line",
                rs -> {
                    problems.add(Problem.in(file).line(rs.getLong("line")).field("rag").value("green")
                            .warning("project " + rs.getString("id") + " is green but its forecast end ("
                                    + rs.getDate("forecast_end").toLocalDate() + ") is after its planned end ("
                                    + rs.getDate("planned_end").toLocalDate() + ")"));
                }, build.buildId());
        problems.sort(java.util.Comparator.comparing(Problem::line));
        return problems;
    }
}
