package org.agendapack.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A chart's line in words: first and last value of the months shown, gaps named. */
class TrendSentenceTest {

    private static final List<String> MONTHS = List.of("June", "July", "August", "September");

    @Test
    void fell() {
        assertThat(sentence("79.79", "74.69", "76.5", "73.58"))
                .isEqualTo("Overall SLA Performance fell in Southwark from 79.79 in June to 73.58 in September.");
    }

    @Test
    void rose() {
        assertThat(sentence("76.14", "78.86", "77.5", "80.89"))
                .isEqualTo("Overall SLA Performance rose in Southwark from 76.14 in June to 80.89 in September.");
    }

    @Test
    void unchangedOnlyWhenEveryMonthIsTheSame() {
        assertThat(sentence("100", "100", "100", "100"))
                .isEqualTo("Overall SLA Performance was unchanged in Southwark at 100 from June to September.");
        assertThat(sentence("100", "83.33", "83.88", "100"))
                .isEqualTo("Overall SLA Performance in Southwark was 100 in both June and September.");
    }

    @Test
    void missingMonthsAreSkippedAndNamed() {
        assertThat(sentence(null, "74.69", null, "73.58")).isEqualTo(
                "Overall SLA Performance fell in Southwark from 74.69 in July to 73.58 in September (no value for June and August).");
        assertThat(sentence("79.79", "74.69", "76.5", null)).isEqualTo(
                "Overall SLA Performance fell in Southwark from 79.79 in June to 76.5 in August (no value for September).");
    }

    @Test
    void oneValueOrNone() {
        assertThat(sentence(null, null, "76.5", null)).isEqualTo(
                "Overall SLA Performance in Southwark was 76.5 in August (no value for June, July and September).");
        assertThat(sentence(null, null, null, null))
                .isEqualTo("Overall SLA Performance has no values for Southwark in these months.");
    }

    @Test
    void valuesAreSaidAsTheMetricFormatsThem() {
        Metric calls = new Metric("total_calls", "Total Calls Logged", Metric.Unit.COUNT, null, null, null, null, true);
        Metric sla = new Metric("sla_overall", "Overall SLA Performance", Metric.Unit.PERCENT, null, null, null, null, true);
        assertThat(TrendSentence.of(calls.label(), "Brent", MONTHS, values("4148", "3926", "3723", "3898"),
                v -> PerformanceCharts.inWords(calls, v)))
                .isEqualTo("Total Calls Logged fell in Brent from 4,148 in June to 3,898 in September.");
        assertThat(PerformanceCharts.inWords(sla, new BigDecimal("72.7"))).isEqualTo("72.70\u00a0%");
    }

    private static String sentence(String... values) {
        return TrendSentence.of("Overall SLA Performance", "Southwark", MONTHS, values(values), BigDecimal::toPlainString);
    }

    private static List<BigDecimal> values(String... values) {
        return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
    }
}
