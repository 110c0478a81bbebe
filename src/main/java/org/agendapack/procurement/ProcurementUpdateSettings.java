package org.agendapack.procurement;

/**
 * reports."procurement-update" in meeting.json (optional).
 *
 * @param title the report's title, default "Procurement update"
 * @param attentionSection true: the report opens with the procurements that need the committee's attention,
 *        worded for members. Otherwise (the default) those findings are for the officer building the pack only:
 *        the console and build-report.txt.
 */
public record ProcurementUpdateSettings(String title, Boolean attentionSection) {

    public String titleOrDefault() {
        return title == null || title.isBlank() ? "Procurement update" : title;
    }

    public boolean showsAttention() {
        return Boolean.TRUE.equals(attentionSection);
    }
}
