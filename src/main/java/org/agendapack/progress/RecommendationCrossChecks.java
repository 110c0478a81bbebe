package org.agendapack.progress;

import java.util.ArrayList;
import java.util.List;

import org.agendapack.build.BuildContext;
import org.agendapack.dataset.CrossCheck;
import org.agendapack.dataset.DuplicateKeys;
import org.agendapack.problem.Problem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Rules across recommendation rows: each id and part once. */
@Component
public class RecommendationCrossChecks implements CrossCheck {

    private final JdbcTemplate jdbc;

    public RecommendationCrossChecks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String dataset() {
        return Recommendations.FORMAT.name();
    }

    @Override
    public List<Problem> check(BuildContext build) {
        List<Problem> problems = new ArrayList<>();
        String file = build.datasetFile(Recommendations.FORMAT.name()).orElse(null);
        if (file == null) {
            return problems;
        }
        problems.addAll(DuplicateKeys.find(jdbc, build.buildId(), file, "recommendation", List.of("id", "part"),
                "recommendation id and part", "keep one"));
        return problems;
    }
}
