package org.agendapack.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.agendapack.run.BuildContext;
import org.agendapack.dataset.CrossCheck;
import org.agendapack.dataset.DuplicateKeys;
import org.agendapack.dataset.ReportDatasets;
import org.agendapack.meeting.MeetingLoader;
import org.agendapack.problem.Problem;
import org.agendapack.problem.ProblemLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rules across kpi-months rows: no month/organisation/metric twice, data in the report's months, a value for
 * every cell, totals that equal their parts, and percentages a plausible whole count can produce.
 */
@Component
public class KpiCrossChecks implements CrossCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * A percentage with an "of" metric is out of the cases it measures, which need not be the month's count of
     * that metric: SLA performance is measured on incidents resolved in the month, which can be fewer than
     * those logged, or more when last month's are closed too. So any count up to twice the month's count, plus
     * a margin for small months, is plausible; only a value no such count gives is flagged.
     */
    static final int PLAUSIBLE_FACTOR = 2;
    static final int PLAUSIBLE_MARGIN = 10;
    /** How far the search for the smallest count that gives a flagged value goes. */
    static final long SEARCH_LIMIT = 1_000_000;

    private final JdbcTemplate jdbc;
    private final ProblemLog rowProblems;
    private final StagedKpiValues staged;

    public KpiCrossChecks(JdbcTemplate jdbc, ProblemLog rowProblems, StagedKpiValues staged) {
        this.jdbc = jdbc;
        this.rowProblems = rowProblems;
        this.staged = staged;
    }

    @Override
    public String dataset() {
        return KpiMonths.FORMAT.name();
    }

    private record Cell(BigDecimal value, long line) {
    }

    /**
     * The staged values of the report's months as an array by month, organisation and metric: every cell is
     * looked up several times, and a hash of three strings and a month is most of what the checks cost.
     */
    private static final class Cells {
        private final int fromMonth;
        private final int months;
        private final Map<String, Integer> organisations = new HashMap<>();
        private final Map<String, Integer> metrics = new HashMap<>();
        private final Cell[] grid;

        Cells(PerformancePackSettings settings, List<String> organisations) {
            fromMonth = number(settings.from());
            months = number(settings.to()) - fromMonth + 1;
            for (String org : organisations) {
                this.organisations.putIfAbsent(org, this.organisations.size());
            }
            for (Metric m : settings.metrics()) {
                metrics.putIfAbsent(m.key(), metrics.size());
            }
            grid = new Cell[Math.max(0, months) * this.organisations.size() * metrics.size()];
        }

        private static int number(YearMonth month) {
            return month.getYear() * 12 + month.getMonthValue() - 1;
        }

        /** Where a cell of the report's months goes, or -1 (outside them, or not in the meeting or catalogue). */
        int index(YearMonth month, String organisation, String metric) {
            int m = number(month) - fromMonth;
            Integer o = organisations.get(organisation);
            Integer k = metrics.get(metric);
            return m < 0 || m >= months || o == null || k == null ? -1 : (m * organisations.size() + o) * metrics.size() + k;
        }

        /** Puts a staged row at {@link #index}; false if the cell already had one. */
        boolean put(int i, Cell cell) {
            Cell was = grid[i];
            // Of a key given twice, the later row counts (as the rows were staged).
            if (was == null || cell.line() >= was.line()) {
                grid[i] = cell;
            }
            return was == null;
        }

        Cell get(YearMonth month, String organisation, String metric) {
            int i = index(month, organisation, metric);
            return i < 0 ? null : grid[i];
        }
    }

    @Override
    public List<Problem> check(BuildContext build) {
        // Taken whatever the checks need: kept in process, they would otherwise be held to the build's end.
        Optional<List<KpiValue>> kept = staged.take();
        List<Problem> problems = new ArrayList<>();
        PerformancePackSettings settings = build.settings(PerformancePackReport.KEY, PerformancePackSettings.class);
        // Metrics computed from other datasets need no kpi-months file (ComputedMetrics checks theirs).
        boolean typed = settings != null && !settings.metrics().stream().allMatch(Metric::isComputed);
        String file = build.datasetFile(KpiMonths.FORMAT.name()).orElse(null);
        Optional<List<Problem>> instead = ReportDatasets.insteadOfRows(build, PerformancePackReport.KEY, KpiMonths.FORMAT,
                file, typed);
        if (instead.isPresent() || settings == null) {
            return instead.orElse(problems);
        }
        String from = settings.from().toString();
        String to = settings.to().toString();
        List<String> organisations = build.meeting().organisations();
        // One pass over the staged rows: the cells of the report's months, and whether any key is given twice
        // (only then is the duplicates query, which groups every row, worth running).
        Cells cells = new Cells(settings, organisations);
        Set<List<String>> others = new HashSet<>();
        boolean inMonths = false;
        boolean duplicated = false;
        for (KpiValue row : kept.orElseGet(() -> readStaged(build.buildId()))) {
            String month = row.month();
            int i = -1;
            if (month.compareTo(from) >= 0 && month.compareTo(to) <= 0) {
                inMonths = true;
                i = cells.index(CellKey.month(month), row.organisation(), row.metric());
            }
            boolean first = i >= 0 ? cells.put(i, new Cell(row.value(), row.line()))
                    : others.add(List.of(month, row.organisation(), row.metric()));
            duplicated |= !first;
        }
        if (duplicated) {
            problems.addAll(DuplicateKeys.find(jdbc, build.buildId(), file, "kpi_value",
                    List.of("month", "organisation", "metric"), "month, organisation and metric", "keep one"));
        }
        // A row with an error was not staged, and a quote never closed loses the rest of the file: which cells have
        // no row is not known until those are fixed (a "no row" warning for each buried the error that caused them).
        boolean allRowsRead = !rowProblems.hasErrors(build.buildId(), KpiMonths.FORMAT.name());
        if (!allRowsRead) {
            problems.add(Problem.in(file).field("value").warning("rows with errors were left out, so which months, "
                    + "organisations and metrics have no row is checked once the errors are fixed"));
        } else if (!inMonths) {
            problems.add(Problem.in(MeetingLoader.FILE).at("$.reports.performance-pack.months").field("months").value(from + " to " + to)
                    .error(file + " has no data at all for the report's months"));
            return problems;
        }
        for (YearMonth month : settings.monthRange()) {
            for (String org : organisations) {
                for (Metric metric : settings.metrics()) {
                    if (metric.isComputed()) {
                        continue;
                    }
                    Cell cell = cells.get(month, org, metric.key());
                    if (cell == null) {
                        if (allRowsRead) {
                            problems.add(Problem.in(file).field("value").warning("no row for " + metric.label()
                                    + ", " + org + ", " + month + " (shown as n/a in the performance pack)"));
                        }
                    } else if (cell.value() != null) {
                        checkParts(file, month, org, metric, cell, settings, cells, problems);
                        checkPercent(file, month, org, metric, cell, cells, settings, problems);
                    }
                }
            }
        }
        return problems;
    }

    /**
     * The build's staged rows as the table holds them: after a restart, or an ingest resumed mid-file, in another
     * process. (The values come back at the column's scale of 8, the rows kept in process as written: every check
     * compares values and strips trailing zeros before showing one.)
     */
    private List<KpiValue> readStaged(long buildId) {
        return jdbc.query("SELECT month, organisation, metric, val, line FROM kpi_value WHERE build_id = ?",
                (rs, n) -> new KpiValue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getLong(5)), buildId);
    }

    private static void checkParts(String file, YearMonth month, String org, Metric metric, Cell total,
            PerformancePackSettings settings, Cells cells, List<Problem> problems) {
        if (metric.parts().isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (String part : metric.parts()) {
            Cell c = cells.get(month, org, part);
            if (c == null || c.value() == null) {
                return;
            }
            sum = sum.add(c.value());
        }
        if (sum.compareTo(total.value()) != 0) {
            List<String> labels = metric.parts().stream().map(p -> settings.metric(p).label()).toList();
            problems.add(Problem.in(file).line(total.line()).field("value").value(total.value().stripTrailingZeros().toPlainString())
                    .warning(metric.label() + " for " + org + " in " + month + " should equal the sum of its parts ("
                            + String.join(" + ", labels) + " = " + sum.stripTrailingZeros().toPlainString() + ")"));
        }
    }

    private static void checkPercent(String file, YearMonth month, String org, Metric metric, Cell percent,
            Cells cells, PerformancePackSettings settings, List<Problem> problems) {
        if (!metric.isPercent() || metric.of() == null) {
            return;
        }
        Cell whole = cells.get(month, org, metric.of());
        if (whole == null || whole.value() == null || whole.value().signum() <= 0) {
            return;
        }
        long count = whole.value().min(BigDecimal.valueOf(Integer.MAX_VALUE)).longValue();
        BigDecimal v = percent.value().stripTrailingZeros();
        long plausible = PLAUSIBLE_FACTOR * count + PLAUSIBLE_MARGIN;
        if (smallestCount(v, plausible) > 0) {
            return;
        }
        long needed = smallestCount(v, SEARCH_LIMIT);
        String gives = needed > 0 ? "the smallest count that gives it is " + needed + " ("
                + BigDecimal.valueOf(needed).multiply(v).divide(HUNDRED, 0, RoundingMode.HALF_UP) + " of " + needed + ")"
                : "no count up to " + SEARCH_LIMIT + " gives it";
        problems.add(Problem.in(file).line(percent.line()).field("value").value(v.toPlainString())
                .warning(metric.label() + " for "
                + org + " in " + month + " is " + v.toPlainString() + " %, which no whole number of cases up to "
                + plausible + " gives (twice the " + count + " " + settings.metric(metric.of()).label() + ", plus "
                + PLAUSIBLE_MARGIN + "); " + gives + "; a typo?"));
    }

    /**
     * The smallest n up to {@code max} for which some k of n, to the precision published, is the value; 0 if
     * none. A value with d decimals stands for anything that rounds to it, so from n = 10^(d+2) on every value
     * from 0 to 100 is reachable.
     */
    static long smallestCount(BigDecimal value, long max) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
            return 0;
        }
        int decimals = Math.max(v.scale(), 0);
        double tolerance = Math.pow(10, -decimals) / 2 + 1e-12;
        double x = v.doubleValue();
        long always = (long) Math.pow(10, decimals + 2);
        long limit = Math.min(max, Math.min(always, SEARCH_LIMIT));
        for (long n = 1; n <= limit; n++) {
            long nearest = Math.round(x * n / 100);
            for (long k = Math.max(0, nearest - 1); k <= Math.min(n, nearest + 1); k++) {
                if (Math.abs(100.0 * k / n - x) <= tolerance) {
                    return n;
                }
            }
        }
        return max >= always ? always : 0;
    }
}
