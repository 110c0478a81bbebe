package org.agendapack.pack;

import java.nio.file.Path;

/**
 * A paper ready for the pack: its PDF (rendered or supplied), its agenda item (1-based), its title, its
 * appendix label ("Appendix B"; null for the item's own paper), and whether its item is exempt.
 */
public record PackPaper(int item, String title, String label, boolean exempt, Path pdf) {

    public boolean appendix() {
        return label != null;
    }

    /** The bookmark: "Appendix B – Service Improvement Plan", or the paper's title. */
    public String bookmark() {
        return label == null ? title : title == null || title.isBlank() ? label : label + " – " + title;
    }
}
