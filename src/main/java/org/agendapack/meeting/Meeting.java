package org.agendapack.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * A meeting as described by its meeting.json: the front sheet, the agenda and the report settings, and the
 * council profile (folder name under the profiles folder) whose house wording it uses; null for neutral wording.
 */
public record Meeting(
        String id,
        String committee,
        LocalDate date,
        LocalTime time,
        String venue,
        List<String> organisations,
        List<Member> members,
        List<Member> substitutes,
        Contact contact,
        List<AgendaItem> items,
        Map<String, JsonNode> reports,
        String profile) {

    public Meeting {
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        members = members == null ? List.of() : List.copyOf(members);
        substitutes = substitutes == null ? List.of() : List.copyOf(substitutes);
        items = items == null ? List.of() : List.copyOf(items);
        reports = reports == null ? Map.of() : Map.copyOf(reports);
    }

    public Meeting withId(String newId) {
        return new Meeting(newId, committee, date, time, venue, organisations, members, substitutes, contact, items, reports, profile);
    }

    /** The same meeting with one report's settings replaced. */
    public Meeting withReport(String report, JsonNode settings) {
        Map<String, JsonNode> changed = new java.util.HashMap<>(reports);
        changed.put(report, settings);
        return new Meeting(id, committee, date, time, venue, organisations, members, substitutes, contact, items, changed, profile);
    }

    /** Where the agenda first names a generated report, e.g. "$.items[2].appendices[0].report"; empty if it does not. */
    public Optional<String> placeOfReport(String key) {
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            if (key.equals(item.report())) {
                return Optional.of("$.items[" + i + "].report");
            }
            for (int a = 0; a < item.appendices().size(); a++) {
                if (key.equals(item.appendices().get(a).report())) {
                    return Optional.of("$.items[" + i + "].appendices[" + a + "].report");
                }
            }
        }
        return Optional.empty();
    }

    public record Member(String name, String organisation) {
    }

    public record Contact(String name, String title, String phone, String email) {
    }
}
