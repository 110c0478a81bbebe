package org.agendapack.progress;

import java.time.LocalDate;

/**
 * reports."progress-report" in meeting.json.
 *
 * @param title the cover title (default "Progress Report on Implementation")
 * @param inquiry the scrutiny inquiry whose recommendations are tracked
 * @param approved the date the council (the profile's word for it) approved the inquiry
 * @param lastTracked the date progress was last tracked; null for a first update
 * @param reportingMember the executive member reporting, e.g. "Deputy Leader"
 * @param assessmentHeader the heading of the assessment column (default: the profile's executive member's
 *        "Assessment", e.g. "Executive Member's Assessment")
 * @param attentionSection true to show members a "Progress to note" section (parts overdue or without an
 *        anticipated date); by default those findings are warnings for the officer building the pack
 */
public record ProgressReportSettings(String title, String inquiry, LocalDate approved, String leadMember,
        String leadOfficer, LocalDate lastTracked, String reportingMember, String assessmentHeader,
        Boolean attentionSection) {
}
