package org.agendapack.tickets;

import java.util.Map;

/**
 * How a service desk's export maps to the tickets dataset, from meeting.json
 * ({@code reports.performance-pack.tickets}): a named preset for the tool that wrote it, and/or the export's
 * own header for each field, words of the export that mean a field's values, and the time zone of its
 * date-times.
 *
 * @param preset {@code servicenow}, {@code hornbill}, {@code topdesk} or {@code ivanti} (absent: the
 *        export uses agendapack's own column names, {@link TicketField})
 * @param columns field name (id, organisation, type, priority, logged, resolved, sla_due, sla_met) to the
 *        export's header; overrides the preset's
 * @param values field name (organisation, type, priority, sla_met) to a map of the export's word to
 *        agendapack's ("London Borough of Eastfield" to "Eastfield", "Requested Item" to "service request", "1 -
 *        Critical" to "P1", "Breached" to "false"); added to the preset's
 * @param timeZone the zone of date-times written without an offset (default the preset's, else
 *        Europe/London); months are always Europe/London months
 */
public record TicketMapping(String preset, Map<String, String> columns, Map<String, Map<String, String>> values,
        String timeZone) {

    public TicketMapping {
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public static final TicketMapping STANDARD = new TicketMapping(null, null, null, null);
}
