package org.agendapack.performance;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agendapack.chart.LineChart;
import org.agendapack.chart.LineChartLayout;
import org.agendapack.chart.LineChartLayout.Axis;
import org.agendapack.chart.LineChartLayout.Line;
import org.agendapack.render.UkDates;

/**
 * The trend charts of the performance pack: for each metric of the catalogue marked {@code "chart": true},
 * its value by month, one line per organisation, with its target where it has one, and the trend of each
 * line in words.
 */
public final class PerformanceCharts {

    /** One chart with its heading and one sentence per organisation. */
    public record TrendChart(String heading, List<String> trends, LineChart chart) {
    }

    /** "Jun 18": three letters every month (the UK locale says "Sept"). */
    private static final DateTimeFormatter AXIS_MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

    private PerformanceCharts() {
    }

    /**
     * @param values the report's values by {@link CellKey}; a month without one is
     *        absent or null
     */
    static List<TrendChart> of(PerformancePackSettings settings, List<String> organisations,
            Map<CellKey, BigDecimal> values) {
        List<YearMonth> months = settings.monthRange();
        boolean oneYear = months.get(0).getYear() == months.get(months.size() - 1).getYear();
        List<String> axisMonths = months.stream().map(AXIS_MONTH::format).toList();
        List<String> spokenMonths = months.stream().map((oneYear ? MONTH : UkDates.MONTH_YEAR)::format).toList();

        List<TrendChart> charts = new ArrayList<>();
        for (Metric metric : settings.metrics()) {
            if (!metric.charted()) {
                continue;
            }
            List<Line> lines = new ArrayList<>();
            List<String> trends = new ArrayList<>();
            for (String org : organisations) {
                List<BigDecimal> series = months.stream()
                        .map(m -> values.get(new CellKey(m, org, metric.key()))).toList();
                lines.add(new Line(org, series));
                trends.add(TrendSentence.of(metric.label(), org, spokenMonths, series, v -> inWords(metric, v)));
            }
            String target = metric.target() == null ? null : "Target " + plain(metric.target()) + unit(metric);
            String alt = "Line chart of " + metric.label() + " by month, " + period(months)
                    + ", one line per organisation"
                    + (target == null ? "" : ", with the target of " + plain(metric.target()) + unit(metric) + " as a dashed line")
                    + ". " + String.join(" ", trends);
            LineChart chart = LineChartLayout.layout(axisMonths, lines, metric.target(), target, axis(metric), alt);
            charts.add(new TrendChart(metric.label(), trends, chart));
        }
        return charts;
    }

    /** Percentages stay within 0-100 and say so; counts and ratios never go below zero; scores may. */
    private static Axis axis(Metric metric) {
        return switch (metric.unit()) {
            case PERCENT -> new Axis(BigDecimal.ZERO, BigDecimal.valueOf(100), " %");
            case COUNT, RATIO -> new Axis(BigDecimal.ZERO, null, "");
            case SCORE -> Axis.PLAIN;
        };
    }

    /** As the table prints it, with "%" for a percentage. */
    static String inWords(Metric metric, BigDecimal value) {
        return PerformancePackReport.format(metric, value) + unit(metric);
    }

    /** A no-break space before "%", so a sentence never wraps between number and unit. */
    private static String unit(Metric metric) {
        return metric.isPercent() ? "\u00a0%" : "";
    }

    /** "95", "99.5", "1,000": a target as written, without padding decimals. */
    private static String plain(BigDecimal value) {
        return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }

    /** "June to September 2018", "December 2018 to February 2019", "June 2018". */
    private static String period(List<YearMonth> months) {
        YearMonth first = months.get(0);
        YearMonth last = months.get(months.size() - 1);
        if (first.equals(last)) {
            return UkDates.MONTH_YEAR.format(first);
        }
        return (first.getYear() == last.getYear() ? MONTH : UkDates.MONTH_YEAR).format(first) + " to " + UkDates.MONTH_YEAR.format(last);
    }
}
