package org.agendapack.performance;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.agendapack.meeting.Meeting;
import org.agendapack.meeting.MeetingLoader;
import org.agendapack.problem.Problem;
import org.agendapack.render.PdfRenderer;
import org.agendapack.render.UkDates;
import org.agendapack.report.TemplateReport;
import org.agendapack.run.BuildContext;
import org.agendapack.source.FieldRules;
import org.agendapack.dataset.StreamedDataset;
import org.agendapack.tickets.TicketColumns;
import org.agendapack.tickets.TicketsDataset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The performance pack: one table of KPI values, months as the upper header row spanning one column per
 * organisation, one row per metric in catalogue order, each value rated against its target where the
 * catalogue sets one. Wide reports are split into tables of as many months as fit the page.
 */
@Component
public class PerformancePackReport extends TemplateReport {

    public static final String KEY = "performance-pack";

    /** Value columns that fit a landscape A4 table at the house font size. */
    static final int MAX_VALUE_COLUMNS = 12;

    private final TicketsDataset tickets;
    private final ComputedMetrics computed;

    public PerformancePackReport(JdbcTemplate jdbc, PdfRenderer pdf, KpiMonths kpiMonths, KpiCrossChecks rowChecks,
            Headcount headcount, SurveyResponses surveys, TicketsDataset tickets, ComputedMetrics computed) {
        super(KEY, jdbc, pdf, List.of(kpiMonths, headcount, surveys), List.of(rowChecks, computed));
        this.tickets = tickets;
        this.computed = computed;
    }

    /** The service desk's ticket export, counted as it streams (computed metrics). */
    @Override
    public List<StreamedDataset> streamedDatasets() {
        return List.of(tickets);
    }

    @Override
    public List<Problem> checkSettings(Meeting meeting) {
        List<Problem> problems = new ArrayList<>();
        String at = "$.reports.performance-pack";
        PerformancePackSettings s = MeetingLoader.requiredSettings(ChartFlags.check(meeting, problems), KEY,
                PerformancePackSettings.class, "the performance pack", problems);
        if (s == null) {
            return problems;
        }
        if (s.months().size() != 2 || !s.months().stream().allMatch(m -> m != null && m.matches("\\d{4}-(0[1-9]|1[0-2])"))) {
            problems.add(Problem.in(MeetingLoader.FILE).at(at + ".months").field("months").value(String.valueOf(s.months()))
                    .error("months is the first and last month of the report, e.g. [\"2018-06\", \"2018-09\"]"));
        } else if (s.from().isAfter(s.to())) {
            problems.add(Problem.in(MeetingLoader.FILE).at(at + ".months").field("months").value(String.valueOf(s.months()))
                    .error("the first month is after the last"));
        }
        if (s.metrics().isEmpty()) {
            problems.add(Problem.in(MeetingLoader.FILE).at(at + ".metrics").field("metrics")
                    .error("the metrics catalogue is empty"));
        }
        if (meeting.organisations().isEmpty()) {
            problems.add(Problem.in(MeetingLoader.FILE).at("$.organisations").field("organisations")
                    .error("the performance pack needs the organisations its columns show"));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < s.metrics().size(); i++) {
            Metric m = s.metrics().get(i);
            String mat = at + ".metrics[" + i + "]";
            if (m.key() == null || m.key().isBlank() || !keys.add(m.key())) {
                problems.add(Problem.in(MeetingLoader.FILE).at(mat + ".key").field("key").value(m.key())
                        .error("each metric needs a unique key"));
            } else if (m.key().length() > FieldRules.MAX_NAME) {
                problems.add(Problem.in(MeetingLoader.FILE).at(mat + ".key").field("key").value(m.key())
                        .error("a metric key holds at most " + FieldRules.MAX_NAME + " characters, for example p1_incidents"));
            }
            if (m.label() == null || m.label().isBlank()) {
                problems.add(Problem.in(MeetingLoader.FILE).at(mat + ".label").field("label")
                        .error("required and must not be empty"));
            }
            if (m.unit() == null) {
                problems.add(Problem.in(MeetingLoader.FILE).at(mat + ".unit").field("unit")
                        .error("required: one of " + Arrays.toString(Metric.Unit.values())));
            }
            if (m.of() != null && (s.metric(m.of()) == null || !s.metric(m.of()).isCount())) {
                problems.add(Problem.in(MeetingLoader.FILE).at(mat + ".of").field("of").value(m.of())
                        .error("must name a count metric in the catalogue"));
            }
            if (m.within() != null && m.within().signum() < 0) {
                problems.add(Problem.in(MeetingLoader.FILE).at(mat + ".within").field("within").value(m.within().toPlainString())
                        .error("must be 0 or more: how far short of the target, in the metric's unit, a value is still nearly met"));
            }
            if (m.within() != null && m.target() == null) {
                problems.add(Problem.in(MeetingLoader.FILE).at(mat + ".within").field("within").value(m.within().toPlainString())
                        .error("only a metric with a target can have a band within it"));
            }
            checkComputed(m, mat, problems);
            for (String part : m.parts()) {
                if (s.metric(part) == null) {
                    problems.add(Problem.in(MeetingLoader.FILE).at(mat + ".parts").field("parts").value(part)
                            .error("must name metrics in the catalogue"));
                }
            }
        }
        problems.addAll(TicketColumns.check(s.tickets(), MeetingLoader.FILE, at + ".tickets"));
        return problems;
    }

