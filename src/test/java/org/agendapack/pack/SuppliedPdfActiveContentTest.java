package org.agendapack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agendapack.settings.AgendapackProperties;
import org.agendapack.run.BuildOptions;
import org.agendapack.job.BuildOutcome;
import org.agendapack.job.BuildRunner;
import org.agendapack.support.BuildTest;
import org.agendapack.support.Conformance;
import org.agendapack.support.HostilePdfs;
import org.agendapack.support.PackTestSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A supplied PDF with JavaScript on opening and on a page, a named document script, a launch action and an
 * embedded file: the pack carries none of them (every object of the file checked), still has every page of the
 * paper, still claims PDF/A-2a and veraPDF agrees; the warning names the item, the file and what was removed.
 */
@BuildTest
class SuppliedPdfActiveContentTest {

    @Autowired
    BuildRunner runner;

    @Autowired
    AgendapackProperties properties;

    @TempDir
    Path dir;

    @Test
    void activeContentIsRemovedFromThePackWhichStaysPdfA2a() throws IOException {
        Path meeting = PackTestSupport.copy(Path.of("src/test/resources/bad-input/base"), dir.resolve("hostile-2018-10-16"));
        Path plan = meeting.resolve("documents/plan.pdf");
        Path good = dir.resolve("good.pdf");
        Files.copy(plan, good);
        HostilePdfs.withActiveContent(good, plan);
        assertThat(HostilePdfs.activeContent(plan)).as("the fixture is hostile").isNotEmpty()
                .anyMatch(f -> f.endsWith("/S /JavaScript")).anyMatch(f -> f.endsWith("/S /Launch"))
                .anyMatch(f -> f.endsWith("/EmbeddedFiles"));

        BuildOutcome built = runner.build(meeting, BuildOptions.DEFAULT);

        assertThat(built.exitCode()).as(built.message()).isZero();
        assertThat(built.problems()).extracting(p -> p.describe()).containsExactly(
                "meeting.json $.items[2].appendices[1].document, field \"document\", value \"documents/plan.pdf\": the PDF "
                        + "carries active content, which is removed from the pack: JavaScript (3), launch actions (1), "
                        + "embedded files (1) (item 3, \"Service Improvement Plan\")");
        Path pack = properties.output().resolve("hostile-2018-10-16/agenda-pack.pdf");
        assertThat(HostilePdfs.activeContent(pack)).isEmpty();
        assertThat(new String(Files.readAllBytes(pack), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("/JavaScript").doesNotContain("/JS ").doesNotContain("app.alert");
        assertThat(PackTestSupport.text(pack)).contains(firstLineOf(good));
        try (PDDocument doc = Loader.loadPDF(pack.toFile())) {
            assertThat(doc.getDocumentCatalog().getMetadata()).as("the pack still claims PDF/A").isNotNull();
        }
        assertThat(Conformance.failures(pack, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(Files.readString(properties.output().resolve("hostile-2018-10-16/build-report.txt")))
                .contains("documents/plan.pdf").contains("JavaScript (3)");
    }

    private static String firstLineOf(Path pdf) {
        return PackTestSupport.text(pdf).strip().lines().findFirst().orElseThrow().strip();
    }

}
