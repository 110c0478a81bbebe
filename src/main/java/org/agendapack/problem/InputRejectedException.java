package org.agendapack.problem;

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
        return "The input failed validation: " + Problem.counts(problems);
    }
}
