package org.agendapack.build;

import java.util.List;

import org.agendapack.problem.Problem;

/**
 * How a build ended, as the command line reports it.
 *
 * @param exitCode 0 built (or already built), 1 the input failed validation, 3 any other failure
 */
public record BuildOutcome(int exitCode, String message, Long executionId, List<Problem> problems, List<String> outputs) {

    public static final int BUILT = 0;
    public static final int INVALID_INPUT = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;
}
