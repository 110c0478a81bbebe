package org.agendapack.progress;

import java.time.LocalDate;

/**
 * reports."progress-report" in meeting.json.
 *
 * @param title the cover title (default "Progress Report on Implementation")
 * @param inquiry the scrutiny inquiry whose recommendations are tracked
 * @param approved the date the City Council approved the inquiry
 * @param lastTracked the date progress was last tracked; null for a first update
 * @param reportingMember the Cabinet Member reporting, e.g. "Deputy Leader"
 */
public record ProgressReportSettings(String title, String inquiry, LocalDate approved, String leadMember,
        String leadOfficer, LocalDate lastTracked, String reportingMember) {
}