    /** A computed metric names what it is computed from, a measure of that source, and the unit the measure gives. */
    private static void checkComputed(Metric m, String mat, List<Problem> problems) {
        ComputedMetric c = m.computed();
        if (c == null) {
            return;
        }
        String at = mat + ".computed";
        ComputedMetric.Measure measure = c.measureOrNull();
        if (!List.of(ComputedMetric.TICKETS, ComputedMetric.SURVEYS).contains(c.from())) {
            problems.add(Problem.in(MeetingLoader.FILE).at(at + ".from").field("from").value(c.from())
                    .error("must be \"tickets\" or \"survey-responses\": the dataset the metric is computed from"));
        }
        if (measure == null) {
            problems.add(Problem.in(MeetingLoader.FILE).at(at + ".measure").field("measure").value(c.measure())
                    .error("must be one of " + String.join(", ", ComputedMetric.Measure.keys())));
            return;
        }
        if (c.from() != null && !measure.from().equals(c.from())) {
            problems.add(Problem.in(MeetingLoader.FILE).at(at + ".measure").field("measure").value(c.measure())
                    .error("is computed from " + measure.from() + ", not " + c.from()));
        }
        if (m.unit() != null && m.unit() != measure.unit()) {
            problems.add(Problem.in(MeetingLoader.FILE).at(mat + ".unit").field("unit").value(String.valueOf(m.unit()))
                    .error("a metric computed as " + measure.key() + " is a " + measure.unit()));
        }
        if (c.type() != null && (c.incidents() == null || !measure.from().equals(ComputedMetric.TICKETS))) {
            problems.add(Problem.in(MeetingLoader.FILE).at(at + ".type").field("type").value(c.type())
                    .error("must be \"incident\" or \"service request\" (or left out for every ticket), and only for a tickets measure"));
        }
        if (c.priority() != null && (!Boolean.TRUE.equals(c.incidents()) || !c.priority().matches("(?i)P[1-3]"))) {
            problems.add(Problem.in(MeetingLoader.FILE).at(at + ".priority").field("priority").value(c.priority())
                    .error("must be P1, P2 or P3, and only with \"type\": \"incident\""));
        }
    }

