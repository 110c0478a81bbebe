package org.agendapack.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Duplicate ticket ids found in a structure that stays small: bitmaps for numbered ids, hashes otherwise. */
class TicketIdsTest {

    @Test
    void findsAnIdGivenTwiceInEveryForm() {
        TicketIds ids = new TicketIds();
        for (String id : new String[] { "INC0012345", "SR0012345", "INC012345", "I 1806 012", "RITM0010001", "ABC-XYZ", "12345", "INC12345" }) {
            assertThat(ids.add(id)).as(id).isTrue();
        }
        for (String id : new String[] { "INC0012345", "SR0012345", "INC012345", "I 1806 012", "ABC-XYZ", "12345", "INC12345" }) {
            assertThat(ids.add(id)).as(id).isFalse();
        }
        assertThat(ids.add("INC0012346")).isTrue();
    }

    @Test
    void aMillionRunningNumbersTakeUnderAMegabyte() {
        TicketIds ids = new TicketIds();
        for (int i = 0; i < 1_000_000; i++) {
            assertThat(ids.add("IN" + String.format("%08d", i))).isTrue();
            assertThat(ids.add("SR" + String.format("%08d", i))).isTrue();
        }
        assertThat(ids.add("IN00500000")).isFalse();
        assertThat(ids.footprint()).isLessThan(1 << 20);
    }

    @Test
    void scatteredNumbersMoveToHashesAndStillFindDuplicates() {
        TicketIds ids = new TicketIds();
        Random random = new Random(1);
        long[] numbers = new long[20_000];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = Math.abs(random.nextLong() % 1_000_000_000_000L);
            ids.add("T" + String.format("%012d", numbers[i]));
        }
        for (long n : numbers) {
            assertThat(ids.add("T" + String.format("%012d", n))).isFalse();
        }
        // 20,000 scattered ids: 64-bit hashes, not 20,000 pages of 8 KB.
        assertThat(ids.footprint()).isLessThan(1 << 20);
    }
}
