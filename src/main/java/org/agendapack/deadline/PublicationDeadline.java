package org.agendapack.deadline;

import java.time.LocalDate;

/**
 * The statutory publication deadline of an English principal council's agenda: five clear working days
 * before the meeting (Local Government Act 1972 s100B). Neither the day of publication nor the day of the
 * meeting counts, nor weekends or bank holidays; the deadline is the last working day before those five.
 */
public final class PublicationDeadline {

    public static final int CLEAR_WORKING_DAYS = 5;

    private PublicationDeadline() {
    }

    public static LocalDate forMeeting(LocalDate meeting, BankHolidays holidays) {
        if (!holidays.covers(meeting)) {
            throw new IllegalArgumentException("The bank holidays file does not cover " + meeting.getYear()
                    + "; add that year's bank holidays to compute the deadline");
        }
        LocalDate day = meeting.minusDays(1);
        int clear = 0;
        while (clear < CLEAR_WORKING_DAYS) {
            if (holidays.isWorkingDay(day)) {
                clear++;
            }
            day = day.minusDays(1);
        }
        while (!holidays.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
