package org.agendapack.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendapack.build.BuildContext;
import org.agendapack.meeting.Meeting;
import org.agendapack.meeting.MeetingLoader;
import org.agendapack.problem.Problem;
import org.agendapack.render.PdfRenderer;
import org.agendapack.render.UkDates;
import org.agendapack.report.TemplateReport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The progress report on implementation of a scrutiny inquiry's recommendations: a cover with the inquiry
 * information, the tracking process, a one-page summary by category with what needs the committee's
 * attention, then one table per recommendation with the evidence of progress of all its parts.
 */
@Component
public class ProgressReport extends TemplateReport {

    public static final String KEY = "progress-report";

    public ProgressReport(JdbcTemplate jdbc, PdfRenderer pdf) {
        super(KEY, jdbc, pdf);
    }

    @Override
    public List<Problem> checkSettings(Meeting meeting) {
        List<Problem> problems = new ArrayList<>();
        String at = "$.reports." + KEY;
        ProgressReportSettings s = MeetingLoader.requiredSettings(meeting, KEY, ProgressReportSettings.class,
                "the progress report", problems);
        if (s == null) {
            return problems;
        }
        require(s.inquiry(), at + ".inquiry", "inquiry", problems);
        require(s.reportingMember(), at + ".reportingMember", "reportingMember", problems);
        if (s.approved() == null) {
            problems.add(Problem.error(MeetingLoader.FILE, null, at + ".approved", "approved", null,
                    "the date the inquiry was approved is required (YYYY-MM-DD)"));
        }
        return problems;
    }

    private static void require(String value, String pointer, String field, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.error(MeetingLoader.FILE, null, pointer, field, null, "required and must not be empty"));
        }
    }

    @Override
    public void aggregate(BuildContext build) {
        replaceRows(build, "progress_category", """
                INSERT INTO progress_category (build_id, assessment, parts)
                SELECT build_id, assessment, COUNT(*) FROM recommendation WHERE build_id = ?
                GROUP BY build_id, assessment""");
    }

    /** A paragraph (its lines, shown with their line breaks) or a bullet list (its items). */
    public record Block(boolean list, List<String> lines) {
    }

    public record Part(String label, List<Block> recommendation, String responsibility, String due,
            String assessment, String anticipated, String note) {
    }

    public record Item(String id, List<Part> parts, List<Block> evidence) {
    }

    public record Category(int number, String name, int parts, int percent) {
    }

    @Override
    protected Map<String, Object> model(BuildContext build) {
        ProgressReportSettings s = build.settings(KEY, ProgressReportSettings.class);
        LocalDate meetingDate = build.meeting().date();
        Map<String, List<Recommendation>> byId = new LinkedHashMap<>();
        jdbc.query("SELECT id, part, recommendation, responsibility, due, assessment, anticipated, assessment_note, evidence, line "
                + "FROM recommendation WHERE build_id = ? ORDER BY line", rs -> {
                    Recommendation r = new Recommendation(rs.getString("id"), rs.getString("part"),
                            rs.getString("recommendation"), rs.getString("responsibility"), rs.getString("due"),
                            rs.getInt("assessment"), rs.getString("anticipated"), rs.getString("assessment_note"),
                            rs.getString("evidence"), rs.getLong("line"));
                    byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
                }, build.buildId());

        List<Item> items = new ArrayList<>();
        List<String> attention = new ArrayList<>();
        for (var e : byId.entrySet()) {
            List<Part> parts = new ArrayList<>();
            List<Block> evidence = new ArrayList<>();
            for (Recommendation r : e.getValue()) {
                String label = r.part().isEmpty() ? "" : r.part() + ")";
                parts.add(new Part(label, labelled(label, blocks(r.recommendation())), r.responsibility(), r.due(),
                        Recommendation.label(r.assessment()),
                        r.anticipated() == null ? null : "Anticipated: " + Recommendation.formatAnticipated(r.anticipated()),
                        r.assessmentNote()));
                evidence.addAll(blocks(r.evidence()));
                for (String note : r.attention(meetingDate)) {
                    attention.add(r.ref() + ": " + note);
                }
            }
            items.add(new Item(e.getKey(), parts, evidence));
        }

        Map<Integer, Integer> counts = new HashMap<>();
        jdbc.query("SELECT assessment, parts FROM progress_category WHERE build_id = ?",
                rs -> {
                    counts.put(rs.getInt("assessment"), rs.getInt("parts"));
                }, build.buildId());
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<Category> categories = new ArrayList<>();
        for (int c = 1; c <= Recommendation.CATEGORIES.size(); c++) {
            int n = counts.getOrDefault(c, 0);
            categories.add(new Category(c, Recommendation.CATEGORIES.get(c - 1), n,
                    total == 0 ? 0 : Math.round(100f * n / total)));
        }

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", s.title() == null || s.title().isBlank() ? "Progress Report on Implementation" : s.title());
        model.put("inquiry", s.inquiry());
        model.put("committee", build.meeting().committee());
        model.put("meetingDate", longDate(meetingDate));
        model.put("approved", longDate(s.approved()));
        model.put("leadMember", nz(s.leadMember()));
        model.put("leadOfficer", nz(s.leadOfficer()));
        model.put("lastTracked", s.lastTracked() == null ? "N/a \u2013 first update" : longDate(s.lastTracked()));
        model.put("reportingMember", s.reportingMember());
        Meeting.Contact contact = build.meeting().contact();
        model.put("contactName", contact == null ? "" : nz(contact.name()));
        model.put("contactTitle", contact == null ? "" : nz(contact.title()));
        model.put("contactPhone", contact == null ? "" : nz(contact.phone()));
        model.put("contactEmail", contact == null ? "" : nz(contact.email()));
        model.put("categories", categories);
        model.put("totalParts", total);
        model.put("attention", attention);
        model.put("items", items);
        return model;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** "9th June 2015". */
    static String longDate(LocalDate d) {
        if (d == null) {
            return "";
        }
        int day = d.getDayOfMonth();
        String suffix = day >= 11 && day <= 13 ? "th" : switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return day + suffix + " " + UkDates.MONTH_YEAR.format(d);
    }

    /** The part's label ("a)") at the start of its first paragraph, or as a paragraph of its own before a list. */
    static List<Block> labelled(String label, List<Block> blocks) {
        if (label.isEmpty()) {
            return blocks;
        }
        List<Block> out = new ArrayList<>(blocks);
        if (!out.isEmpty() && !out.get(0).list()) {
            List<String> lines = new ArrayList<>(out.get(0).lines());
            lines.set(0, label + " " + lines.get(0));
            out.set(0, new Block(false, List.copyOf(lines)));
        } else {
            out.add(0, new Block(false, List.of(label)));
        }
        return out;
    }

    /**
     * Text as blocks: blank lines separate paragraphs, lines starting "- " are bullet items, other line
     * breaks are kept within their paragraph.
     */
    static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        List<String> current = new ArrayList<>();
        boolean inList = false;
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = raw.strip();
            boolean item = line.startsWith("- ") || line.equals("-");
            if (line.isEmpty() || item != inList) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(inList, List.copyOf(current)));
                    current.clear();
                }
            }
            if (line.isEmpty()) {
                continue;
            }
            inList = item;
            current.add(item ? line.substring(1).strip() : line);
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(inList, List.copyOf(current)));
        }
        return blocks;
    }
}
