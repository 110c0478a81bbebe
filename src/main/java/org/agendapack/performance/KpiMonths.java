package org.agendapack.performance;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agendapack.run.BuildContext;
import org.agendapack.source.Checked;
import org.agendapack.dataset.Dataset;
import org.agendapack.source.DatasetFormat;
import org.agendapack.source.FieldRules;
import org.agendapack.source.SourceRecord;
import org.agendapack.problem.Problem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The kpi-months dataset: field rules and staging into {@code kpi_value}. */
@Component
public class KpiMonths implements Dataset<KpiValue> {

    public static final DatasetFormat FORMAT = new DatasetFormat("kpi-months",
            List.of("month", "organisation", "metric", "value"), List.of());

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcTemplate jdbc;
    private final StagedKpiValues staged;

    public KpiMonths(JdbcTemplate jdbc, StagedKpiValues staged) {
        this.jdbc = jdbc;
        this.staged = staged;
    }

    @Override
    public DatasetFormat format() {
        return FORMAT;
    }

    @Override
    public Checked<KpiValue> check(SourceRecord record, BuildContext build) {
        return rules(build).check(record);
    }

    /** The catalogue and the organisations looked up once for the build, not for each of its many rows. */
    @Override
    public RecordRules<KpiValue> rules(BuildContext build) {
        PerformancePackSettings settings = build.settings(PerformancePackReport.KEY, PerformancePackSettings.class);
        List<String> organisations = build.meeting().organisations();
        Set<String> known = new HashSet<>(organisations);
        Map<String, Metric> metrics = settings == null ? Map.of() : settings.byKey();
        return record -> check(record, settings, organisations, known, metrics);
    }

    private static Checked<KpiValue> check(SourceRecord record, PerformancePackSettings settings, List<String> organisations,
            Set<String> known, Map<String, Metric> metrics) {
        List<Problem> problems = new ArrayList<>(1);
        FieldRules rules = new FieldRules(record, problems);
        YearMonth month = rules.month("month");
        String organisation = record.text("organisation");
        if (!known.contains(organisation)) {
            rules.error("organisation", organisation, "must be one of the meeting's organisations " + organisations);
        }
        String key = record.text("metric");
        Metric metric = settings == null ? null : metrics.get(key);
        if (settings != null && metric == null) {
            rules.error("metric", key, "not in the performance-pack metrics catalogue of meeting.json");
        }
        BigDecimal value = rules.decimal("value");
        if (value == null && record.text("value").isEmpty()) {
            rules.warning("value", "", "missing value (shown as n/a in the performance pack)");
        }
        if (value != null && metric != null) {
            if (metric.isPercent() && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
                rules.error("value", record.text("value"), "a percentage must be between 0 and 100");
            }
            if (metric.isCount() && (value.signum() < 0 || value.stripTrailingZeros().scale() > 0)) {
                rules.error("value", record.text("value"), "a count must be a whole number, 0 or more");
            }
        }
        return rules.checked(() -> new KpiValue(month.toString(), organisation, key, value, record.line()));
    }

    @Override
    public void stage(long buildId, List<? extends KpiValue> rows) {
        jdbc.batchUpdate("INSERT INTO kpi_value (build_id, month, organisation, metric, val, line) VALUES (?,?,?,?,?,?)",
                rows, rows.size(), (ps, v) -> {
                    ps.setLong(1, buildId);
                    ps.setString(2, v.month());
                    ps.setString(3, v.organisation());
                    ps.setString(4, v.metric());
                    if (v.value() == null) {
                        ps.setNull(5, Types.DECIMAL);
                    } else {
                        ps.setBigDecimal(5, v.value());
                    }
                    ps.setLong(6, v.line());
                });
        staged.staged(rows);
    }

    @Override
    public void clear(long buildId) {
        jdbc.update("DELETE FROM kpi_value WHERE build_id = ?", buildId);
        staged.startingAfresh();
    }
}
