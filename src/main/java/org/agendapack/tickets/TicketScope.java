package org.agendapack.tickets;

import java.time.YearMonth;
import java.util.List;

/**
 * What reading an export needs from the report that uses it: the mapping, the meeting's organisations, and the
 * report's months (first and last, inclusive).
 */
public record TicketScope(TicketMapping mapping, List<String> organisations, YearMonth from, YearMonth to) {

    /** The report's months, counted from {@code from}. */
    public int months() {
        return (int) (to.getYear() * 12L + to.getMonthValue() - (from.getYear() * 12L + from.getMonthValue())) + 1;
    }

    /** Where the report that reads tickets keeps their scope (implemented by the feature using them). */
    public interface Source {
        /** Null when the meeting has no report that reads tickets. */
        TicketScope of(org.agendapack.run.BuildContext build);
    }
}
