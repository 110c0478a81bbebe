package org.agendapack.performance;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of the performance pack, from the catalogue in meeting.json.
 *
 * @param unit count, percent, ratio or score
 * @param of for a percent, the count it is a share of (lets the validator spot impossible percentages)
 * @param target with {@code better}, lets the report rate each value
 * @param parts for a total, the counts it is the sum of
 * @param chart true: the report also shows the metric as a trend chart (a JSON boolean, checked by
 *        {@link ChartFlags})
 */
public record Metric(String key, String label, String unit, String of, BigDecimal target, String better,
        List<String> parts, Boolean chart) {

    public static final List<String> UNITS = List.of("count", "percent", "ratio", "score");

    public Metric {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public boolean isCount() {
        return "count".equals(unit);
    }

    public boolean isPercent() {
        return "percent".equals(unit);
    }

    public boolean charted() {
        return Boolean.TRUE.equals(chart);
    }

    public boolean lowerIsBetter() {
        return "lower".equals(better);
    }
}
