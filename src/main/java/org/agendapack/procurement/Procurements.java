package org.agendapack.procurement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.agendapack.dataset.Dataset;
import org.agendapack.problem.Problem;
import org.agendapack.run.BuildContext;
import org.agendapack.source.Checked;
import org.agendapack.source.DatasetFormat;
import org.agendapack.source.FieldRules;
import org.agendapack.source.SourceRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The procurement dataset: field rules and staging into {@code procurement}. */
@Component
public class Procurements implements Dataset<ProcurementItem> {

    public static final DatasetFormat FORMAT = new DatasetFormat("procurement",
            List.of("reference", "title", "organisations", "stage"),
            List.of("route", "supplier", "value_gbp", "expected_award", "update"));

    /** Stages in pipeline order. */
    public static final List<String> STAGES = List.of("planning", "tender", "evaluation", "awarded", "signed", "cancelled");

    private final JdbcTemplate jdbc;

    public Procurements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public DatasetFormat format() {
        return FORMAT;
    }

    @Override
    public Checked<ProcurementItem> check(SourceRecord record, BuildContext build) {
        List<Problem> problems = new ArrayList<>(1);
        FieldRules rules = new FieldRules(record, problems);
        String reference = rules.required("reference");
        String title = rules.required("title");
        String orgText = rules.required("organisations");
        // What the staging table's columns hold (procurement/schema.sql).
        rules.maxLength("reference", FieldRules.MAX_NAME);
        rules.maxLength("title", 2000);
        rules.maxLength("organisations", 1000);
        rules.maxLength("route", 500);
        rules.maxLength("supplier", 500);
        rules.maxLength("update", 16_000);
        List<String> orgs = orgText == null ? List.of()
                : Arrays.stream(orgText.split(";")).map(String::strip).filter(o -> !o.isEmpty()).toList();
        for (String org : orgs) {
            if (!build.meeting().organisations().contains(org)) {
                rules.error("organisations", orgText, "\"" + org + "\" is not one of the meeting's organisations "
                        + build.meeting().organisations() + " (separate several with ;)");
            }
        }
        String stage = rules.oneOf("stage", STAGES);
        BigDecimal value = rules.decimal("value_gbp");
        if (value != null && value.signum() < 0) {
            rules.error("value_gbp", record.text("value_gbp"), "must not be negative");
        }
        LocalDate expectedAward = rules.date("expected_award");
        return rules.checked(() -> new ProcurementItem(reference, title, orgs, stage, rules.optional("route"),
                rules.optional("supplier"), value, expectedAward, rules.optional("update"), record.line()));
    }

    @Override
    public void stage(long buildId, List<? extends ProcurementItem> rows) {
        jdbc.batchUpdate("INSERT INTO procurement (build_id, line, reference, title, organisations, stage, position, route, "
                + "supplier, value_gbp, expected_award, upd) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                rows, rows.size(), (ps, p) -> {
                    ps.setLong(1, buildId);
                    ps.setLong(2, p.line());
                    ps.setString(3, p.reference());
                    ps.setString(4, p.title());
                    ps.setString(5, String.join(";", p.organisations()));
                    ps.setString(6, p.stage());
                    ps.setInt(7, STAGES.indexOf(p.stage()));
                    ps.setString(8, p.route());
                    ps.setString(9, p.supplier());
                    if (p.value() == null) {
                        ps.setNull(10, Types.DECIMAL);
                    } else {
                        ps.setBigDecimal(10, p.value());
                    }
                    if (p.expectedAward() == null) {
                        ps.setNull(11, Types.DATE);
                    } else {
                        ps.setDate(11, Date.valueOf(p.expectedAward()));
                    }
                    ps.setString(12, p.update());
                });
    }

    @Override
    public void clear(long buildId) {
        jdbc.update("DELETE FROM procurement WHERE build_id = ?", buildId);
    }
}
