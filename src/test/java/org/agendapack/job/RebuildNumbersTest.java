package org.agendapack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * Builds of the same inputs are numbered 0, 1, 2 … (each forced or rejected build makes the next): the last one
 * is found in a few lookups of the job repository, not one per earlier build, so a meeting rebuilt every day
 * does not start each build slower than the one before.
 */
class RebuildNumbersTest {

    @Test
    void theLastBuildIsFoundWhateverTheirNumber() {
        for (long builds = 0; builds <= 1_100; builds++) {
            long count = builds;
            AtomicInteger lookups = new AtomicInteger();
            long last = BuildRunner.last(n -> {
                lookups.incrementAndGet();
                return n < count;
            });
            assertThat(last).as("%d builds", builds).isEqualTo(builds - 1);
            // Doubling then halving: about twice the number of binary digits, never one lookup per build.
            assertThat(lookups.get()).as("lookups for %d builds", builds)
                    .isLessThanOrEqualTo(2 * (64 - Long.numberOfLeadingZeros(Math.max(1, builds))) + 1);
        }
    }

    @Test
    void noBuildYetIsMinusOne() {
        assertThat(BuildRunner.last(n -> false)).isEqualTo(-1);
    }
}
