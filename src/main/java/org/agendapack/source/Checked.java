package org.agendapack.source;

import java.util.List;

import org.agendapack.problem.Problem;

/** A record after its field rules: the typed row (null when rejected) and what was wrong with it. */
public record Checked<T>(T row, List<Problem> problems) {

    public static <T> Checked<T> rejected(List<Problem> problems) {
        return new Checked<>(null, List.copyOf(problems));
    }

    public boolean isRejected() {
        return row == null;
    }
}
