package org.agendapack.performance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.agendapack.dataset.Dataset;
import org.agendapack.problem.Problem;
import org.agendapack.run.BuildContext;
import org.agendapack.source.Checked;
import org.agendapack.source.DatasetFormat;
import org.agendapack.source.FieldRules;
import org.agendapack.source.SourceRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The headcount dataset: each organisation's employees from a month (or a date) on, for calls per employee. A
 * month's headcount is the row in force at its end (the latest {@code from} on or before its last day).
 */
@Component
public class Headcount implements Dataset<Headcount.Row> {

    public static final DatasetFormat FORMAT = new DatasetFormat(ComputedMetric.HEADCOUNT,
            List.of("organisation", "from", "employees"), List.of());

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    public record Row(String organisation, LocalDate from, long employees, long line) {
    }

    private final JdbcTemplate jdbc;

    public Headcount(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public DatasetFormat format() {
        return FORMAT;
    }

    @Override
    public Checked<Row> check(SourceRecord record, BuildContext build) {
        List<Problem> problems = new ArrayList<>(1);
        FieldRules rules = new FieldRules(record, problems);
        String organisation = record.text("organisation");
        if (!build.meeting().organisations().contains(organisation)) {
            rules.error("organisation", organisation, "must be one of the meeting's organisations " + build.meeting().organisations());
        }
        String fromText = record.text("from");
        LocalDate from = null;
        if (MONTH.matcher(fromText).matches()) {
            YearMonth month = rules.month("from");
            from = month == null ? null : month.atDay(1);
        } else if (fromText.isEmpty()) {
            rules.error("from", fromText, "required: the month (YYYY-MM) or date (YYYY-MM-DD) the headcount applies from, for example 2018-06");
        } else {
            from = rules.date("from");
        }
        var employees = rules.decimal("employees");
        if (employees == null && record.text("employees").isEmpty()) {
            rules.error("employees", "", "required: the number of employees, a whole number above 0");
        } else if (employees != null && (employees.signum() <= 0 || employees.stripTrailingZeros().scale() > 0)) {
            rules.error("employees", record.text("employees"), "the number of employees must be a whole number above 0, for example 3006");
        }
        LocalDate f = from;
        return rules.checked(() -> new Row(organisation, f, employees.longValueExact(), record.line()));
    }

    @Override
    public void stage(long buildId, List<? extends Row> rows) {
        jdbc.batchUpdate("INSERT INTO headcount (build_id, organisation, from_date, employees, line) VALUES (?,?,?,?,?)",
                rows, rows.size(), (ps, r) -> {
                    ps.setLong(1, buildId);
                    ps.setString(2, r.organisation());
                    ps.setObject(3, r.from());
                    ps.setLong(4, r.employees());
                    ps.setLong(5, r.line());
                });
    }

    @Override
    public void clear(long buildId) {
        jdbc.update("DELETE FROM headcount WHERE build_id = ?", buildId);
    }

    /** The employees of an organisation at the end of a month; null if no row is in force then. */
    Long at(long buildId, String organisation, YearMonth month) {
        List<Long> n = jdbc.queryForList("SELECT employees FROM headcount WHERE build_id = ? AND organisation = ? AND from_date <= ? "
                + "ORDER BY from_date DESC LIMIT 1", Long.class, buildId, organisation, month.atEndOfMonth());
        return n.isEmpty() ? null : n.get(0);
    }
}
