package org.agendapack.dataset;

import java.util.List;

import org.agendapack.problem.Problem;
import org.agendapack.run.BuildContext;

/**
 * Rules across rows of a staged dataset (duplicates, totals, coverage), run by the validate step. A check that
 * reads the agenda's papers waits while meeting.json has errors ({@link BuildContext#meetingHasErrors()}): its
 * items may name documents that are missing or outside the meeting folder.
 */
public interface CrossCheck {

    String dataset();

    List<Problem> check(BuildContext build);
}
