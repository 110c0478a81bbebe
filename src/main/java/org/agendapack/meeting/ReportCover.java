package org.agendapack.meeting;

import java.util.List;

/**
 * The fields every UK committee report opens with, as meeting.json gives them for one agenda item. The
 * committee, date, title, exemption and appendices are not here: they come from the meeting and the item.
 *
 * @param reportFrom who the report is from ("Head of Digital Services")
 * @param reportTo to whom, when not simply the committee on the meeting date
 * @param wards wards affected ("All")
 * @param decision "key" or "non-key"
 * @param backgroundPapers background papers ("None")
 * @param contacts the report's contact officers
 */
public record ReportCover(String reportFrom, String reportTo, String wards, String decision,
        String backgroundPapers, List<Meeting.Contact> contacts) {

    public ReportCover {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
