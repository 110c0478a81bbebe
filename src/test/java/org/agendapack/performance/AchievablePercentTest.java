package org.agendapack.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The smallest count of cases that gives a published percentage, to the precision it is published. */
class AchievablePercentTest {

    @Test
    void theSamplesPercentagesAndTheCountsTheyNeed() {
        assertThat(KpiCrossChecks.smallestCount(new BigDecimal("92.86"), 1_000)).isEqualTo(14);
        assertThat(KpiCrossChecks.smallestCount(new BigDecimal("83.33"), 1_000)).isEqualTo(6);
        assertThat(KpiCrossChecks.smallestCount(new BigDecimal("66.67"), 1_000)).isEqualTo(3);
        assertThat(KpiCrossChecks.smallestCount(new BigDecimal("83.88"), 1_000)).isEqualTo(242);
    }

    @Test
    void withinThePlausibleRangeOrNot() {
        // 6 P1 incidents: plausible counts go up to 2 x 6 + 10 = 22.
        long plausible = KpiCrossChecks.PLAUSIBLE_FACTOR * 6 + KpiCrossChecks.PLAUSIBLE_MARGIN;
        assertThat(KpiCrossChecks.smallestCount(new BigDecimal("83.33"), plausible)).isEqualTo(6);
        assertThat(KpiCrossChecks.smallestCount(new BigDecimal("83.88"), plausible)).isZero();
        assertThat(KpiCrossChecks.smallestCount(new BigDecimal("100"), plausible)).isEqualTo(1);
        assertThat(KpiCrossChecks.smallestCount(new BigDecimal("0"), plausible)).isEqualTo(1);
    }

    @Test
    void manyDecimalsOrOutOfRangeEndTheSearchQuickly() {
        assertThat(KpiCrossChecks.smallestCount(new BigDecimal("101"), Long.MAX_VALUE)).isZero();
        long started = System.nanoTime();
        KpiCrossChecks.smallestCount(new BigDecimal("12.34567891"), KpiCrossChecks.SEARCH_LIMIT);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
    }
}
