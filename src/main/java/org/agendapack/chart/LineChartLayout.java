package org.agendapack.chart;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.agendapack.chart.LineChart.Legend;
import org.agendapack.chart.LineChart.Plot;
import org.agendapack.chart.LineChart.Point;
import org.agendapack.chart.LineChart.Series;
import org.agendapack.chart.LineChart.Target;
import org.agendapack.chart.LineChart.Tick;

/**
 * Lays out a line chart of values by category (months): a nice value axis covering every value and the
 * target, categories evenly spaced, the target's label just right of the plot (where no line can run
 * through it), the legend beyond. Text widths are estimated from character counts at the template's 11px
 * font, generously, so labels are not clipped.
 */
public final class LineChartLayout {

    /** One line of the chart: a value per category, null where there is none. */
    public record Line(String name, List<BigDecimal> values) {
    }

    /**
     * The value axis: bounds the scale may not pass (null: none) and a unit after each tick label.
     *
     * @param suffix e.g. " %"; empty for none
     */
    public record Axis(BigDecimal floor, BigDecimal ceiling, String suffix) {
        public static final Axis PLAIN = new Axis(null, null, "");
    }

    static final double WIDTH = 660;
    static final double MIN_HEIGHT = 250;
    static final double CHAR_WIDTH = 6.5;
    static final double BOLD_CHAR_WIDTH = 7.2;
    static final double TOP = 14;
    static final double X_LABELS = 30;
    static final double LEGEND_ROW = 20;
    static final double LEGEND_SWATCH = 44;
    /** Space between the first and last category and the plot's sides, so markers clear the axis. */
    static final double INSET = 24;
    static final int TICKS = 5;
    static final BigDecimal MARGIN = new BigDecimal("0.03");

    private LineChartLayout() {
    }

    public static LineChart layout(List<String> categories, List<Line> lines, BigDecimal target, String targetLabel,
            Axis axis, String alt) {
        NiceScale scale = scale(lines, target, axis);

        double height = Math.max(MIN_HEIGHT, TOP + lines.size() * LEGEND_ROW + X_LABELS + 10);
        List<String> yLabels = scale.ticks().stream().map(t -> label(t, scale.step(), axis.suffix())).toList();
        int longestTick = yLabels.stream().mapToInt(String::length).max().orElse(1);
        int longestName = lines.stream().mapToInt(l -> l.name().length()).max().orElse(0);
        double legendWidth = LEGEND_SWATCH + Math.max(8, longestName) * CHAR_WIDTH;
        double targetWidth = target == null ? 0 : 10 + targetLabel.length() * BOLD_CHAR_WIDTH;
        Plot plot = new Plot(12 + longestTick * CHAR_WIDTH, TOP, WIDTH - legendWidth - targetWidth - 24, height - X_LABELS);

        List<Tick> yTicks = new ArrayList<>();
        for (int i = 0; i < yLabels.size(); i++) {
            yTicks.add(new Tick(yLabels.get(i), y(plot, scale, scale.ticks().get(i))));
        }
        List<Tick> xTicks = new ArrayList<>();
        int every = labelEvery(categories, plot);
        for (int i = 0; i < categories.size(); i += every) {
            xTicks.add(new Tick(categories.get(i), x(plot, categories.size(), i)));
        }
        List<Series> series = new ArrayList<>();
        for (int s = 0; s < lines.size(); s++) {
            series.add(series(lines.get(s), s, plot, scale, categories.size()));
        }
        Target line = target == null ? null : new Target(targetLabel, y(plot, scale, target));
        Legend legend = new Legend(plot.right() + targetWidth + 24, plot.top() + 6, LEGEND_ROW);
        return new LineChart(alt, WIDTH, height, plot, yTicks, xTicks, series, line, legend);
    }

    private static NiceScale scale(List<Line> lines, BigDecimal target, Axis axis) {
        List<BigDecimal> all = new ArrayList<>();
        lines.forEach(l -> l.values().stream().filter(Objects::nonNull).forEach(all::add));
        if (target != null) {
            all.add(target);
        }
        if (all.isEmpty()) {
            all.add(axis.floor() != null ? axis.floor() : BigDecimal.ZERO);
        }
        BigDecimal low = all.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal high = all.stream().max(BigDecimal::compareTo).orElseThrow();
        // A little room beyond the extremes, so a marker does not sit on the axis when a value is just above
        // a round number (2,516 on an axis starting at 2,500).
        BigDecimal room = high.subtract(low).multiply(MARGIN);
        return NiceScale.of(low.subtract(room), high.add(room), TICKS, axis.floor(), axis.ceiling());
    }

    /** A missing value ends one segment; the next value starts another. */
    private static Series series(Line line, int index, Plot plot, NiceScale scale, int categories) {
        List<List<Point>> segments = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        List<Point> run = new ArrayList<>();
        for (int i = 0; i < categories; i++) {
            BigDecimal v = i < line.values().size() ? line.values().get(i) : null;
            if (v == null) {
                if (run.size() > 1) {
                    segments.add(run);
                }
                run = new ArrayList<>();
                continue;
            }
            Point p = new Point(x(plot, categories, i), y(plot, scale, v));
            run.add(p);
            points.add(p);
        }
        if (run.size() > 1) {
            segments.add(run);
        }
        return new Series(line.name(), index, segments, points);
    }

    /** Shows every k-th category label when all of them would not fit side by side. */
    private static int labelEvery(List<String> categories, Plot plot) {
        int longest = categories.stream().mapToInt(String::length).max().orElse(1);
        double slot = (plot.right() - plot.left() - 2 * INSET) / Math.max(1, categories.size() - 1);
        return Math.max(1, (int) Math.ceil((longest * CHAR_WIDTH + 10) / slot));
    }

    static double x(Plot plot, int categories, int i) {
        if (categories == 1) {
            return round((plot.left() + plot.right()) / 2);
        }
        return round(plot.left() + INSET + i * (plot.right() - plot.left() - 2 * INSET) / (categories - 1));
    }

    static double y(Plot plot, NiceScale scale, BigDecimal value) {
        return round(plot.bottom() - scale.fraction(value) * (plot.bottom() - plot.top()));
    }

    /** "4,500", "72", "0.25", "80 %": as many decimals as the step has. */
    static String label(BigDecimal value, BigDecimal step, String suffix) {
        int decimals = Math.max(0, step.stripTrailingZeros().scale());
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.UK));
        return f.format(value) + suffix;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
