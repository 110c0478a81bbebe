package org.agendapack.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One row of the performance pack, from the catalogue in meeting.json.
 *
 * @param unit what the values measure: a count, a percentage, a ratio or a score
 * @param of for a percent, the count it is a share of (lets the validator spot impossible percentages)
 * @param target with {@code better}, lets the report rate each value
 * @param parts for a total, the counts it is the sum of
 * @param chart true: the report also shows the metric as a trend chart (a JSON boolean, checked by
 *        {@link ChartFlags})
 * @param within with a target: how far short of it, in the metric's own unit, a value is still "nearly met"
 *        (default {@link #band()})
 */
public record Metric(String key, String label, Unit unit, String of, BigDecimal target, Better better,
        List<String> parts, Boolean chart, BigDecimal within) {

    /** What a metric's values measure; meeting.json writes it in lower case. */
    public enum Unit {
        @JsonProperty("count") COUNT,
        @JsonProperty("percent") PERCENT,
        @JsonProperty("ratio") RATIO,
        @JsonProperty("score") SCORE;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Which way a value beats its target; meeting.json writes it in lower case (higher when absent). */
    public enum Better {
        @JsonProperty("higher") HIGHER,
        @JsonProperty("lower") LOWER;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Percentages are rated in percentage points: 5 % of a 99 % target would call 94.1 % nearly met. */
    static final BigDecimal DEFAULT_PERCENT_POINTS = new BigDecimal("2");

    /** Counts, ratios and scores: within 5 % of the target. */
    static final BigDecimal DEFAULT_SHARE = new BigDecimal("0.05");

    public Metric {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** A metric rated, if it has a target, in the default band of its unit. */
    public Metric(String key, String label, Unit unit, String of, BigDecimal target, Better better,
            List<String> parts, Boolean chart) {
        this(key, label, unit, of, target, better, parts, chart, null);
    }

    public boolean isCount() {
        return unit == Unit.COUNT;
    }

    public boolean isPercent() {
        return unit == Unit.PERCENT;
    }

    public boolean charted() {
        return Boolean.TRUE.equals(chart);
    }

    /** Which way the metric's values are rated: higher is better unless the catalogue says lower. */
    public Better rating() {
        return better == null ? Better.HIGHER : better;
    }

    public boolean lowerIsBetter() {
        return better == Better.LOWER;
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
