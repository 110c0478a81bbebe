package org.agendapack.performance;

import java.time.YearMonth;

/** Where one KPI value sits in the performance pack: its month, organisation and metric. */
public record CellKey(YearMonth month, String organisation, String metric) {

    /** As the staging tables hold it: the month written "2018-06". */
    static CellKey of(String month, String organisation, String metric) {
        return new CellKey(YearMonth.parse(month), organisation, metric);
    }
}
