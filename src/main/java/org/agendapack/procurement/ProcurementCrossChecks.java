package org.agendapack.procurement;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.agendapack.dataset.CrossCheck;
import org.agendapack.dataset.DuplicateKeys;
import org.agendapack.dataset.ReportDatasets;
import org.agendapack.problem.Problem;
import org.agendapack.render.UkDates;
import org.agendapack.run.BuildContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rules across procurement rows: no reference twice; warnings for an expected award date already passed
 * while still at tender or evaluation, and for an awarded or signed contract with no supplier.
 */
@Component
public class ProcurementCrossChecks implements CrossCheck {

    private final JdbcTemplate jdbc;

    public ProcurementCrossChecks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String dataset() {
        return Procurements.FORMAT.name();
    }

    /**
     * A warning about one procurement, for the officer; and the same finding worded for members, for a report
     * that asks for an attention section.
     */
    record Flag(long line, String reference, Problem problem, String forMembers) {
    }

    @Override
    public List<Problem> check(BuildContext build) {
        List<Problem> problems = new ArrayList<>();
        String file = build.datasetFile(Procurements.FORMAT.name()).orElse(null);
        Optional<List<Problem>> instead = ReportDatasets.insteadOfRows(build, ProcurementUpdateReport.KEY, Procurements.FORMAT, file, true);
        if (instead.isPresent()) {
            return instead.get();
        }
        problems.addAll(DuplicateKeys.find(jdbc, build.buildId(), file, "procurement", List.of("reference"),
                "procurement reference", "each procurement needs its own reference"));
        flags(jdbc, build, file).forEach(f -> problems.add(f.problem()));
        return problems;
    }

    static List<Flag> flags(JdbcTemplate jdbc, BuildContext build, String file) {
        List<Flag> flags = new ArrayList<>();
        jdbc.query("SELECT line, reference, stage, expected_award FROM procurement WHERE build_id = ? "
                + "AND stage IN ('tender', 'evaluation') AND expected_award < ? ORDER BY line",
                rs -> {
                    String stage = rs.getString("stage");
                    flags.add(new Flag(rs.getLong("line"), rs.getString("reference"), Problem.in(file).line(rs.getLong("line")).field("expected_award").value(rs.getDate("expected_award").toLocalDate().toString())
                            .warning("procurement " + rs.getString("reference") + " is still at " + stage
                                    + " but its expected award date has passed at the meeting date ("
                                    + build.meeting().date() + ")"),
                            "still at the " + stage + " stage; the contract was expected to be awarded by "
                                    + UkDates.DATE.format(rs.getDate("expected_award").toLocalDate())));
                }, build.buildId(), Date.valueOf(build.meeting().date()));
        jdbc.query("SELECT line, reference, stage FROM procurement WHERE build_id = ? "
                + "AND stage IN ('awarded', 'signed') AND supplier IS NULL ORDER BY line",
                rs -> {
                    String stage = rs.getString("stage");
                    flags.add(new Flag(rs.getLong("line"), rs.getString("reference"), Problem.in(file).line(rs.getLong("line")).field("supplier").value("")
                            .warning("procurement " + rs.getString("reference") + " is " + stage + " but no supplier is given"),
                            ("signed".equals(stage) ? "the contract is signed" : "the contract is awarded")
                                    + "; the supplier is not yet reported"));
                }, build.buildId());
        flags.sort(Comparator.comparingLong(Flag::line));
        return flags;
    }
}
