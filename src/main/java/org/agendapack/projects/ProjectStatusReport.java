package org.agendapack.projects;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agendapack.meeting.Meeting;
import org.agendapack.meeting.MeetingLoader;
import org.agendapack.problem.Problem;
import org.agendapack.render.PdfRenderer;
import org.agendapack.render.UkDates;
import org.agendapack.report.TemplateReport;
import org.agendapack.run.BuildContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The project status report: a summary line, counts by stage and RAG per organisation, the amber and red
 * projects with their update and slippage, then the table of live projects.
 */
@Component
public class ProjectStatusReport extends TemplateReport {

    public static final String KEY = "project-status";

    public ProjectStatusReport(JdbcTemplate jdbc, PdfRenderer pdf, Projects projects, ProjectCrossChecks rowChecks) {
        super(KEY, jdbc, pdf, projects, rowChecks);
    }

    @Override
    public List<Problem> checkSettings(Meeting meeting) {
        List<Problem> problems = new ArrayList<>();
        MeetingLoader.settings(meeting, KEY, ProjectStatusSettings.class, problems);
        return problems;
    }

    @Override
    public void aggregate(BuildContext build) {
        replaceRows(build, "project_count", "INSERT INTO project_count (build_id, organisation, stage, rag, n) "
                + "SELECT build_id, organisation, stage, rag, COUNT(*) FROM project WHERE build_id = ? "
                + "GROUP BY build_id, organisation, stage, rag");
    }

    /** Counts of one organisation (or the total): by stage in {@link Projects#STAGES} order, then by RAG. */
    public record OrgRow(String organisation, List<Integer> stages, List<Integer> rags, int total) {
    }

    public record ExceptionRow(String id, String name, String organisation, String stage, String rag, String ragWord,
            String plannedEnd, String forecastEnd, String slippage, String update) {
    }

    public record LiveRow(String id, String name, String organisation, String rag, String ragWord, String percent,
            String plannedEnd, String forecastEnd) {
    }

    @Override
    protected Map<String, Object> model(BuildContext build) {
        ProjectStatusSettings s = build.settings(KEY, ProjectStatusSettings.class);
        long id = build.buildId();
        List<String> orgs = new ArrayList<>(build.meeting().organisations());
        Map<String, int[]> counts = new LinkedHashMap<>();
        jdbc.query("SELECT organisation, stage, rag, n FROM project_count WHERE build_id = ?", rs -> {
            String org = rs.getString("organisation");
            if (!orgs.contains(org)) {
                orgs.add(org);
            }
            int[] c = counts.computeIfAbsent(org, k -> new int[Projects.STAGES.size() + Projects.RAGS.size()]);
            int n = rs.getInt("n");
            c[Stage.of(rs.getString("stage")).ordinal()] += n;
            c[Projects.STAGES.size() + Rag.of(rs.getString("rag")).ordinal()] += n;
        }, id);
        // Shared projects are a shared service's: a meeting of one organisation gets no empty "Shared" row.
        if (build.meeting().organisations().size() > 1 && !orgs.contains(Projects.SHARED)) {
            orgs.add(Projects.SHARED);
        }
        int[] all = new int[Projects.STAGES.size() + Projects.RAGS.size()];
        List<OrgRow> orgRows = new ArrayList<>();
        for (String org : orgs) {
            int[] c = counts.getOrDefault(org, new int[all.length]);
            for (int i = 0; i < c.length; i++) {
                all[i] += c[i];
            }
            orgRows.add(row(org, c));
        }
        OrgRow total = row("Total", all);

        List<ExceptionRow> exceptions = new ArrayList<>();
        jdbc.query("SELECT id, name, organisation, stage, rag, planned_end, forecast_end, upd FROM project "
                + "WHERE build_id = ? AND rag IN ('red', 'amber') ORDER BY CASE WHEN rag = 'red' THEN 0 ELSE 1 END, line",
                rs -> {
                    LocalDate planned = date(rs.getDate("planned_end"));
                    LocalDate forecast = date(rs.getDate("forecast_end"));
                    String rag = rs.getString("rag");
                    exceptions.add(new ExceptionRow(rs.getString("id"), rs.getString("name"), rs.getString("organisation"),
                            Stage.of(rs.getString("stage")).word(), rag, Rag.of(rag).word(), format(planned), format(forecast),
                            slippage(planned, forecast), orNone(rs.getString("upd"))));
                }, id);

        List<LiveRow> live = new ArrayList<>();
        jdbc.query("SELECT id, name, organisation, rag, percent_complete, planned_end, forecast_end FROM project "
                + "WHERE build_id = ? AND stage = 'live' ORDER BY line",
                rs -> {
                    String rag = rs.getString("rag");
                    BigDecimal pc = rs.getBigDecimal("percent_complete");
                    live.add(new LiveRow(rs.getString("id"), rs.getString("name"), rs.getString("organisation"), rag,
                            Rag.of(rag).word(), pc == null ? NONE : pc.stripTrailingZeros().toPlainString() + "%",
                            format(date(rs.getDate("planned_end"))), format(date(rs.getDate("forecast_end")))));
                }, id);

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", s == null ? new ProjectStatusSettings(null).titleOrDefault() : s.titleOrDefault());
        model.put("committee", build.meeting().committee());
        model.put("asAt", UkDates.DATE.format(build.meeting().date()));
        model.put("summary", summary(total));
        model.put("stageHeadings", java.util.Arrays.stream(Stage.values()).map(Stage::word).toList());
        model.put("orgRows", orgRows);
        model.put("total", total);
        model.put("exceptions", exceptions);
        model.put("live", live);
        return model;
    }

    private static OrgRow row(String org, int[] c) {
        int stages = Projects.STAGES.size();
        List<Integer> s = new ArrayList<>();
        List<Integer> r = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < stages; i++) {
            s.add(c[i]);
            total += c[i];
        }
        for (int i = stages; i < c.length; i++) {
            r.add(c[i]);
        }
        return new OrgRow(org, s, r, total);
    }

    /** "8 live projects, 2 awaiting resource allocation; 3 amber, 1 red" ("none red" for zero). */
    static String summary(OrgRow total) {
        int live = total.stages().get(Stage.LIVE.ordinal());
        int awaiting = total.stages().get(Stage.AWAITING.ordinal());
        int amber = total.rags().get(Rag.AMBER.ordinal());
        int red = total.rags().get(Rag.RED.ordinal());
        return count(live) + " live project" + (live == 1 ? "" : "s") + ", " + count(awaiting)
                + " awaiting resource allocation; " + count(amber) + " amber, " + count(red) + " red";
    }

    private static String count(int n) {
        return n == 0 ? "none" : Integer.toString(n);
    }

    /** Forecast end minus planned end in whole weeks (rounded towards zero). */
    static String slippage(LocalDate planned, LocalDate forecast) {
        if (planned == null || forecast == null) {
            return NONE;
        }
        long weeks = ChronoUnit.WEEKS.between(planned, forecast);
        String n = weeks < 0 ? "−" + (-weeks) : Long.toString(weeks);
        return n + (Math.abs(weeks) == 1 ? " week" : " weeks");
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    static String format(LocalDate d) {
        return d == null ? NONE : UkDates.SHORT_DATE.format(d);
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? NONE : s;
    }
}
