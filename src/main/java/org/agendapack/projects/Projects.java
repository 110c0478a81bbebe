package org.agendapack.projects;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.agendapack.dataset.Dataset;
import org.agendapack.problem.Problem;
import org.agendapack.run.BuildContext;
import org.agendapack.source.Checked;
import org.agendapack.source.DatasetFormat;
import org.agendapack.source.FieldRules;
import org.agendapack.source.SourceRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The projects dataset: field rules and staging into {@code project}. */
@Component
public class Projects implements Dataset<Project> {

    public static final DatasetFormat FORMAT = new DatasetFormat("projects",
            List.of("id", "name", "organisation", "stage", "rag"),
            List.of("start", "planned_end", "forecast_end", "percent_complete", "manager", "update"));

    public static final List<String> STAGES = Stage.codes();
    public static final List<String> RAGS = Rag.codes();
    public static final String SHARED = "Shared";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcTemplate jdbc;

    public Projects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public DatasetFormat format() {
        return FORMAT;
    }

    @Override
    public Checked<Project> check(SourceRecord record, BuildContext build) {
        List<Problem> problems = new ArrayList<>(1);
        FieldRules rules = new FieldRules(record, problems);
        String id = rules.required("id");
        String name = rules.required("name");
        // What the staging table's columns hold (projects/schema.sql).
        rules.maxLength("id", FieldRules.MAX_NAME);
        rules.maxLength("name", 2000);
        rules.maxLength("manager", 500);
        rules.maxLength("update", 16_000);
        String organisation = record.text("organisation");
        if (!SHARED.equals(organisation) && !build.meeting().organisations().contains(organisation)) {
            rules.error("organisation", organisation, "must be one of the meeting's organisations "
                    + build.meeting().organisations() + " or " + SHARED);
        }
        String stage = rules.oneOf("stage", STAGES);
        String rag = rules.oneOf("rag", RAGS);
        LocalDate start = rules.date("start");
        LocalDate plannedEnd = rules.date("planned_end");
        LocalDate forecastEnd = rules.date("forecast_end");
        if (start != null && plannedEnd != null && plannedEnd.isBefore(start)) {
            rules.error("planned_end", record.text("planned_end"), "the planned end is before the start (" + start + ")");
        }
        BigDecimal percent = rules.decimal("percent_complete");
        if (percent != null && (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0)) {
            rules.error("percent_complete", record.text("percent_complete"), "must be between 0 and 100");
        }
        return rules.checked(() -> new Project(id, name, organisation, stage, rag, start, plannedEnd, forecastEnd, percent,
                rules.optional("manager"), rules.optional("update"), record.line()));
    }

    @Override
    public void stage(long buildId, List<? extends Project> rows) {
        jdbc.batchUpdate("INSERT INTO project (build_id, line, id, name, organisation, stage, rag, start_date, planned_end, "
                + "forecast_end, percent_complete, manager, upd) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows, rows.size(), (ps, p) -> {
                    ps.setLong(1, buildId);
                    ps.setLong(2, p.line());
                    ps.setString(3, p.id());
                    ps.setString(4, p.name());
                    ps.setString(5, p.organisation());
                    ps.setString(6, p.stage());
                    ps.setString(7, p.rag());
                    setDate(ps, 8, p.start());
                    setDate(ps, 9, p.plannedEnd());
                    setDate(ps, 10, p.forecastEnd());
                    if (p.percentComplete() == null) {
                        ps.setNull(11, Types.DECIMAL);
                    } else {
                        ps.setBigDecimal(11, p.percentComplete());
                    }
                    ps.setString(12, p.manager());
                    ps.setString(13, p.update());
                });
    }

    static void setDate(java.sql.PreparedStatement ps, int i, LocalDate d) throws java.sql.SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }

    @Override
    public void clear(long buildId) {
        jdbc.update("DELETE FROM project WHERE build_id = ?", buildId);
    }
}
