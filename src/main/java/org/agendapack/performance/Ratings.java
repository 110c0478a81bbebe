package org.agendapack.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/**
 * Rates a value against its metric's target: "met", "near" (short of it by no more than the metric's band),
 * "missed", or null without a target or a value.
 */
final class Ratings {

    /** The decimals a staged value keeps (DECIMAL(24, 8)); targets and bands are compared at the same scale. */
    private static final int SCALE = 8;

    /** The target and the nearest a value may be short of it, and which way is better (1 higher, -1 lower). */
    private record Bounds(BigDecimal target, BigDecimal nearlyMet, int better) {
    }

    private final Map<String, Bounds> bounds = new HashMap<>();

    Ratings(PerformancePackSettings settings) {
        for (Metric m : settings.metrics()) {
            if (m.target() != null && !bounds.containsKey(m.key())) {
                BigDecimal target = staged(m.target());
                BigDecimal band = staged(m.band());
                bounds.put(m.key(), m.lowerIsBetter() ? new Bounds(target, target.add(band), -1)
                        : new Bounds(target, target.subtract(band), 1));
            }
        }
    }

    /** As the database would hold it (HSQLDB rounds half down to the column's scale). */
    private static BigDecimal staged(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_DOWN);
    }

    /** Whether no metric has a target: nothing to rate. */
    boolean none() {
        return bounds.isEmpty();
    }

    String rate(Metric metric, BigDecimal value) {
        Bounds b = bounds.get(metric.key());
        if (b == null || value == null) {
            return null;
        }
        if (b.better() * value.compareTo(b.target()) >= 0) {
            return "met";
        }
        return b.better() * value.compareTo(b.nearlyMet()) >= 0 ? "near" : "missed";
    }
}
