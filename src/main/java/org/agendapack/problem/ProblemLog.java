package org.agendapack.problem;

import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The problems found in a build's inputs, kept in the job database with the build they belong to, so a
 * restarted build still reports what the first attempt found.
 */
@Component
public class ProblemLog {

    private static final String INSERT = "INSERT INTO input_problem (build_id, dataset, severity, file, line, pointer, field, val, rule) VALUES (?,?,?,?,?,?,?,?,?)";

    private final JdbcTemplate jdbc;

    public ProblemLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long buildId, String dataset, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, problems, problems.size(), (ps, p) -> {
            ps.setLong(1, buildId);
            ps.setString(2, dataset);
            ps.setString(3, p.severity().name());
            // Within the columns' widths (problem/schema.sql): a problem about a huge value must not fail to be stored.
            ps.setString(4, truncate(p.file(), 500));
            if (p.line() == null) {
                ps.setNull(5, Types.BIGINT);
            } else {
                ps.setLong(5, p.line());
            }
            ps.setString(6, truncate(p.pointer(), 500));
            ps.setString(7, truncate(p.field(), 200));
            ps.setString(8, truncate(p.value(), 1000));
            ps.setString(9, truncate(p.rule(), 2000));
        });
    }

    public void clear(long buildId, String dataset) {
        jdbc.update("DELETE FROM input_problem WHERE build_id = ? AND dataset = ?", buildId, dataset);
    }

    /** Whether the dataset's rows, as read and checked one by one, had errors (rows that were not staged). */
    public boolean hasErrors(long buildId, String dataset) {
        Integer errors = jdbc.queryForObject("SELECT COUNT(*) FROM input_problem WHERE build_id = ? AND dataset = ? "
                + "AND severity = 'ERROR'", Integer.class, buildId, dataset);
        return errors != null && errors > 0;
    }

    /** Every problem of a build, in file and line order. */
    public List<Problem> all(long buildId) {
        return jdbc.query("SELECT severity, file, line, pointer, field, val, rule FROM input_problem WHERE build_id = ? "
                + "ORDER BY CASE severity WHEN 'ERROR' THEN 0 ELSE 1 END, file, line, seq", (rs, i) -> {
                    long number = rs.getLong("line");
                    Long line = rs.wasNull() ? null : number;
                    return new Problem(Severity.valueOf(rs.getString("severity")), rs.getString("file"),
                            line, rs.getString("pointer"), rs.getString("field"),
                            rs.getString("val"), rs.getString("rule"));
                }, buildId);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
