package org.agendapack.report;

import java.util.List;

import org.agendapack.meeting.AgendaItem;
import org.agendapack.meeting.Meeting;
import org.agendapack.meeting.ReportCover;
import org.agendapack.render.UkDates;

/**
 * The standard report cover as the template shows it: the meeting's committee and date, the fields the item
 * gives, whether it is open or exempt, and the appendices computed from what is really attached (never typed,
 * so the count cannot disagree with the appendices).
 */
public record CoverSheet(String committee, String date, String title, String reportFrom, String reportTo,
        String wards, String decision, String exemption, List<ItemAppendices.Appendix> appendices,
        String backgroundPapers, List<Meeting.Contact> contacts) {

    public static CoverSheet of(Meeting meeting, AgendaItem item, List<ItemAppendices.Appendix> appendices) {
        ReportCover c = item.cover();
        String date = UkDates.DAY.format(meeting.date());
        return new CoverSheet(meeting.committee(), date, item.title(), c.reportFrom(),
                c.reportTo() != null ? c.reportTo() : meeting.committee() + " on " + date,
                c.wards(), c.decision() == null ? null : "key".equals(c.decision()) ? "Key" : "Non-Key",
                item.isExempt() ? "Fully exempt: paragraph " + item.exempt().paragraph()
                        + " of Part 1 of Schedule 12A to the Local Government Act 1972" : "Open",
                appendices, c.backgroundPapers(), c.contacts());
    }
}
