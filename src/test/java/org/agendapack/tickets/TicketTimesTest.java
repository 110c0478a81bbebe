package org.agendapack.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Export date-times: the forms read, the instant each stands for, and its Europe/London month. */
class TicketTimesTest {

    final TicketTimes london = new TicketTimes(ZoneId.of("Europe/London"));
    final TicketTimes utc = new TicketTimes(ZoneId.of("UTC"));

    @Test
    void isoAndDayFirstFormsGiveTheSameInstant() {
        long expected = LocalDateTime.of(2018, 6, 3, 14, 22, 10).atZone(ZoneId.of("Europe/London")).toEpochSecond();
        for (String s : new String[] { "2018-06-03 14:22:10", "2018-06-03T14:22:10", "2018-06-03T14:22:10.123",
                "03/06/2018 14:22:10", "3/6/2018 14:22:10", "03-06-2018 14:22:10", "2018-06-03T13:22:10Z", "2018-06-03T14:22:10+01:00",
                "2018-06-03 15:22:10+0200" }) {
            assertThat(london.parse(s)).as(s).isTrue();
            assertThat(london.instant).as(s).isEqualTo(expected);
            assertThat(month(london)).as(s).isEqualTo(YearMonth.of(2018, 6));
        }
        assertThat(london.parse("2018-06-03 14:22")).isTrue();
        assertThat(london.instant).isEqualTo(expected - 10);
    }

    @Test
    void monthsAreLondonMonthsWhateverTheExportsZone() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST); in winter London is UTC.
        assertThat(utc.parse("2018-06-30 23:30:00")).isTrue();
        assertThat(month(utc)).isEqualTo(YearMonth.of(2018, 7));
        assertThat(london.parse("2018-06-30T23:30:00Z")).isTrue();
        assertThat(month(london)).isEqualTo(YearMonth.of(2018, 7));
        assertThat(utc.parse("2018-12-31 23:30:00")).isTrue();
        assertThat(month(utc)).isEqualTo(YearMonth.of(2018, 12));
        assertThat(utc.instant).isEqualTo(LocalDateTime.of(2018, 12, 31, 23, 30).toEpochSecond(ZoneOffset.UTC));
    }

    @Test
    void theClocksChangingIsKeptTrack() {
        // 28 October 2018, 01:30 happens twice in London; 25 March 2018, 01:30 never happens.
        assertThat(london.parse("2018-10-28 00:30:00")).isTrue();
        long before = london.instant;
        assertThat(london.parse("2018-10-28 02:30:00")).isTrue();
        assertThat(london.instant - before).isEqualTo(3 * 3600);
        assertThat(london.parse("2018-03-25 00:30:00")).isTrue();
        before = london.instant;
        assertThat(london.parse("2018-03-25 02:30:00")).isTrue();
        assertThat(london.instant - before).isEqualTo(3600);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2018-06-31 10:00", "2018-02-29 10:00", "2018-13-01 10:00", "2018-06-01 24:00", "2018-06-01 10:60",
            "2018-06-01", "yesterday", "2018/06/01 10:00", "06/13/2018 10:00", "2018-06-01 10:00 BST", "2018-06-01T10:00+25:00", "" })
    void anythingElseIsRefused(String text) {
        assertThat(london.parse(text)).as(text).isFalse();
    }

    @Test
    void monthOfEveryDayAgreesWithJavaTime() {
        for (long day = -800; day < 30_000; day += 7) {
            var date = java.time.LocalDate.ofEpochDay(day);
            assertThat(TicketTimes.monthOf(day)).isEqualTo(date.getYear() * 12 + date.getMonthValue() - 1);
            assertThat(TicketTimes.daysFromCivil(date.getYear(), date.getMonthValue(), date.getDayOfMonth())).isEqualTo(day);
        }
    }

    private static YearMonth month(TicketTimes t) {
        return YearMonth.of(Math.floorDiv(t.month, 12), t.month % 12 + 1);
    }
}
