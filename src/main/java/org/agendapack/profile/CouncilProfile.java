package org.agendapack.profile;

import java.util.List;

/**
 * One council's house wording, everything that is the council's and not the meeting's: its name, where
 * electronic copies are published, the front-sheet notes, the words for the roles its reports use, the
 * tracking categories of scrutiny recommendations, and its logo. A meeting with no profile gets the neutral
 * profile (templates/neutral-profile/), whose wording is right for any council.
 *
 * @param name the profile's folder name; null for the neutral profile
 * @param notes the front-sheet notes (declarations of interest, code of conduct) as XHTML from notes.md
 */
public record CouncilProfile(String name, String council, ElectronicCopies electronicCopies, String publicAttendance,
        List<String> housekeeping, Roles roles, List<Category> categories, Logo logo, String notes) {

    public CouncilProfile {
        housekeeping = housekeeping == null ? List.of() : List.copyOf(housekeeping);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public boolean isNeutral() {
        return name == null;
    }

    public CouncilProfile withNotes(String xhtml) {
        return new CouncilProfile(name, council, electronicCopies, publicAttendance, housekeeping, roles, categories,
                logo, xhtml);
    }

    public CouncilProfile withLogo(Logo newLogo) {
        return new CouncilProfile(name, council, electronicCopies, publicAttendance, housekeeping, roles, categories,
                newLogo, notes);
    }

    /** "For electronic copies of minutes, reports and agendas … visit:" and the address. */
    public record ElectronicCopies(String text, String address) {
    }

    /**
     * The words reports use for the council's bodies and roles.
     *
     * @param council the body that approves a scrutiny inquiry: Council, or a city's own name for it
     * @param executiveMember the member who reports on progress: Executive Member, Portfolio Holder…
     * @param scrutinyCommittee what a scrutiny committee is called: an overview and scrutiny committee, say
     * @param scrutinyOffice who writes the tracking guidance; null or empty for nobody named
     */
    public record Roles(String council, String executiveMember, String scrutinyCommittee, String scrutinyOffice) {
    }

    /** A tracking category of scrutiny recommendations (1-6, the national convention) and its criteria. */
    public record Category(String name, List<String> criteria) {
    }

    /**
     * The logo on the front sheet.
     *
     * @param file the SVG or PNG file in the profile's folder
     * @param alt what a screen reader says for it (required)
     * @param markup the checked SVG markup, or a data: URI of the PNG, ready for the front sheet
     */
    public record Logo(String file, String alt, String markup) {
        public boolean svg() {
            return file != null && file.toLowerCase().endsWith(".svg");
        }
    }
}
