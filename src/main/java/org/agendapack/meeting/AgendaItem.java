package org.agendapack.meeting;

import java.util.ArrayList;
import java.util.List;

/**
 * One agenda item: agenda-only, or with a paper (a document or a generated report) and appendices.
 *
 * @param cover the standard report cover, rendered ahead of the item's own paper; null for none
 * @param appendixLabels "letters" (Appendix A, B, C…, the default) or "numbers" (Appendix 1, 2, 3…)
 */
public record AgendaItem(String title, String description, String document, String report,
        List<Paper> appendices, Exempt exempt, ReportCover cover, String appendixLabels) {

    public AgendaItem {
        appendices = appendices == null ? List.of() : List.copyOf(appendices);
    }

    public boolean isExempt() {
        return exempt != null;
    }

    /** The item's own paper, or null for an agenda-only item. */
    public Paper paper() {
        return document == null && report == null ? null : Paper.of(title, document, report);
    }

    /** The item's papers in pack order: its own paper, if any, then its appendices. */
    public List<Paper> papers() {
        Paper own = paper();
        if (own == null) {
            return appendices;
        }
        List<Paper> all = new ArrayList<>(appendices.size() + 1);
        all.add(own);
        all.addAll(appendices);
        return all;
    }

    /** Appendices are numbered, not lettered. */
    public boolean numberedAppendices() {
        return "numbers".equals(appendixLabels);
    }

    /** Local Government Act 1972, Schedule 12A, Part 1 paragraph that makes an item exempt. */
    public record Exempt(Integer paragraph) {
    }
}
