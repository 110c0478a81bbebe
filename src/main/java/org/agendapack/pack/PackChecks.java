package org.agendapack.pack;

import java.util.List;

import org.agendapack.dataset.CrossCheck;
import org.agendapack.dataset.Feature;
import org.springframework.stereotype.Component;

/** The pack as a feature: no dataset of its own, but rules across the papers (cross-references, supplied PDFs). */
@Component
public class PackChecks implements Feature {

    private final List<CrossCheck> checks;

    public PackChecks(CrossReferenceChecks crossReferences, SuppliedPdfCheck suppliedPdfs) {
        this.checks = List.of(crossReferences, suppliedPdfs);
    }

    @Override
    public List<CrossCheck> crossChecks() {
        return checks;
    }
}
