package org.agendapack.dataset;

import java.util.ArrayList;
import java.util.List;

import org.agendapack.problem.Problem;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of a staged dataset that share their key, found in SQL: one error per key, at its first line,
 * naming every line it appears on.
 */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    /**
     * @param table the staging table (with build_id and line columns)
     * @param columns the key columns; the value shown is their non-empty values joined by " / "
     * @param subject what the key identifies, e.g. "project id"
     * @param advice what to do, e.g. "each project needs its own id"
     */
    public static List<Problem> find(JdbcTemplate jdbc, long buildId, String file, String table, List<String> columns,
            String subject, String advice) {
        String keys = String.join(", ", columns);
        List<Problem> problems = new ArrayList<>();
        jdbc.query("SELECT " + keys + ", COUNT(*) n, GROUP_CONCAT(line ORDER BY line SEPARATOR ', ') lines, MIN(line) first "
                + "FROM " + table + " WHERE build_id = ? GROUP BY " + keys + " HAVING COUNT(*) > 1 ORDER BY first", rs -> {
                    List<String> values = new ArrayList<>();
                    for (String c : columns) {
                        String v = rs.getString(c);
                        if (v != null && !v.isEmpty()) {
                            values.add(v);
                        }
                    }
                    problems.add(Problem.in(file).line(rs.getLong("first")).field(String.join("/", columns)).value(String.join(" / ", values))
                            .error("the same " + subject + " appears " + rs.getInt("n")
                                    + " times (lines " + rs.getString("lines") + "); " + advice));
                }, buildId);
        return problems;
    }
}
