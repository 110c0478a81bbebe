package org.agendapack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;

import org.agendapack.settings.AgendapackProperties;
import org.agendapack.render.Markdown;
import org.agendapack.render.PdfRenderer;
import org.agendapack.render.Templates;
import org.agendapack.support.Conformance;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Makes the sample meeting's supplied PDF, input/joint-ict-2018-10-16/documents/service-improvement-plan.pdf,
 * from src/test/resources/fixtures/service-improvement-plan.md with agendapack's own renderer and finish, so it
 * is PDF/A-2a and PDF/UA-1 as a council's own conforming PDF would be, with fixed metadata (same bytes every
 * time). Runs only when asked:
 *
 * <pre>mvn -B -q test -Dtest=ServiceImprovementPlanFixture -Dagendapack.fixtures=regenerate</pre>
 */
class ServiceImprovementPlanFixture {

    static final Path SOURCE = Path.of("src/test/resources/fixtures/service-improvement-plan.md");
    static final Path TARGET = Path.of("input/joint-ict-2018-10-16/documents/service-improvement-plan.pdf");

    @TempDir
    Path dir;

    @Test
    @EnabledIfSystemProperty(named = "agendapack.fixtures", matches = "regenerate")
    void regenerate() throws IOException {
        AgendapackProperties properties = new AgendapackProperties(null, null, null, null, null, null);
        PdfRenderer pdf = new PdfRenderer(properties, new Templates(properties));
        Path rendered = dir.resolve("rendered.pdf");
        new DocumentRenderer(new Markdown(), pdf).render(SOURCE, "Service Improvement Plan", org.agendapack.report.PaperPart.MAIN, rendered);
        try (PDDocument doc = Loader.loadPDF(rendered.toFile())) {
            GregorianCalendar date = GregorianCalendar.from(ZonedDateTime.of(2018, 9, 28, 0, 0, 0, 0, ZoneOffset.UTC));
            PdfFinish.apply(doc, new PdfFinish.Origin("Shared ICT Service", date, TARGET.getFileName().toString()),
                    "SICTS – Service Improvement Plan", "Service Improvement Plan, September 2018, version 3.0", true);
            doc.save(TARGET.toFile());
        }
        assertThat(Files.size(TARGET)).isPositive();
        assertThat(Conformance.failures(TARGET)).isEmpty();
    }
}
