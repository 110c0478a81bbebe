package org.agendapack.performance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agendapack.tickets.TicketMapping;

/**
 * reports."performance-pack" in meeting.json.
 *
 * @param months the first and last month of the report, inclusive ("2018-06", "2018-09")
 * @param subtitle the heading above the table (default "Shared service summary")
 * @param monthsPerTable months side by side in one table; default: as many as fit 12 value columns
 * @param tickets how the tickets export's columns map to the tickets dataset (for computed metrics)
 */
public record PerformancePackSettings(String title, String subtitle, List<String> months, List<Metric> metrics,
        Integer monthsPerTable, TicketMapping tickets) {

    public PerformancePackSettings(String title, String subtitle, List<String> months, List<Metric> metrics,
            Integer monthsPerTable) {
        this(title, subtitle, months, metrics, monthsPerTable, null);
    }

    public PerformancePackSettings {
        months = months == null ? List.of() : List.copyOf(months);
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }

    public YearMonth from() {
        return YearMonth.parse(months.get(0));
    }

    public YearMonth to() {
        return YearMonth.parse(months.get(months.size() - 1));
    }

    public List<YearMonth> monthRange() {
        List<YearMonth> all = new ArrayList<>();
        for (YearMonth m = from(); !m.isAfter(to()); m = m.plusMonths(1)) {
            all.add(m);
        }
        return all;
    }

    /** The metrics by key, for a lookup per row (the first of a key given twice, as {@link #metric}). */
    public Map<String, Metric> byKey() {
        Map<String, Metric> byKey = new HashMap<>();
        for (Metric m : metrics) {
            byKey.putIfAbsent(m.key(), m);
        }
        return byKey;
    }

    /** Whether any metric is computed from other datasets (tickets, headcount, survey responses). */
    public boolean computesAny() {
        return metrics.stream().anyMatch(Metric::isComputed);
    }

    public Metric metric(String key) {
        return metrics.stream().filter(m -> m.key().equals(key)).findFirst().orElse(null);
    }
}
