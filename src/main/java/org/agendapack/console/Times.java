package org.agendapack.console;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.agendapack.deadline.DeadlineNotice;

/** Times as the console shows them: UK time, to the second. */
final class Times {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss");

    private Times() {
    }

    static String time(Instant i) {
        return i == null ? "" : TIME.format(i.atZone(DeadlineNotice.UK));
    }

    /** A job repository's local time (the server's zone) in UK time. */
    static String time(LocalDateTime t) {
        return t == null ? "" : TIME.format(t.atZone(ZoneId.systemDefault()).withZoneSameInstant(DeadlineNotice.UK));
    }
}
