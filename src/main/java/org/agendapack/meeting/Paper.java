package org.agendapack.meeting;

/**
 * A paper in the pack: a document in the meeting folder, a report generated from data, or (as an appendix
 * only) a section of the item's own generated report, such as the progress report's tracking process.
 *
 * @param label the appendix label as given ("4", "Appendix 4"); null to derive it from the item's order
 */
public record Paper(String title, String document, String report, String section, String label) {

    public static Paper of(String title, String document, String report) {
        return new Paper(title, document, report, null, null);
    }

    /** A PDF supplied as it is (merged, not rendered). */
    public boolean isSuppliedPdf() {
        return document != null && document.toLowerCase().endsWith(".pdf");
    }
}
