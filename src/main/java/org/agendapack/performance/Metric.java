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
 * @param within with a target: how far short of it, in the metric's own unit, a value is still "nearly met"
 *        (default {@link #band()})
 */
public record Metric(String key, String label, String unit, String of, BigDecimal target, String better,
        List<String> parts, Boolean chart, BigDecimal within) {

    /** Percentages are rated in percentage points: 5 % of a 99 % target would call 94.1 % nearly met. */
    static final BigDecimal DEFAULT_PERCENT_POINTS = new BigDecimal("2");

    /** Counts, ratios and scores: within 5 % of the target. */
    static final BigDecimal DEFAULT_SHARE = new BigDecimal("0.05");

    public static final List<String> UNITS = List.of("count", "percent", "ratio", "score");

    public Metric {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** A metric rated, if it has a target, in the default band of its unit. */
    public Metric(String key, String label, String unit, String of, BigDecimal target, String better,
            List<String> parts, Boolean chart) {
        this(key, label, unit, of, target, better, parts, chart, null);
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

    /**
     * How far short of the target a value may fall and still be "nearly met", in the metric's unit: the
     * metric's own {@code within}, else 2 percentage points for a percentage, else 5 % of the target.
     */
    public BigDecimal band() {
        if (within != null) {
            return within;
        }
        if (target == null) {
            return null;
        }
        return isPercent() ? DEFAULT_PERCENT_POINTS : target.abs().multiply(DEFAULT_SHARE);
    }

    /** The least (or, lower being better, the most) a value may be and still count as nearly met. */
    public BigDecimal nearlyMetFrom() {
        return target == null ? null : lowerIsBetter() ? target.add(band()) : target.subtract(band());
    }
}
