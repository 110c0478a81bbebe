package org.agendapack.progress;

import java.util.ArrayList;
import java.util.List;

import org.agendapack.build.BuildContext;
import org.agendapack.dataset.CrossCheck;
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
        String file = build.folder().dataset(Recommendations.FORMAT.name()).map(build.folder()::relative).orElse(null);
        if (file == null) {
            return problems;
        }
        jdbc.query("SELECT id, part, COUNT(*) n, GROUP_CONCAT(line ORDER BY line SEPARATOR ', ') lines, MIN(line) first "
                + "FROM recommendation WHERE build_id = ? GROUP BY id, part HAVING COUNT(*) > 1 ORDER BY first",
                rs -> {
                    String part = rs.getString("part");
                    problems.add(Problem.error(file, rs.getLong("first"), null, "id/part",
                            rs.getString("id") + (part.isEmpty() ? "" : " / " + part),
                            "the same recommendation id and part appears " + rs.getInt("n") + " times (lines "
                                    + rs.getString("lines") + "); keep one"));
                }, build.buildId());
        return problems;
    }
}
