package org.agendapack.tickets;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The fields of the tickets dataset, by agendapack's own column names (the export's may differ). */
public enum TicketField {
    ID, ORGANISATION, TYPE, PRIORITY, LOGGED, RESOLVED, SLA_DUE, SLA_MET;

    /** The field's name as meeting.json and a standard export write it: "sla_due". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TicketField of(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst().orElse(null);
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(TicketField::key).toList();
    }
}
