package org.agendapack.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.agendapack.settings.AgendapackProperties;
import org.agendapack.deadline.BankHolidays;
import org.agendapack.deadline.PublicationDeadline;
import org.junit.jupiter.api.Test;

/** The meetings page says how near a deadline is in words, counting working days as the deadline does. */
class DeadlineWordsTest {

    static final BankHolidays HOLIDAYS = BankHolidays.read(Path.of("input", "bank-holidays.csv"));

    static Meetings on(String today) {
        Clock clock = Clock.fixed(LocalDate.parse(today).atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
                ZoneId.of("Europe/London"));
        return new Meetings(new AgendapackProperties(null, null, null, null, null, null), HOLIDAYS, clock);
    }

    static Meetings.Deadline due(String today, String meeting) {
        LocalDate date = LocalDate.parse(meeting);
        return on(today).due(date, PublicationDeadline.forMeeting(date, HOLIDAYS));
    }

    @Test
    void workingDaysLeftOverdueAndHeldAreSaidInWords() {
        // The sample meeting: Tuesday 16 October 2018, deadline Monday 8 October 2018.
        assertThat(due("2018-10-01", "2018-10-16").words()).isEqualTo("5 working days left");
        assertThat(due("2018-10-05", "2018-10-16").words()).isEqualTo("1 working day left");
        assertThat(due("2018-10-06", "2018-10-16").words()).isEqualTo("1 working day left"); // a Saturday
        assertThat(due("2018-10-08", "2018-10-16").state()).isEqualTo("today");
        assertThat(due("2018-10-09", "2018-10-16").words()).isEqualTo("Overdue by 1 working day: the deadline has passed");
        assertThat(due("2018-10-12", "2018-10-16").words()).isEqualTo("Overdue by 4 working days: the deadline has passed");
        assertThat(due("2018-10-17", "2018-10-16").words()).isEqualTo("Meeting held Tuesday 16 October 2018");
        // Deadline Wednesday 2 January 2019: 24, 27, 28, 31 December and 2 January; Christmas, Boxing Day and New Year's Day do not count.
        assertThat(due("2018-12-21", "2019-01-10").words()).isEqualTo("5 working days left");
    }

    @Test
    void signInAttemptsPerNameAndAddress() {
        LoginAttempts attempts = new LoginAttempts(3, java.time.Duration.ofMinutes(15), Clock.systemUTC());
        attempts.failed("Clara", "10.0.0.1");
        attempts.failed("clara", "10.0.0.2");
        assertThat(attempts.blocked("clara", "10.0.0.3")).isFalse();
        attempts.failed("CLARA ", "10.0.0.1");
        assertThat(attempts.blocked("clara", "10.0.0.9")).isTrue();
        attempts.failed("vic", "10.0.0.1");
        assertThat(attempts.blocked("ada", "10.0.0.1")).isTrue();
        attempts.succeeded("clara");
        assertThat(attempts.blocked("clara", "10.0.0.9")).isFalse();
    }
}
