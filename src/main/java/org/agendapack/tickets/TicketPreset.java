package org.agendapack.tickets;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column names (and the words for types and priorities) of a default one-row-per-ticket export of each
 * service-desk tool. An instance may be configured differently: meeting.json's {@code columns} and
 * {@code values} override or add to a preset, field by field. Documented in docs/input-contract.md.
 */
public enum TicketPreset {

    /** A report on the Task table (incidents and requested items) exported as CSV: headers are field names. */
    SERVICENOW("servicenow", "ServiceNow", "Europe/London",
            columns("number", "company", "sys_class_name", "priority", "opened_at", "resolved_at", null, "made_sla"),
            Map.of("type", Map.of("Incident", "incident", "Requested Item", "service request",
                    "sc_req_item", "service request"))),

    /** A Service Manager report on the requests table: Hornbill keeps date-times in UTC. */
    HORNBILL("hornbill", "Hornbill Service Manager", "UTC",
            columns("h_pk_reference", "h_company_name", "h_requesttype", "h_fk_priorityname", "h_datelogged",
                    "h_dateresolved", "h_fixby", null),
            Map.of()),

    /** An incident overview exported to CSV with English labels; day-first dates. */
    TOPDESK("topdesk", "TOPdesk", "Europe/London",
            columns("Number", "Branch", "Call type", "Priority", "Call date", "Completion date", "Target date", null),
            Map.of("type", Map.of("Request", "service request", "Service request", "service request"))),

    /** A saved search on the Incident business object exported to CSV (TypeOfIncident tells requests apart). */
    IVANTI("ivanti", "Ivanti Service Manager", "Europe/London",
            columns("IncidentNumber", "OrganizationalUnit", "TypeOfIncident", "Priority", "CreatedDateTime",
                    "ResolvedDateTime", "ResolutionDeadline", null),
            Map.of());

    private final String key;
    private final String tool;
    private final String timeZone;
    private final Map<TicketField, String> columns;
    private final Map<String, Map<String, String>> words;

    TicketPreset(String key, String tool, String timeZone, Map<TicketField, String> columns,
            Map<String, Map<String, String>> values) {
        this.key = key;
        this.tool = tool;
        this.timeZone = timeZone;
        this.columns = columns;
        this.words = values;
    }

    public String key() {
        return key;
    }

    public String tool() {
        return tool;
    }

    public String timeZone() {
        return timeZone;
    }

    public Map<TicketField, String> columns() {
        return columns;
    }

    public Map<String, Map<String, String>> words() {
        return words;
    }

    public static TicketPreset of(String key) {
        return key == null ? null
                : Arrays.stream(values()).filter(p -> p.key.equals(key.toLowerCase(Locale.ROOT))).findFirst().orElse(null);
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(TicketPreset::key).toList();
    }

    private static Map<TicketField, String> columns(String... names) {
        Map<TicketField, String> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null) {
                m.put(TicketField.values()[i], names[i]);
            }
        }
        return m;
    }
}
