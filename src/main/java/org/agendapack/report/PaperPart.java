package org.agendapack.report;

import java.util.List;

/**
 * What to render of a paper: the report's main part (section null) or one of its sections, the appendix label
 * to show on its first page (null for an item's own paper), and the report cover to put ahead of it (null for
 * none), and for an item's own paper the item's appendices (for its list of appendices).
 */
public record PaperPart(String section, String label, CoverSheet cover, List<ItemAppendices.Appendix> appendices) {

    public static final PaperPart MAIN = new PaperPart(null, null, null, List.of());

    public PaperPart {
        appendices = appendices == null ? List.of() : List.copyOf(appendices);
    }
}
