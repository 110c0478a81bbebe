package org.agendapack.performance;

import java.time.YearMonth;

import org.agendapack.source.FieldRules;

/** Where one KPI value sits in the performance pack: its month, organisation and metric. */
public record CellKey(YearMonth month, String organisation, String metric) {

    /** As the staging tables hold it: the month written "2018-06". */
    static CellKey of(String month, String organisation, String metric) {
        return new CellKey(month(month), organisation, metric);
    }

    /** A staged month, read as the field rules read "2018-06" (cheaply: it is read for every staged row). */
    static YearMonth month(String month) {
        YearMonth plain = FieldRules.plainMonth(month);
        return plain != null ? plain : YearMonth.parse(month);
    }
}
