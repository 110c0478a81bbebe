package org.agendapack.dataset;

import java.util.List;

/**
 * A part of agendapack that reads data: the datasets a meeting may supply for it and the rules across their
 * rows. The build job asks every feature: each dataset a meeting supplies gets an ingest step, and the validate
 * step runs every feature's cross-checks. A generated report is a feature; so is the pack itself.
 */
public interface Feature {

    /** The datasets this feature reads (none for most). */
    default List<Dataset<?>> datasets() {
        return List.of();
    }

    /** The datasets this feature reads too large to stage row by row: read in chunks and counted as they stream. */
    default List<StreamedDataset> streamedDatasets() {
        return List.of();
    }

    /** Rules across rows of the staged datasets (or across the papers), run by the validate step. */
    default List<CrossCheck> crossChecks() {
        return List.of();
    }
}
