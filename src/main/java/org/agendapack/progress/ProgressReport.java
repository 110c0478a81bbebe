package org.agendapack.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agendapack.meeting.Meeting;
import org.agendapack.meeting.MeetingLoader;
import org.agendapack.problem.Problem;
import org.agendapack.profile.CouncilProfile;
import org.agendapack.render.CrossReferences;
import org.agendapack.render.PdfRenderer;
import org.agendapack.render.UkDates;
import org.agendapack.report.ReportSection;
import org.agendapack.report.TemplateReport;
import org.agendapack.run.BuildContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The progress report on implementation of a scrutiny inquiry's recommendations: the inquiry information,
 * then two sections the pack places as appendices of their own: the tracking process, and a summary by
 * category followed by one table per recommendation with the evidence of progress of all its parts. Every
 * council's word (its council, executive member, scrutiny committee and office, category wording) comes from
 * the council profile.
 */
@Component
public class ProgressReport extends TemplateReport {

    public static final String KEY = "progress-report";

    public ProgressReport(JdbcTemplate jdbc, PdfRenderer pdf, Recommendations recommendations, RecommendationCrossChecks rowChecks) {
        super(KEY, jdbc, pdf, recommendations, rowChecks);
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
            problems.add(Problem.in(MeetingLoader.FILE).at(at + ".approved").field("approved")
                    .error("the date the inquiry was approved is required (YYYY-MM-DD)"));
        }
        return problems;
    }

    private static void require(String value, String pointer, String field, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.in(MeetingLoader.FILE).at(pointer).field(field)
                    .error("required and must not be empty"));
        }
    }

    /** The tracking process and the recommendations with their progress: appendices of their own. */
    public static final String TRACKING = "tracking-process";
    public static final String RECOMMENDATIONS = "recommendations";

    @Override
    public List<ReportSection> sections(CouncilProfile profile) {
        String office = profile.roles() == null ? null : profile.roles().scrutinyOffice();
        return List.of(
                new ReportSection(TRACKING, (office == null || office.isBlank() ? "Guidance" : office + " Guidance")
                        + " on the tracking process"),
                new ReportSection(RECOMMENDATIONS, "Recommendations you are tracking today"));
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

    /** A block as the template shows it: each line as text and references to places of the pack. */
    public record Shown(boolean list, List<List<CrossReferences.Segment>> lines) {
    }

    public record Part(String label, List<Shown> recommendation, String responsibility, String due,
            String assessment, String anticipated, List<CrossReferences.Segment> note) {
    }

    public record Item(String id, List<Part> parts, List<Shown> evidence) {
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
        CrossReferences.PageNumbers pages = build.pages();
        for (var e : byId.entrySet()) {
            List<Part> parts = new ArrayList<>();
            List<Shown> evidence = new ArrayList<>();
            for (Recommendation r : e.getValue()) {
                String label = r.part().isEmpty() ? "" : r.part() + ")";
                parts.add(new Part(label, shown(labelled(label, blocks(r.recommendation())), pages), r.responsibility(), r.due(),
                        r.assessment() + " \u2013 " + categories(build).get(r.assessment() - 1).name(),
                        r.anticipated() == null ? null : "Anticipated: " + Recommendation.formatAnticipated(r.anticipated()),
                        r.assessmentNote() == null ? null : CrossReferences.segments(r.assessmentNote(), pages)));
                evidence.addAll(shown(blocks(r.evidence()), pages));
                for (String note : r.toNote(meetingDate)) {
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
        for (int c = 1; c <= categories(build).size(); c++) {
            int n = counts.getOrDefault(c, 0);
            categories.add(new Category(c, categories(build).get(c - 1).name(), n,
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
        CouncilProfile.Roles roles = build.profile().roles();
        model.put("roles", roles);
        model.put("assessmentHeader", s.assessmentHeader() != null && !s.assessmentHeader().isBlank() ? s.assessmentHeader()
                : roles.executiveMember() + "\u2019s Assessment");
        model.put("attentionSection", Boolean.TRUE.equals(s.attentionSection()));
        model.put("criteria", categories(build));
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

    private static List<Shown> shown(List<Block> blocks, CrossReferences.PageNumbers pages) {
        return blocks.stream().map(b -> new Shown(b.list(),
                b.lines().stream().map(l -> CrossReferences.segments(l, pages)).toList())).toList();
    }

    private static List<CouncilProfile.Category> categories(BuildContext build) {
        return build.profile().categories();
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
