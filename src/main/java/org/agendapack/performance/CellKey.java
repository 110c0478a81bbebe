package org.agendapack.performance;

import java.time.YearMonth;

/** Where one KPI value sits in the performance pack: its month, organisation and metric. */
public record CellKey(YearMonth month, String organisation, String metric) {

    /** As the staging tables hold it: the month written "2018-06". */
    static CellKey of(String month, String organisation, String metric) {
        return new CellKey(month(month), organisation, metric);
    }

    /** "2018-06" read by hand: YearMonth.parse's formatter is the cost of reading every staged row. */
    static YearMonth month(String month) {
        if (month.length() == 7 && month.charAt(4) == '-') {
            return YearMonth.of(Integer.parseInt(month, 0, 4, 10), Integer.parseInt(month, 5, 7, 10));
        }
        return YearMonth.parse(month);
    }
}