    @Override
    public void aggregate(BuildContext build) {
        PerformancePackSettings s = build.settings(KEY, PerformancePackSettings.class);
        long id = build.buildId();
        // Computed values join the typed ones (line -1: no line of a file), rated and printed alike. Those of an
        // earlier attempt go first; a catalogue with no computed metric (the same for every attempt: meeting.json
        // is one of the build's inputs) has none, and is spared a pass over every staged value.
        if (s.computesAny()) {
            jdbc.update("DELETE FROM kpi_value WHERE build_id = ? AND line < 0", id);
            List<Object[]> values = new ArrayList<>();
            computed.compute(build).values().forEach((k, v) -> values.add(new Object[] { id, k.month().toString(), k.organisation(), k.metric(), v }));
            jdbc.batchUpdate("INSERT INTO kpi_value (build_id, month, organisation, metric, val, line) VALUES (?,?,?,?,?,-1)", values);
        }
        jdbc.update("DELETE FROM kpi_rating WHERE build_id = ?", id);
        // Rated in Java from one read of the values; only the ratings are written: the values stay where they
        // were staged, and a copy of every one cost as much as the rest of the step.
        Ratings ratings = new Ratings(s);
        if (ratings.none()) {
            return;
        }
        List<Rated> rated = new ArrayList<>();
        eachValue(build, s, (month, organisation, metric, value) -> {
            String rating = ratings.rate(metric, value);
            if (rating != null) {
                rated.add(new Rated(month, organisation, metric.key(), rating));
            }
        });
        jdbc.batchUpdate("INSERT INTO kpi_rating (build_id, month, organisation, metric, rating) VALUES (?,?,?,?,?)",
                rated, rated.size(), (ps, r) -> {
                    ps.setLong(1, id);
                    ps.setString(2, r.month());
                    ps.setString(3, r.organisation());
                    ps.setString(4, r.metric());
                    ps.setString(5, r.rating());
                });
    }

    private record Rated(String month, String organisation, String metric, String rating) {
    }

    /** One staged value of the report: a month in its range, a metric in its catalogue. */
    private interface ValueHandler {
        void value(String month, String organisation, Metric metric, BigDecimal value);
    }

    /** The build's values of the report's months and metrics (typed and computed), in one read. */
    private void eachValue(BuildContext build, PerformancePackSettings s, ValueHandler handler) {
        Map<String, Metric> catalogue = s.byKey();
        String from = s.from().toString();
        String to = s.to().toString();
        jdbc.query("SELECT month, organisation, metric, val FROM kpi_value WHERE build_id = ?", rs -> {
            String month = rs.getString(1);
            Metric metric = catalogue.get(rs.getString(3));
            if (metric != null && month.compareTo(from) >= 0 && month.compareTo(to) <= 0) {
                handler.value(month, rs.getString(2), metric, rs.getBigDecimal(4));
            }
        }, build.buildId());
    }

    /** One value as printed: the formatted number (or "n/a") and its rating, if the metric has a target. */
    public record Value(String text, String rating) {
    }

    /** A metric's row: its label, its target as printed ("≥ 95.00", or "–" without one) and its values. */
    public record Row(String label, String unit, boolean rated, String target, List<Value> values) {
    }

    /** One table: a run of months, each spanning a column per organisation. */
    public record Table(List<String> months, List<String> organisations, List<Row> rows) {
    }

