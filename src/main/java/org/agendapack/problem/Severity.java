package org.agendapack.problem;

public enum Severity {
    /** The build fails. */
    ERROR,
    /** The build continues; shown on the console and in build-report.txt (an error under --strict). */
    WARNING
}
