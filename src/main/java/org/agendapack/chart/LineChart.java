package org.agendapack.chart;

import java.util.List;

/**
 * A line chart ready to draw: every position is already in the chart's own coordinates (CSS pixels, origin
 * top left), so templates/charts.ftlx only chooses how things look. Series are numbered so the template can
 * give each its colour, line style and marker.
 *
 * @param alt what the chart shows, in words, for readers who cannot see it
 */
public record LineChart(String alt, double width, double height, Plot plot, List<Tick> yTicks, List<Tick> xTicks,
        List<Series> series, Target target, Legend legend) {

    public LineChart {
        yTicks = List.copyOf(yTicks);
        xTicks = List.copyOf(xTicks);
        series = List.copyOf(series);
    }

    /** The area inside the axes. */
    public record Plot(double left, double top, double right, double bottom) {
    }

    /** A labelled position along an axis: a y for value ticks, an x for categories. */
    public record Tick(String label, double at) {
    }

    public record Point(double x, double y) {
    }

    /**
     * One line: its runs of consecutive values ({@code segments}: a missing value breaks the line instead of
     * dropping it to zero) and a marker at every value ({@code points}, a lone value included).
     */
    public record Series(String name, int index, List<List<Point>> segments, List<Point> points) {
        public Series {
            segments = segments.stream().map(List::copyOf).toList();
            points = List.copyOf(points);
        }
    }

    /** A horizontal reference line across the plot, labelled (e.g. "Target 95 %") at its right end. */
    public record Target(String label, double y) {
    }

    /** The key: one row per series, {@code rowHeight} apart from {@code top}. */
    public record Legend(double x, double top, double rowHeight) {
    }
}