    @Override
    protected Map<String, Object> model(BuildContext build) {
        PerformancePackSettings s = build.settings(KEY, PerformancePackSettings.class);
        List<String> orgs = build.meeting().organisations();
        Map<CellKey, Value> cells = new HashMap<>();
        Map<CellKey, BigDecimal> values = new HashMap<>();
        Map<CellKey, String> ratings = new HashMap<>();
        jdbc.query("SELECT month, organisation, metric, rating FROM kpi_rating WHERE build_id = ?",
                rs -> {
                    ratings.put(CellKey.of(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getString(4));
                }, build.buildId());
        eachValue(build, s, (month, organisation, metric, value) -> {
            CellKey key = CellKey.of(month, organisation, metric.key());
            cells.put(key, new Value(format(metric, value), ratings.get(key)));
            values.put(key, value);
        });

        List<YearMonth> months = s.monthRange();
        int perTable = s.monthsPerTable() != null ? Math.max(1, s.monthsPerTable())
                : Math.max(1, MAX_VALUE_COLUMNS / Math.max(1, orgs.size()));
        Value missing = new Value("n/a", null);
        List<Table> tables = new ArrayList<>();
        for (int from = 0; from < months.size(); from += perTable) {
            List<YearMonth> run = months.subList(from, Math.min(months.size(), from + perTable));
            List<Row> rows = new ArrayList<>(s.metrics().size());
            for (Metric metric : s.metrics()) {
                List<Value> printed = new ArrayList<>(run.size() * orgs.size());
                for (YearMonth month : run) {
                    for (String org : orgs) {
                        printed.add(cells.getOrDefault(new CellKey(month, org, metric.key()), missing));
                    }
                }
                rows.add(new Row(metric.label(), String.valueOf(metric.unit()), metric.target() != null, target(metric), printed));
            }
            tables.add(new Table(run.stream().map(m -> UkDates.MONTH_YEAR.format(m).toUpperCase(Locale.UK)).toList(), orgs, rows));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", s.title() == null ? "Performance Pack" : s.title());
        model.put("subtitle", s.subtitle() == null ? "Shared service summary" : s.subtitle());
        model.put("committee", build.meeting().committee());
        model.put("tables", tables);
        List<Metric> rated = s.metrics().stream().filter(m -> m.target() != null).toList();
        model.put("targets", rated.stream().map(m -> m.label() + ": " + target(m)).toList());
        // The legend says, metric by metric, what "nearly met" means: each metric has its own band.
        model.put("bands", rated.stream().map(PerformancePackReport::band).toList());
        model.put("anyMissing", tables.stream().flatMap(t -> t.rows().stream()).flatMap(r -> r.values().stream())
                .anyMatch(v -> v.text().equals(missing.text())));
        model.put("trendCharts", PerformanceCharts.of(s, orgs, values));
        model.put("sources", sources(build, s));
        model.put("slaDefinition", s.metrics().stream().anyMatch(m -> m.isComputed() && m.computed().measureOrNull() == ComputedMetric.Measure.SLA));
        return model;
    }

    /** Where the values come from, file by file: "Computed from tickets.csv: Number of P1 Incidents, …". */
    private static List<String> sources(BuildContext build, PerformancePackSettings s) {
        if (!s.computesAny()) {
            return List.of();
        }
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (Metric m : s.metrics()) {
            String from = m.isComputed()
                    ? "Computed from " + String.join(" and ", m.computed().datasets().stream().map(d -> build.datasetFile(d).orElse(d)).toList())
                    : "Typed in " + build.datasetFile(KpiMonths.FORMAT.name()).orElse(KpiMonths.FORMAT.name());
            byFile.computeIfAbsent(from, k -> new ArrayList<>()).add(m.label());
        }
        List<String> lines = new ArrayList<>();
        byFile.forEach((from, labels) -> lines.add(from + ": " + String.join("; ", labels) + "."));
        return lines;
    }

    /** "≥ 95.00" (higher is better), "≤ 5" (lower is better), or "–" for a metric without a target. */
    static String target(Metric m) {
        return m.target() == null ? "–" : (m.lowerIsBetter() ? "≤ " : "≥ ") + format(m, m.target());
    }

    /** "SLA Performance on P1 Incidents from 93.00 up to the target" (lower is better: "up to 5.25 down to"). */
    static String band(Metric m) {
        return m.label() + " " + (m.lowerIsBetter() ? "up to " : "from ") + format(m, m.nearlyMetFrom())
                + (m.lowerIsBetter() ? " down to " : " up to ") + "the target";
    }

    /** Counts with thousands separators; percentages, ratios and scores to two decimals. */
    static String format(Metric metric, BigDecimal value) {
        if (value == null) {
            return "n/a";
        }
        DecimalFormatSymbols uk = DecimalFormatSymbols.getInstance(Locale.UK);
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        String pattern = metric.isCount() && whole ? "#,##0" : "#,##0.00";
        return new DecimalFormat(pattern, uk).format(value);
    }
}
