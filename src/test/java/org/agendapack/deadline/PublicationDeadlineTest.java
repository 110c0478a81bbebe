package org.agendapack.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PublicationDeadlineTest {

    private final BankHolidays holidays = BankHolidays.read(Path.of("input/bank-holidays.csv"));

    @Test
    void sampleMeeting() {
        // Tue 16 Oct 2018. Clear days: Mon 15, Fri 12, Thu 11, Wed 10, Tue 9 -> publish Mon 8 Oct.
        assertThat(PublicationDeadline.forMeeting(LocalDate.of(2018, 10, 16), holidays)).isEqualTo(LocalDate.of(2018, 10, 8));
    }

    @Test
    void afterEaster2019() {
        // Thu 25 Apr 2019. Clear: Wed 24, Tue 23, (Easter Mon 22, Sun, Sat, Good Fri 19), Thu 18, Wed 17, Tue 16
        // -> publish Mon 15 Apr.
        assertThat(PublicationDeadline.forMeeting(LocalDate.of(2019, 4, 25), holidays)).isEqualTo(LocalDate.of(2019, 4, 15));
    }

    @Test
    void earlyJanuary() {
        // Tue 7 Jan 2020. Clear: Mon 6, Fri 3, Thu 2, (New Year Wed 1), Tue 31 Dec, Mon 30 Dec; Sun 29, Sat 28
        // -> publish Fri 27 Dec 2019 (Christmas 25 and Boxing Day 26 are holidays, the 27th is not).
        assertThat(PublicationDeadline.forMeeting(LocalDate.of(2020, 1, 7), holidays)).isEqualTo(LocalDate.of(2019, 12, 27));
    }

    @Test
    void afterTheLateMayBankHoliday() {
        // Wed 29 May 2019. Clear: Tue 28, (Spring bank holiday Mon 27, Sun, Sat), Fri 24, Thu 23, Wed 22, Tue 21
        // -> publish Mon 20 May.
        assertThat(PublicationDeadline.forMeeting(LocalDate.of(2019, 5, 29), holidays)).isEqualTo(LocalDate.of(2019, 5, 20));
    }

    @Test
    void refusesAYearTheFileDoesNotCover() {
        assertThatThrownBy(() -> PublicationDeadline.forMeeting(LocalDate.of(2031, 3, 4), holidays))
                .hasMessageContaining("does not cover 2031");
    }
}
