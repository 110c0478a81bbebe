package org.agendapack.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.agendapack.meeting.AgendaItem;
import org.agendapack.meeting.Meeting;
import org.agendapack.meeting.Paper;
import org.springframework.stereotype.Component;

/** Every report agendapack can generate, by key. */
@Component
public class ReportCatalogue {

    private final Map<String, GeneratedReport> byKey = new TreeMap<>();

    public ReportCatalogue(List<GeneratedReport> reports) {
        reports.forEach(r -> byKey.put(r.key(), r));
    }

    public Set<String> keys() {
        return byKey.keySet();
    }

    public GeneratedReport get(String key) {
        return byKey.get(key);
    }

    /** The reports a meeting's agenda places in the pack, in agenda order. */
    public List<GeneratedReport> usedBy(Meeting meeting) {
        Set<String> keys = new LinkedHashSet<>();
        for (AgendaItem item : meeting.items()) {
            for (Paper p : item.papers()) {
                if (p.report() != null) {
                    keys.add(p.report());
                }
            }
        }
        return keys.stream().map(byKey::get).filter(java.util.Objects::nonNull).toList();
    }
}
