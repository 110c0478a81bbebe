package org.agendapack.performance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.agendapack.dataset.Dataset;
import org.agendapack.problem.Problem;
import org.agendapack.run.BuildContext;
import org.agendapack.source.Checked;
import org.agendapack.source.DatasetFormat;
import org.agendapack.source.FieldRules;
import org.agendapack.source.SourceRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The survey-responses dataset: one customer satisfaction response (0 to 10) per row, for the Net Promoter Score. */
@Component
public class SurveyResponses implements Dataset<SurveyResponses.Response> {

    public static final DatasetFormat FORMAT = new DatasetFormat(ComputedMetric.SURVEYS,
            List.of("organisation", "date", "score"), List.of());

    /** A date, or a date-time in UK time whose date counts. */
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");

    public record Response(String month, String organisation, int score, long line) {
    }

    /** Responses of one month and organisation: how many, and how many promoters (9-10) and detractors (0-6). */
    public record Tally(long responses, long promoters, long detractors) {
    }

    private final JdbcTemplate jdbc;

    public SurveyResponses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public DatasetFormat format() {
        return FORMAT;
    }

    @Override
    public Checked<Response> check(SourceRecord record, BuildContext build) {
        List<Problem> problems = new ArrayList<>(1);
        FieldRules rules = new FieldRules(record, problems);
        String organisation = record.text("organisation");
        if (!build.meeting().organisations().contains(organisation)) {
            rules.error("organisation", organisation, "must be one of the meeting's organisations " + build.meeting().organisations());
        }
        String dateText = record.text("date");
        var m = DATE_TIME.matcher(dateText);
        LocalDate date = null;
        if (m.matches()) {
            try {
                date = LocalDate.parse(m.group(1));
            } catch (java.time.DateTimeException e) {
                // reported below
            }
        }
        if (date == null) {
            rules.error("date", dateText, "a date must be YYYY-MM-DD (or a date-time YYYY-MM-DD HH:MM[:SS], UK time), for example 2018-06-14");
        }
        String scoreText = record.text("score");
        Integer score = scoreText.matches("\\d{1,2}") ? Integer.valueOf(scoreText) : null;
        if (score == null || score > 10) {
            rules.error("score", scoreText, "a score must be a whole number from 0 to 10");
        }
        LocalDate d = date;
        return rules.checked(() -> new Response(YearMonth.from(d).toString(), organisation, score, record.line()));
    }

    @Override
    public void stage(long buildId, List<? extends Response> rows) {
        jdbc.batchUpdate("INSERT INTO survey_response (build_id, month, organisation, score, line) VALUES (?,?,?,?,?)",
                rows, rows.size(), (ps, r) -> {
                    ps.setLong(1, buildId);
                    ps.setString(2, r.month());
                    ps.setString(3, r.organisation());
                    ps.setInt(4, r.score());
                    ps.setLong(5, r.line());
                });
    }

    @Override
    public void clear(long buildId) {
        jdbc.update("DELETE FROM survey_response WHERE build_id = ?", buildId);
    }

    /** Every month and organisation's responses. */
    Map<CellKey, Tally> tallies(long buildId) {
        Map<CellKey, Tally> all = new HashMap<>();
        jdbc.query("SELECT month, organisation, COUNT(*) n, SUM(CASE WHEN score >= 9 THEN 1 ELSE 0 END) p, "
                + "SUM(CASE WHEN score <= 6 THEN 1 ELSE 0 END) d FROM survey_response WHERE build_id = ? GROUP BY month, organisation",
                rs -> {
                    all.put(CellKey.of(rs.getString("month"), rs.getString("organisation"), ComputedMetric.SURVEYS),
                            new Tally(rs.getLong("n"), rs.getLong("p"), rs.getLong("d")));
                }, buildId);
        return all;
    }
}
