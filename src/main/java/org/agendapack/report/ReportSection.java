package org.agendapack.report;

/**
 * A part of a generated report that the pack places as an appendix of its own (the progress report's
 * tracking process, say), so that other appendices can go before it and every appendix has its label.
 *
 * @param key how meeting.json names it in an item's appendices ({"section": "tracking-process"})
 * @param title its title in the report's list of appendices
 */
public record ReportSection(String key, String title) {
}
