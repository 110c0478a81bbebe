package org.agendapack.dataset;

import java.util.List;

import org.agendapack.problem.Problem;
import org.agendapack.run.BuildContext;

/** Rules across rows of a staged dataset (duplicates, totals, coverage), run by the validate step. */
public interface CrossCheck {

    String dataset();

    /**
     * Whether the check reads the agenda's papers (its items' documents): not run when meeting.json has errors,
     * whose items may name documents that are missing or outside the meeting folder.
     */
    default boolean readsAgendaPapers() {
        return false;
    }

    List<Problem> check(BuildContext build);
}
