package org.agendapack.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agendapack.meeting.AgendaItem;
import org.agendapack.meeting.Paper;
import org.agendapack.problem.Problem;
import org.agendapack.profile.CouncilProfile;

/**
 * An item's appendices as they are really attached, in order, each with its label: the appendices the item
 * lists, and the sections of its own generated report (in the place the item lists them, or first). Labels
 * are given, or derived in order: Appendix A, B, C… or, if the item asks for numbers, Appendix 1, 2, 3…
 */
public final class ItemAppendices {

    /** One appendix: its label ("Appendix B"), title, and the paper (a section's paper names the item's report). */
    public record Appendix(String label, String title, Paper paper) {
    }

    private ItemAppendices() {
    }

    public static List<Appendix> of(AgendaItem item, ReportCatalogue reports, CouncilProfile profile) {
        Map<String, ReportSection> sections = new LinkedHashMap<>();
        GeneratedReport own = item.report() == null ? null : reports.get(item.report());
        if (own != null) {
            own.sections(profile).forEach(s -> sections.put(s.key(), s));
        }
        List<Paper> ordered = new ArrayList<>();
        for (ReportSection s : sections.values()) {
            boolean listed = item.appendices().stream().anyMatch(p -> s.key().equals(p.section()));
            if (!listed) {
                ordered.add(new Paper(null, null, null, s.key(), null));
            }
        }
        ordered.addAll(item.appendices());
        List<Appendix> appendices = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Paper p = ordered.get(i);
            String title = p.title();
            if (p.section() != null) {
                ReportSection s = sections.get(p.section());
                title = title != null ? title : s == null ? p.section() : s.title();
                p = new Paper(title, null, item.report(), p.section(), p.label());
            }
            appendices.add(new Appendix(label(p.label(), i + 1, item.numberedAppendices()), title, p));
        }
        return appendices;
    }

    /** Sections an item lists that its report does not have. */
    public static List<Problem> check(AgendaItem item, int index, ReportCatalogue reports, CouncilProfile profile) {
        List<Problem> problems = new ArrayList<>();
        GeneratedReport own = item.report() == null ? null : reports.get(item.report());
        List<String> keys = own == null ? List.of() : own.sections(profile).stream().map(ReportSection::key).toList();
        for (int a = 0; a < item.appendices().size(); a++) {
            String section = item.appendices().get(a).section();
            if (section != null && !keys.contains(section)) {
                problems.add(Problem.in("meeting.json").at("$.items[" + index + "].appendices[" + a + "].section").field("section").value(section)
                        .error(keys.isEmpty()
                                ? "only an item whose own paper is a generated report with sections can list a section"
                                : "the item's report has the sections " + keys));
            }
        }
        return problems;
    }

    static String label(String given, int n, boolean numbers) {
        if (given != null && !given.isBlank()) {
            return given.strip().startsWith("Appendix") ? given.strip() : "Appendix " + given.strip();
        }
        return "Appendix " + (numbers ? Integer.toString(n) : letters(n));
    }

    /** 1 = A, 26 = Z, 27 = AA. */
    static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int k = n; k > 0; k = (k - 1) / 26) {
            s.insert(0, (char) ('A' + (k - 1) % 26));
        }
        return s.toString();
    }
}
