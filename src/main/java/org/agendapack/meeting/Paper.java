package org.agendapack.meeting;

/** A paper in the pack: a document in the meeting folder, or a report generated from data. */
public record Paper(String title, String document, String report) {

    /** A PDF supplied as it is (merged, not rendered). */
    public boolean isSuppliedPdf() {
        return document != null && document.toLowerCase().endsWith(".pdf");
    }
}
