package org.agendapack.tickets;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.agendapack.problem.Problem;

/**
 * A ticket export read record by record, each record's mapped fields as text (indexed by
 * {@link TicketField#ordinal()}; null for a field the export does not have). Knows where the next record
 * starts, to resume there.
 */
abstract class TicketSource implements Closeable {

    final String file;
    final TicketColumns columns;
    final String[] values = new String[TicketField.values().length];
    /** Problems of the header (or of the file as a whole): reported once, before any record. */
    final List<Problem> fileProblems = new ArrayList<>();
    /** The file cannot be read further (bad header, not UTF-8, malformed). */
    boolean stopped;
    /** Set for a record that could not be read (wrong number of fields, bad text): it is rejected. */
    Problem recordProblem;
    long line;
    String pointer;
    /** The fields present in this export. */
    final boolean[] present = new boolean[TicketField.values().length];

    TicketSource(String file, TicketColumns columns) {
        this.file = file;
        this.columns = columns;
    }

    /** The next record into {@link #values}; false at the end (or once {@link #stopped}). */
    abstract boolean next() throws IOException;

    /** Where to resume after the current record (CSV: file offset; JSON: records read). */
    abstract long position();

    /** The line of the record at {@link #position()}. */
    abstract long positionLine();

    void clearValues() {
        Arrays.fill(values, null);
        recordProblem = null;
    }

    /** The required fields and the SLA field this export uses, checked against the columns it has. */
    void checkFields(List<String> names, Long headerLine) {
        for (TicketField f : TicketColumns.REQUIRED) {
            present[f.ordinal()] = names.contains(columns.header(f));
            if (!present[f.ordinal()]) {
                fileProblems.add(Problem.in(file).line(headerLine).field(columns.header(f))
                        .error("required column is missing: the " + f.key() + " of each ticket (" + columns.source()
                                + "; name the export's own column in meeting.json, reports.performance-pack.tickets.columns."
                                + f.key() + ")"));
            }
        }
        List<TicketField> sla = columns.slaFields().stream().filter(f -> names.contains(columns.header(f))).toList();
        if (sla.isEmpty()) {
            fileProblems.add(Problem.in(file).line(headerLine)
                    .field(String.join("/", columns.slaFields().stream().map(columns::header).toList()))
                    .error("the export needs a column saying whether each ticket met its SLA (sla_met) or when it was due (sla_due) ("
                            + columns.source() + "; name the export's own column in reports.performance-pack.tickets.columns)"));
        } else {
            sla.forEach(f -> present[f.ordinal()] = true);
        }
        if (!fileProblems.isEmpty()) {
            stopped = true;
        }
    }
}
