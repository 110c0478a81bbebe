package org.agendapack.procurement;

import java.math.BigDecimal;
import java.sql.Date;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * The procurement update: the procurements grouped by stage in pipeline order, then the count and total value
 * by stage; first, only when the report's settings ask for it, what needs the committee's attention.
 */
@Component
public class ProcurementUpdateReport extends TemplateReport {

    public static final String KEY = "procurement-update";

    public ProcurementUpdateReport(JdbcTemplate jdbc, PdfRenderer pdf, Procurements procurements, ProcurementCrossChecks rowChecks) {
        super(KEY, jdbc, pdf, procurements, rowChecks);
    }

    @Override
    public List<Problem> checkSettings(Meeting meeting) {
        List<Problem> problems = new ArrayList<>();
        MeetingLoader.settings(meeting, KEY, ProcurementUpdateSettings.class, problems);
        return problems;
    }

    @Override
    public void aggregate(BuildContext build) {
        replaceRows(build, "procurement_stage_total", "INSERT INTO procurement_stage_total (build_id, stage, position, n, total_value, valued) "
                + "SELECT build_id, stage, position, COUNT(*), SUM(value_gbp), COUNT(value_gbp) FROM procurement "
                + "WHERE build_id = ? GROUP BY build_id, stage, position");
    }

    public record Item(String reference, String title, String organisations, String route, String supplier,
            String value, String expectedAward, String update, boolean flagged) {
    }

    public record Group(String stage, int count, String total, List<Item> items) {
    }

    public record Attention(String reference, String title, String stage, String reason) {
    }

    public record StageTotal(String stage, int count, String total) {
    }

    /** A procurement as listed: its reference on a line of the file (a reference may be listed twice). */
    private record Listed(String reference, long line) {
    }

    private record Titled(String title, String stage) {
    }

    @Override
    protected Map<String, Object> model(BuildContext build) {
        ProcurementUpdateSettings s = build.settings(KEY, ProcurementUpdateSettings.class);
        long id = build.buildId();
        String file = build.datasetFile(Procurements.FORMAT.name()).orElse("procurement");
        boolean attentionSection = s != null && s.showsAttention();
        // The validator's findings reach a published paper only where the settings ask for them.
        List<ProcurementCrossChecks.Flag> flags = attentionSection ? ProcurementCrossChecks.flags(jdbc, build, file) : List.of();

        Map<String, StageTotal> totals = new HashMap<>();
        jdbc.query("SELECT stage, n, total_value, valued FROM procurement_stage_total WHERE build_id = ?", rs -> {
            String stage = rs.getString("stage");
            totals.put(stage, new StageTotal(stageWord(stage), rs.getInt("n"),
                    rs.getInt("valued") == 0 ? NONE : money(rs.getBigDecimal("total_value"))));
        }, id);

        Map<String, List<Item>> byStage = new LinkedHashMap<>();
        Map<Listed, Titled> titles = new HashMap<>();
        jdbc.query("SELECT line, reference, title, organisations, stage, route, supplier, value_gbp, expected_award, upd "
                + "FROM procurement WHERE build_id = ? ORDER BY position, line", rs -> {
                    String ref = rs.getString("reference");
                    String stage = rs.getString("stage");
                    long line = rs.getLong("line");
                    Date award = rs.getDate("expected_award");
                    titles.put(new Listed(ref, line), new Titled(rs.getString("title"), stage));
                    byStage.computeIfAbsent(stage, k -> new ArrayList<>()).add(new Item(ref, rs.getString("title"),
                            String.join(", ", rs.getString("organisations").split(";")), orNone(rs.getString("route")),
                            orNone(rs.getString("supplier")), money(rs.getBigDecimal("value_gbp")),
                            award == null ? NONE : UkDates.SHORT_DATE.format(award.toLocalDate()), orNone(rs.getString("upd")),
                            flags.stream().anyMatch(f -> f.line() == line)));
                }, id);

        List<Group> groups = new ArrayList<>();
        List<StageTotal> stageTotals = new ArrayList<>();
        for (String stage : Procurements.STAGES) {
            StageTotal t = totals.getOrDefault(stage, new StageTotal(stageWord(stage), 0, NONE));
            stageTotals.add(t);
            List<Item> items = byStage.get(stage);
            if (items != null) {
                groups.add(new Group(t.stage(), t.count(), t.total(), items));
            }
        }
        BigDecimal grand = jdbc.queryForObject(
                "SELECT SUM(total_value) FROM procurement_stage_total WHERE build_id = ?", BigDecimal.class, id);
        int count = stageTotals.stream().mapToInt(StageTotal::count).sum();

        List<Attention> attention = new ArrayList<>();
        for (ProcurementCrossChecks.Flag f : flags) {
            Titled t = titles.get(new Listed(f.reference(), f.line()));
            attention.add(new Attention(f.reference(), t == null ? NONE : t.title(), t == null ? NONE : stageWord(t.stage()),
                    f.forMembers()));
        }

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", s == null ? new ProcurementUpdateSettings(null, null).titleOrDefault() : s.titleOrDefault());
        model.put("committee", build.meeting().committee());
        model.put("asAt", UkDates.DATE.format(build.meeting().date()));
        model.put("attentionSection", attentionSection);
        model.put("attention", attention);
        model.put("groups", groups);
        model.put("stageTotals", stageTotals);
        model.put("grandTotal", new StageTotal("Total", count, grand == null ? NONE : money(grand)));
        return model;
    }

    static String stageWord(String stage) {
        return Character.toUpperCase(stage.charAt(0)) + stage.substring(1);
    }

    /** "£250,000", or "£1,234.50" with pence; "–" when not given. */
    static String money(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        return "£" + new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? NONE : s;
    }
}
