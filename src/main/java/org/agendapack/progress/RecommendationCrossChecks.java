package org.agendapack.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.agendapack.dataset.CrossCheck;
import org.agendapack.dataset.DuplicateKeys;
import org.agendapack.dataset.ReportDatasets;
import org.agendapack.pack.PackPlaces;
import org.agendapack.problem.Problem;
import org.agendapack.render.CrossReferences;
import org.agendapack.run.BuildContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Rules across recommendation rows: each id and part once; every reference to a place of the pack resolves. */
@Component
public class RecommendationCrossChecks implements CrossCheck {

    private final JdbcTemplate jdbc;
    private final PackPlaces places;

    public RecommendationCrossChecks(JdbcTemplate jdbc, PackPlaces places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    @Override
    public String dataset() {
        return Recommendations.FORMAT.name();
    }

    @Override
    public List<Problem> check(BuildContext build) {
        List<Problem> problems = new ArrayList<>();
        String file = build.datasetFile(Recommendations.FORMAT.name()).orElse(null);
        Optional<List<Problem>> instead = ReportDatasets.insteadOfRows(build, ProgressReport.KEY, Recommendations.FORMAT, file, true);
        if (instead.isPresent()) {
            return instead.get();
        }
        problems.addAll(DuplicateKeys.find(jdbc, build.buildId(), file, "recommendation", List.of("id", "part"),
                "recommendation id and part", "keep one"));
        if (build.meetingHasErrors()) {
            return problems; // references to the papers' places: once meeting.json (which names the papers) is right
        }
        Set<String> ids = places.ids(build);
        jdbc.query("SELECT line, recommendation, assessment_note, evidence FROM recommendation WHERE build_id = ? ORDER BY line",
                rs -> {
                    for (String field : List.of("recommendation", "assessment_note", "evidence")) {
                        for (String id : CrossReferences.referencesIn(rs.getString(field))) {
                            if (!ids.contains(id)) {
                                problems.add(PackPlaces.unknown(file, rs.getLong("line"), field, id, ids));
                            }
                        }
                    }
                }, build.buildId());
        return problems;
    }
}
