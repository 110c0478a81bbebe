package org.agendapack.dataset;

import java.util.List;

import org.agendapack.problem.Problem;
import org.agendapack.run.BuildContext;

/** Rules across rows of a staged dataset (duplicates, totals, coverage), run by the validate step. */
public interface CrossCheck {

    String dataset();

    List<Problem> check(BuildContext build);
}
