package org.agendapack.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.agendapack.render.UkDates;

/**
 * What a build says about the statutory publication deadline: the date, and a loud warning when the pack is
 * published after it. Dates are UK dates (Europe/London), whatever the server's zone.
 */
public final class DeadlineNotice {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private final BankHolidays holidays;
    private final Clock clock;

    public DeadlineNotice(BankHolidays holidays, Clock clock) {
        this.holidays = holidays;
        this.clock = clock;
    }

    public LocalDate deadline(LocalDate meeting) {
        return PublicationDeadline.forMeeting(meeting, holidays);
    }

    /** "Publication deadline: Monday 8 October 2018 (5 clear working days before the meeting on Tuesday 16 October 2018)". */
    public String describe(LocalDate meeting) {
        try {
            return "Publication deadline: " + format(deadline(meeting)) + " (" + PublicationDeadline.CLEAR_WORKING_DAYS
                    + " clear working days before the meeting on " + format(meeting) + ", Local Government Act 1972 s100B)";
        } catch (IllegalArgumentException e) {
            return "Publication deadline unknown: " + e.getMessage();
        }
    }

    /** The warning for a pack published today, if today is after the deadline. */
    public Optional<String> lateWarning(LocalDate meeting) {
        LocalDate today = LocalDate.now(clock.withZone(UK));
        try {
            LocalDate deadline = deadline(meeting);
            if (today.isAfter(deadline)) {
                return Optional.of("LATE: this pack is published on " + format(today) + ", after the statutory publication deadline of "
                        + format(deadline) + (today.isBefore(meeting) || today.isEqual(meeting) ? "." : ", and after the meeting itself."));
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static String format(LocalDate day) {
        return UkDates.DAY.format(day);
    }
}
