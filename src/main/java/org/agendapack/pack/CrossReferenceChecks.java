package org.agendapack.pack;

import java.util.List;

import org.agendapack.run.BuildContext;
import org.agendapack.dataset.CrossCheck;
import org.agendapack.problem.Problem;
import org.springframework.stereotype.Component;

/** The validate step's check of the pack's places and of the references its Markdown papers make. */
@Component
public class CrossReferenceChecks implements CrossCheck {

    private final PackPlaces places;

    public CrossReferenceChecks(PackPlaces places) {
        this.places = places;
    }

    @Override
    public String dataset() {
        return "papers";
    }

    @Override
    public List<Problem> check(BuildContext build) {
        return build.meetingHasErrors() ? List.of() : places.check(build); // the papers: once meeting.json is right
    }
}
