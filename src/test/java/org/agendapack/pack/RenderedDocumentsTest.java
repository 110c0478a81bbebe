package org.agendapack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.agendapack.job.MeetingChecks;
import org.agendapack.render.PdfRenderer;
import org.agendapack.run.BuildContext;
import org.agendapack.settings.AgendapackProperties;
import org.agendapack.support.BuildTest;
import org.agendapack.support.PackTestSupport;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A report's own PDF and the pack are made from the documents the render step kept open, not parsed back from
 * the files it had just written; a restarted build, which has only the files, makes the same PDFs byte for
 * byte. Documents nobody took are closed when the build ends.
 */
@BuildTest
class RenderedDocumentsTest {

    @Autowired
    PdfRenderer pdf;

    @Autowired
    PackAssembler assembler;

    @Autowired
    MeetingChecks meetings;

    @Autowired
    AgendapackProperties properties;

    @TempDir
    Path dir;

    @Test
    void aReportFinishedFromItsKeptDocumentIsTheOneARestartMakesFromItsFile() throws Exception {
        BuildContext build = build();
        Path paper = Files.createDirectories(build.work("reports")).resolve("report.pdf");
        pdf.render("blank-page.ftlx", Map.of("text", "Quarterly figures"), paper, build.rendered());

        // The same name in two folders: a PDF's document id is made from its name.
        Path fromDocument = Files.createDirectories(dir.resolve("from-document")).resolve("quarterly-report.pdf");
        assembler.finishStandalone(build, List.of(paper), fromDocument, "Quarterly report");
        assertThat(build.rendered().take(paper)).as("taken by the finish").isEmpty();
        Path fromFile = Files.createDirectories(dir.resolve("from-file")).resolve("quarterly-report.pdf");
        assembler.finishStandalone(build, List.of(paper), fromFile, "Quarterly report");

        assertThat(PackTestSupport.text(fromDocument)).contains("Quarterly figures").contains("Page 1 of 1");
        assertThat(Files.mismatch(fromDocument, fromFile)).as("the same bytes either way").isEqualTo(-1L);
    }

    @Test
    void aPackMergedFromTheKeptDocumentsIsTheOneARestartMergesFromTheFiles() throws Exception {
        BuildContext build = build();
        Path documents = Files.createDirectories(build.work("documents"));
        Path minutes = documents.resolve("minutes.pdf");
        Path report = documents.resolve("report.pdf");
        pdf.render("blank-page.ftlx", Map.of("text", "Minutes of the last meeting"), minutes, build.rendered());
        pdf.render("blank-page.ftlx", Map.of("text", "Officer report"), report, build.rendered());
        List<PackPaper> papers = List.of(new PackPaper(1, "Minutes", null, false, false, minutes),
                new PackPaper(2, "Report", null, false, false, report));

        Path fromDocuments = Files.createDirectories(dir.resolve("from-documents")).resolve("agenda-pack.pdf");
        var assembled = assembler.assemble(build, papers, false, fromDocuments);
        assertThat(build.rendered().take(minutes)).as("taken by the pack").isEmpty();
        assertThat(build.rendered().take(report)).as("taken by the pack").isEmpty();
        Path fromFiles = Files.createDirectories(dir.resolve("from-files")).resolve("agenda-pack.pdf");
        assembler.assemble(build, papers, false, fromFiles);

        assertThat(PackTestSupport.pages(fromDocuments)).hasSize(assembled.pages());
        assertThat(PackTestSupport.text(fromDocuments)).contains("Minutes of the last meeting").contains("Officer report");
        assertThat(Files.mismatch(fromDocuments, fromFiles)).as("the same bytes either way").isEqualTo(-1L);
    }

    @Test
    void documentsNobodyTookAreClosedWhenTheBuildEnds() throws Exception {
        BuildContext build = build();
        Path paper = Files.createDirectories(build.work("reports")).resolve("exempt-only.pdf");
        pdf.render("blank-page.ftlx", Map.of("text", "Exempt"), paper, build.rendered());
        assertThat(build.rendered().pages(paper)).contains(1); // asked without taking it
        PDDocument kept = build.rendered().take(paper).orElseThrow();
        build.rendered().keep(paper, kept);

        build.close();

        assertThat(kept.getDocument().isClosed()).isTrue();
        assertThat(build.rendered().take(paper)).isEmpty();
        assertThat(PackTestSupport.pages(paper)).hasSize(1); // the file stays for a restart
    }

    private BuildContext build() {
        return PackTestSupport.build(meetings, properties, PackTestSupport.copyMeeting("joint-ict-2018-10-16", dir), 1,
                dir.resolve("work"));
    }
}
