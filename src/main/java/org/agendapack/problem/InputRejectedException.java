package org.agendapack.problem;

import org.agendapack.render.Counts;
import java.util.List;

/** The inputs failed validation: the build stops and every problem found is reported. */
public class InputRejectedException extends RuntimeException {

    private final transient List<Problem> problems;

    public InputRejectedException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** "The input failed validation: 1 error, 2 warnings". */
    public static String summary(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        return "The input failed validation: " + Counts.of(errors, "error") + ", "
                + Counts.of(problems.size() - errors, "warning");
    }
}
