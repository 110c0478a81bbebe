package org.agendapack.tickets;

/** What a ticket counts as: an incident of priority 1, 2 or 3, or a service request. */
public enum TicketKind {
    P1, P2, P3, SERVICE_REQUEST;

    /** As the staging table holds it: "P1", "P2", "P3", "SR". */
    public String code() {
        return this == SERVICE_REQUEST ? "SR" : name();
    }

    public static TicketKind ofCode(String code) {
        return "SR".equals(code) ? SERVICE_REQUEST : valueOf(code);
    }
}
