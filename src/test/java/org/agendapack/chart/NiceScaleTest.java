package org.agendapack.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Round tick values for the sample's metrics and the awkward cases. */
class NiceScaleTest {

    @Test
    void overallSlaPerformanceTicksEveryTwoPercent() {
        NiceScale scale = NiceScale.of(dec("73.58"), dec("80.89"), 5, BigDecimal.ZERO, dec("100"));
        assertThat(values(scale)).containsExactly("72", "74", "76", "78", "80", "82");
    }

    @Test
    void totalCallsTickEveryFiveHundred() {
        NiceScale scale = NiceScale.of(dec("2516"), dec("4148"), 5, BigDecimal.ZERO, null);
        assertThat(values(scale)).containsExactly("2500", "3000", "3500", "4000", "4500");
    }

    @Test
    void aPercentageAxisStopsAtOneHundred() {
        NiceScale scale = NiceScale.of(dec("66.67"), dec("104"), 5, BigDecimal.ZERO, dec("100"));
        assertThat(scale.max()).isEqualByComparingTo("100");
        assertThat(values(scale)).containsExactly("60", "70", "80", "90", "100");
    }

    @Test
    void smallDecimalsTickWithoutRoundingNoise() {
        NiceScale scale = NiceScale.of(dec("0.18"), dec("0.25"), 5, BigDecimal.ZERO, null);
        assertThat(values(scale)).containsExactly("0.18", "0.2", "0.22", "0.24", "0.26");
        assertThat(LineChartLayout.label(scale.ticks().get(1), scale.step(), "")).isEqualTo("0.20");
    }

    @Test
    void negativeScoresAreAllowedWhereThereIsNoFloor() {
        NiceScale scale = NiceScale.of(dec("-12.5"), dec("41"), 5, null, null);
        assertThat(values(scale)).containsExactly("-20", "0", "20", "40", "60");
    }

    @Test
    void oneValueGetsRoomAroundIt() {
        NiceScale scale = NiceScale.of(dec("50"), dec("50"), 5, null, null);
        assertThat(scale.min()).isLessThan(dec("50"));
        assertThat(scale.max()).isGreaterThan(dec("50"));
        NiceScale zero = NiceScale.of(BigDecimal.ZERO, BigDecimal.ZERO, 5, BigDecimal.ZERO, null);
        assertThat(values(zero)).first().isEqualTo("0");
        assertThat(zero.max()).isPositive();
    }

    @Test
    void labelsHaveThousandsSeparatorsAndTheUnit() {
        assertThat(LineChartLayout.label(dec("4500"), dec("500"), "")).isEqualTo("4,500");
        assertThat(LineChartLayout.label(dec("80"), dec("2"), " %")).isEqualTo("80 %");
        assertThat(LineChartLayout.label(dec("2.5E+3"), new BigDecimal("5E+2"), "")).isEqualTo("2,500");
    }

    private static List<String> values(NiceScale scale) {
        return scale.ticks().stream().map(t -> t.stripTrailingZeros().toPlainString()).toList();
    }

    private static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }
}
