package org.agendapack.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A value axis with round tick values: steps of 1, 2 or 5 times a power of ten, the axis running from a
 * whole step at or below the smallest value to one at or above the largest (Heckbert's "nice numbers",
 * Graphics Gems, 1990). Decimal arithmetic, so tick labels never read 0.30000000000000004.
 */
public record NiceScale(BigDecimal min, BigDecimal max, BigDecimal step) {

    /**
     * The scale for values from {@code low} to {@code high}, with at most about {@code ticks} ticks, kept
     * inside {@code floor} and {@code ceiling} where given (a percentage axis never shows 110 %).
     */
    public static NiceScale of(BigDecimal low, BigDecimal high, int ticks, BigDecimal floor, BigDecimal ceiling) {
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("low " + low + " is above high " + high);
        }
        if (low.compareTo(high) == 0) {
            // One value: give it room either side (a tenth of its size, or 1 around zero).
            BigDecimal room = low.signum() == 0 ? BigDecimal.ONE : low.abs().divide(BigDecimal.TEN);
            low = low.subtract(room);
            high = high.add(room);
        }
        if (floor != null && low.compareTo(floor) < 0) {
            low = floor;
        }
        if (ceiling != null && high.compareTo(ceiling) > 0) {
            high = ceiling;
        }
        BigDecimal range = nice(high.subtract(low).doubleValue(), false);
        BigDecimal step = nice(range.doubleValue() / Math.max(1, ticks - 1), true);
        BigDecimal min = low.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal max = high.divide(step, 0, RoundingMode.CEILING).multiply(step);
        if (floor != null && min.compareTo(floor) < 0) {
            min = floor;
        }
        if (ceiling != null && max.compareTo(ceiling) > 0) {
            max = ceiling;
        }
        return new NiceScale(min, max, step);
    }

    /** The tick values from min to max, one step apart. */
    public List<BigDecimal> ticks() {
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal t = min; t.compareTo(max) <= 0; t = t.add(step)) {
            ticks.add(t);
        }
        return ticks;
    }

    /** Where {@code value} falls between min (0) and max (1). */
    public double fraction(BigDecimal value) {
        return value.subtract(min).doubleValue() / max.subtract(min).doubleValue();
    }

    /** 1, 2 or 5 (or 10) times a power of ten: the nearest when rounding, else the next at or above. */
    static BigDecimal nice(double x, boolean round) {
        int exponent = (int) Math.floor(Math.log10(x));
        double fraction = x / Math.pow(10, exponent);
        int mantissa;
        if (round) {
            mantissa = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        } else {
            mantissa = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        }
        return BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent).stripTrailingZeros();
    }
}
