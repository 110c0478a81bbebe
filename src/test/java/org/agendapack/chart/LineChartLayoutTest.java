package org.agendapack.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.agendapack.chart.LineChart.Point;
import org.agendapack.chart.LineChart.Series;
import org.agendapack.chart.LineChartLayout.Axis;
import org.agendapack.chart.LineChartLayout.Line;
import org.junit.jupiter.api.Test;

/** Positions of lines, gaps, ticks and the target inside the chart. */
class LineChartLayoutTest {

    private static final List<String> MONTHS = List.of("Jun 18", "Jul 18", "Aug 18", "Sep 18");
    private static final Axis PERCENT = new Axis(BigDecimal.ZERO, BigDecimal.valueOf(100), " %");

    @Test
    void aMissingValueBreaksTheLineInsteadOfDippingToZero() {
        LineChart chart = LineChartLayout.layout(MONTHS,
                List.of(new Line("Brent", values("79.15", null, "74.89", "78.34"))), null, null, PERCENT, "alt");
        Series brent = chart.series().get(0);
        // June stands alone (a marker, no segment); August to September is one segment.
        assertThat(brent.points()).hasSize(3);
        assertThat(brent.segments()).hasSize(1);
        assertThat(brent.segments().get(0)).hasSize(2);
        assertThat(brent.segments().get(0).get(0).x()).isEqualTo(chart.xTicks().get(2).at());
        // Nothing is drawn at zero: the axis starts at 74 % and every point is inside the plot.
        assertThat(chart.yTicks().get(0).label()).isEqualTo("74 %");
        assertThat(brent.points()).allMatch(p -> p.y() > chart.plot().top() && p.y() < chart.plot().bottom());
    }

    @Test
    void everyValueLandsAtItsPlaceOnTheAxis() {
        LineChart chart = LineChartLayout.layout(MONTHS,
                List.of(new Line("Southwark", values("79.79", "74.69", "76.5", "73.58"))), null, null, PERCENT, "alt");
        double y76 = chart.yTicks().stream().filter(t -> t.label().equals("76 %")).findFirst().orElseThrow().at();
        double y78 = chart.yTicks().stream().filter(t -> t.label().equals("78 %")).findFirst().orElseThrow().at();
        Point august = chart.series().get(0).points().get(2);
        assertThat(august.y()).isBetween(y78, y76);
        assertThat(august.y()).isCloseTo(y76 - (y76 - y78) / 4, org.assertj.core.data.Offset.offset(0.2));
        assertThat(chart.xTicks()).extracting(LineChart.Tick::label).containsExactlyElementsOf(MONTHS);
    }

    @Test
    void theTargetIsInsideTheScaleAndLabelled() {
        LineChart chart = LineChartLayout.layout(MONTHS,
                List.of(new Line("Brent", values("83.33", "75", "81.82", "66.67"))), BigDecimal.valueOf(95),
                "Target 95 %", PERCENT, "alt");
        assertThat(chart.target().label()).isEqualTo("Target 95 %");
        assertThat(chart.target().y()).isBetween(chart.plot().top(), chart.plot().bottom());
        assertThat(chart.legend().x()).isGreaterThan(chart.plot().right() + "Target 95 %".length() * 6);
    }

    @Test
    void manyMonthsThinTheLabelsSoTheyDoNotOverlap() {
        List<String> months = List.of("Jan 17", "Feb 17", "Mar 17", "Apr 17", "May 17", "Jun 17", "Jul 17", "Aug 17",
                "Sep 17", "Oct 17", "Nov 17", "Dec 17", "Jan 18", "Feb 18", "Mar 18", "Apr 18", "May 18", "Jun 18",
                "Jul 18", "Aug 18", "Sep 18", "Oct 18", "Nov 18", "Dec 18");
        LineChart chart = LineChartLayout.layout(months,
                List.of(new Line("Brent", months.stream().map(m -> BigDecimal.ONE).toList())), null, null, Axis.PLAIN, "alt");
        assertThat(chart.xTicks().size()).isLessThan(months.size());
        for (int i = 1; i < chart.xTicks().size(); i++) {
            assertThat(chart.xTicks().get(i).at() - chart.xTicks().get(i - 1).at()).isGreaterThan(6 * 6.5);
        }
    }

    private static List<BigDecimal> values(String... values) {
        return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
    }
}
