package org.agendapack.pack;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agendapack.run.BuildContext;
import org.agendapack.meeting.AgendaItem;
import org.agendapack.meeting.Meeting;
import org.agendapack.render.UkDates;

/**
 * What templates/front-sheet.ftlx shows: the meeting, the council's wording, and the agenda with each item's
 * page range as the pack's layout placed its papers.
 */
final class FrontSheet {

    private FrontSheet() {
    }

    static Map<String, Object> model(BuildContext build, PageLayout layout, boolean exemptPack) {
        Meeting meeting = build.meeting();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < meeting.items().size(); i++) {
            AgendaItem item = meeting.items().get(i);
            PageLayout.PageRange range = layout.ranges().get(i + 1);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", i + 1);
            m.put("title", item.title());
            m.put("paragraphs", item.description() == null ? List.of() : List.of(item.description().split("\\n\\s*\\n")));
            m.put("pages", range == null ? "" : range.printed());
            m.put("exempt", item.isExempt() ? "Exempt: paragraph " + item.exempt().paragraph()
                    + " of Part 1 of Schedule 12A to the Local Government Act 1972" : "");
            items.add(m);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("meeting", meeting);
        model.put("when", UkDates.DAY.format(meeting.date()) + (meeting.time() == null ? "" : " at " + clock(meeting.time())));
        model.put("items", items);
        model.put("exemptPack", exemptPack);
        model.put("profile", build.profile());
        return model;
    }

    /** "6.30 pm", as councils write it. */
    static String clock(LocalTime time) {
        int h = time.getHour();
        int hour12 = h % 12 == 0 ? 12 : h % 12;
        return hour12 + "." + String.format("%02d", time.getMinute()) + (h < 12 ? " am" : " pm");
    }
}
