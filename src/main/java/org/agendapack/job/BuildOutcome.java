package org.agendapack.job;

import java.util.ArrayList;
import java.util.List;

import org.agendapack.problem.Problem;

/**
 * How a build ended, as the command line reports it.
 *
 * @param exitCode 0 built (or already built), 1 the input failed validation, 3 any other failure, 4 another
 *     build of the meeting is running
 * @param notices what the officer must see after the result (the publication deadline, a late warning)
 * @param fault for a failure that is not the input's (exit 3), the exception, shown with --verbose only
 */
public record BuildOutcome(int exitCode, String message, Long executionId, List<Problem> problems, List<String> outputs,
        List<String> notices, Throwable fault) {

    public BuildOutcome(int exitCode, String message, Long executionId, List<Problem> problems, List<String> outputs,
            List<String> notices) {
        this(exitCode, message, executionId, problems, outputs, notices, null);
    }

    public static final int BUILT = 0;
    public static final int INVALID_INPUT = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;
    public static final int BUSY = 4;

    public static BuildOutcome of(int exitCode, String message) {
        return new BuildOutcome(exitCode, message, null, List.of(), List.of(), List.of());
    }

    public static BuildOutcome fault(String message, Long executionId, Throwable fault) {
        return new BuildOutcome(FAILED, message, executionId, List.of(), List.of(), List.of(), fault);
    }

    public BuildOutcome withNotices(List<String> more) {
        List<String> all = new ArrayList<>(notices);
        all.addAll(more);
        return new BuildOutcome(exitCode, message, executionId, problems, outputs, List.copyOf(all), fault);
    }
}
