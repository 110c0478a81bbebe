package org.agendapack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.agendapack.job.MeetingChecks;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.render.PdfRenderer;
import org.agendapack.run.BuildContext;
import org.agendapack.run.BuildOptions;
import org.agendapack.settings.AgendapackProperties;
import org.agendapack.support.BuildTest;
import org.agendapack.support.PackTestSupport;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A report's own PDF is finished from the document the render step kept open, not from the file it had just
 * written; a restarted build, which has only the file, makes the same PDF byte for byte. Documents nobody
 * took are closed when the build ends.
 */
@BuildTest
class StandaloneReportTest {

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
    void documentsNobodyTookAreClosedWhenTheBuildEnds() throws Exception {
        BuildContext build = build();
        Path paper = Files.createDirectories(build.work("reports")).resolve("exempt-only.pdf");
        pdf.render("blank-page.ftlx", Map.of("text", "Exempt"), paper, build.rendered());
        PDDocument kept = build.rendered().take(paper).orElseThrow();
        build.rendered().keep(paper, kept);

        build.close();

        assertThat(kept.getDocument().isClosed()).isTrue();
        assertThat(build.rendered().take(paper)).isEmpty();
        assertThat(PackTestSupport.pages(paper)).hasSize(1); // the file stays for a restart
    }

    private BuildContext build() {
        MeetingFolder folder = new MeetingFolder(PackTestSupport.copyMeeting("joint-ict-2018-10-16", dir));
        MeetingChecks.Loaded loaded = meetings.loadWithProfile(folder);
        return new BuildContext(1, loaded.meeting(), folder, "test", BuildOptions.DEFAULT, dir.resolve("work"),
                properties.output().resolve(folder.id()), loaded.profile());
    }
}
