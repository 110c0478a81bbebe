package org.agendapack.procurement;

/** reports."procurement-update" in meeting.json (optional): the report's title, default "Procurement update". */
public record ProcurementUpdateSettings(String title) {

    public String titleOrDefault() {
        return title == null || title.isBlank() ? "Procurement update" : title;
    }
}
