package org.agendapack.pack;

import java.nio.file.Path;

/**
 * A paper ready for the pack: its PDF (rendered or supplied), its agenda item (1-based), its bookmark title,
 * whether it is an appendix, and whether its item is exempt.
 */
public record PackPaper(int item, String title, boolean appendix, boolean exempt, Path pdf) {
}
