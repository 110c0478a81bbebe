package org.agendapack.progress;

import java.util.ArrayList;
import java.util.List;
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

/** The recommendations dataset: field rules and staging into {@code recommendation}. */
@Component
public class Recommendations implements Dataset<Recommendation> {

    public static final DatasetFormat FORMAT = new DatasetFormat("recommendations",
            List.of("id", "part", "recommendation", "responsibility", "due", "assessment", "anticipated", "evidence"),
            List.of("assessment_note"));

    /** The widest text column of the staging table. */
    static final int MAX_TEXT = 32_000;

    private static final Pattern PART = Pattern.compile("[A-Za-z]?");
    private static final Pattern ANTICIPATED = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    private final JdbcTemplate jdbc;

    public Recommendations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public DatasetFormat format() {
        return FORMAT;
    }

    @Override
    public Checked<Recommendation> check(SourceRecord record, BuildContext build) {
        List<Problem> problems = new ArrayList<>(1);
        FieldRules rules = new FieldRules(record, problems);
        String id = rules.required("id");
        if (id != null && id.length() > 200) {
            rules.error("id", id, "at most 200 characters");
        }
        String part = record.text("part");
        if (!PART.matcher(part).matches()) {
            rules.error("part", part, "a part is a single letter (a, b, c …) or empty");
        }
        String text = rules.required("recommendation");
        String assessmentText = record.text("assessment");
        int assessment = 0;
        if (assessmentText.matches("[1-6]")) {
            assessment = Integer.parseInt(assessmentText);
        } else {
            rules.error("assessment", assessmentText, "the assessment is a category from 1 to 6");
        }
        String anticipated = rules.optional("anticipated");
        if (anticipated != null && (!ANTICIPATED.matcher(anticipated).matches() || Recommendation.endOf(anticipated) == null)) {
            rules.error("anticipated", anticipated, "an anticipated date must be YYYY-MM or YYYY-MM-DD, e.g. 2016-04");
            anticipated = null;
        }
        for (String field : List.of("recommendation", "responsibility", "due", "evidence", "assessment_note")) {
            if (record.text(field).length() > MAX_TEXT) {
                rules.error(field, record.text(field).substring(0, 40), "at most " + MAX_TEXT + " characters");
            }
        }
        if (rules.hasErrors()) {
            return Checked.rejected(problems);
        }
        Recommendation row = new Recommendation(id, part.toLowerCase(java.util.Locale.UK), text,
                record.text("responsibility"), record.text("due"), assessment, anticipated,
                rules.optional("assessment_note"), record.text("evidence"), record.line());
        for (String note : row.attention(build.meeting().date())) {
            rules.warning("assessment", assessmentText, row.ref() + ": " + note);
        }
        return new Checked<>(row, problems);
    }

    @Override
    public void stage(long buildId, List<? extends Recommendation> rows) {
        jdbc.batchUpdate("INSERT INTO recommendation (build_id, id, part, recommendation, responsibility, due, assessment, "
                + "anticipated, assessment_note, evidence, line) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                rows, rows.size(), (ps, r) -> {
                    ps.setLong(1, buildId);
                    ps.setString(2, r.id());
                    ps.setString(3, r.part());
                    ps.setString(4, r.recommendation());
                    ps.setString(5, r.responsibility());
                    ps.setString(6, r.due());
                    ps.setInt(7, r.assessment());
                    ps.setString(8, r.anticipated());
                    ps.setString(9, r.assessmentNote());
                    ps.setString(10, r.evidence());
                    ps.setLong(11, r.line());
                });
    }

    @Override
    public void clear(long buildId) {
        jdbc.update("DELETE FROM recommendation WHERE build_id = ?", buildId);
    }
}
