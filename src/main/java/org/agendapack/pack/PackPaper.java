package org.agendapack.pack;

import java.nio.file.Path;

/**
 * A paper ready for the pack: its PDF (rendered or supplied), its agenda item (1-based), its title, its
 * appendix label ("Appendix B"; null for the item's own paper), whether its item is exempt, and whether it is
 * a supplied PDF (then {@code pdf} is its copy without active content).
 */
public record PackPaper(int item, String title, String label, boolean exempt, boolean supplied, Path pdf) {

    public boolean appendix() {
        return label != null;
    }

    /** The bookmark: "Appendix B – Service Improvement Plan", or the paper's title. */
    public String bookmark() {
        return label == null ? title : title == null || title.isBlank() ? label : label + " – " + title;
    }
}
