package org.agendapack.tickets;

/**
 * One chunk's counts, before they are added to the staging table: for each organisation, kind and month of
 * the report, tickets logged, resolved, resolved within SLA, and open at the month's end.
 */
final class Tally {

    private Tally() {
    }

    static final int MEASURES = 4;

    static int index(int org, int kind, int month, int months) {
        return ((org * 4 + kind) * months + month) * MEASURES;
    }

    static long[] empty(int orgs, int months) {
        return new long[orgs * 4 * months * MEASURES];
    }
}
