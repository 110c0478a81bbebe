package org.agendapack.profile;

import static org.agendapack.support.PackTestSupport.oneLine;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agendapack.job.BuildOutcome;
import org.agendapack.job.BuildRunner;
import org.agendapack.run.BuildOptions;
import org.agendapack.settings.AgendapackProperties;
import org.agendapack.support.BuildTest;
import org.agendapack.support.PackTestSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every council's words come from its profile: a council with no profile gets neutral wording and none of the
 * sample councils' words; the samples, with theirs, get the seeds' front-sheet notes, report covers, contact
 * officers and appendix labels.
 */
@BuildTest
class CouncilWordingJobTest {

    static final List<String> SAMPLE_COUNCILS_WORDS = List.of("Brent", "Birmingham", "City Council", "Cabinet Member",
            "Scrutiny Office", "Lewisham", "Southwark", "Overview and Scrutiny");

    @Autowired
    BuildRunner runner;

    @Autowired
    AgendapackProperties properties;

    @TempDir
    Path dir;

    @Test
    void aCouncilWithNoProfileGetsNeutralWordingAndNoneOfTheSampleCouncilsWords() throws IOException {
        Path out = build("northbridge-audit-2027-01-26");
        for (String pdf : List.of("agenda-pack.pdf", "progress-report.pdf", "performance-pack.pdf")) {
            String text = oneLine(PackTestSupport.text(out.resolve(pdf)));
            for (String word : SAMPLE_COUNCILS_WORDS) {
                assertThat(text).as(pdf).doesNotContain(word);
            }
        }
        String pack = oneLine(PackTestSupport.text(out.resolve("agenda-pack.pdf")));
        // Neutral front-sheet notes and report wording; the meeting's own roles and words.
        assertThat(pack).contains("Notes for Members - Declarations of Interest",
                "any other interest that the council's code of conduct requires them to declare",
                "The press and public are welcome to attend this meeting.",
                "Date Approved at Council:", "as the appropriate Executive Member (Portfolio Holder for Resources)",
                "to this committee.", "Guidance on the tracking process", "Executive Member’s Assessment");
        assertThat(pack).doesNotContain("Please remember to set your mobile phone", "democracy.");
        // The standard cover: computed appendices, never typed.
        assertThat(pack).contains("Report from the Head of Internal Audit", "Wards Affected: All",
                "Key or Non-Key Decision: Non-Key", "Open or Part/Fully Exempt: Open",
                "No. of Appendices: 3 Appendix A – Guidance on the tracking process "
                        + "Appendix B – Recommendations you are tracking today Appendix C – Evidence of Progress",
                "Helen Marsh, Head of Internal Audit Tel: 01632 960 456 Email: helen.marsh@northbridge.example.gov.uk",
                "Details of progress of the recommendations are shown in Appendix B.");
        assertThat(pack).doesNotContain("Supporting Evidence Pack");
        // Officers' findings stay out of the published papers.
        assertThat(pack).doesNotContain("Needs the committee's attention", "Progress to note");
        assertThat(PackTestSupport.read(out.resolve("build-report.txt"))).contains("A03: category 6 (In Progress)");
    }

    @Test
    void theJointCommitteeUsesItsHostsProfileAndTheUpdateReportItsCover() throws IOException {
        Path pack = build("joint-ict-2018-10-16").resolve("agenda-pack.pdf");
        List<String> pages = PackTestSupport.pages(pack);
        String text = oneLine(String.join("\n", pages));
        // Brent's front sheet, as in seed 003.
        assertThat(text).contains("For electronic copies of minutes, reports and agendas, and to be alerted when the "
                + "minutes of this meeting have been published visit: democracy.brent.gov.uk",
                "If the Personal Interest is also a Prejudicial Interest", "exceeds £25,000",
                "gifts or hospitality of at least £50", "Please remember to set your mobile phone to silent during the meeting.",
                "The meeting room is accessible by lift");
        // The update report's cover, its appendices counted from what is attached.
        assertThat(text).contains("Report from the Head of Digital Services",
                "Report to the Joint ICT Committee on 16 October 2018", "Wards Affected: All",
                "No. of Appendices: 4 Appendix A – Performance Pack – October 2018 Appendix B – Service Improvement Plan "
                        + "Appendix C – Project Status Appendix D – Procurement Update",
                "Background Papers: None",
                "Contact Officer: Prod Sarigianis, Head of Digital Services Tel: 020 8937 6080 Email: Prod.Sarigianis@brent.gov.uk");
        // Each appendix's first page carries its label, and its bookmark says the same.
        for (String[] appendix : new String[][] { { "Appendix A", "2018 OCTOBER PERFORMANCE PACK" },
                { "Appendix B", "SICTS – Service Improvement Plan" }, { "Appendix C", "ICT WORK PLAN" },
                { "Appendix D", "PROCUREMENT UPDATE" } }) {
            assertThat(pages).as(appendix[0]).anyMatch(p -> p.contains(appendix[0]) && oneLine(p).toUpperCase()
                    .contains(appendix[1].toUpperCase()));
        }
        assertThat(bookmarks(pack)).contains("Appendix A – Performance Pack – October 2018",
                "Appendix B – Service Improvement Plan", "Appendix C – Project Status", "Appendix D – Procurement Update");
    }

    @Test
    void theProgressReportSpeaksBirminghamsWordsFromItsProfile() throws IOException {
        Path pack = build("service-birmingham-progress-2016").resolve("agenda-pack.pdf");
        String text = oneLine(PackTestSupport.text(pack));
        // Seed 001: the inquiry information, the cover's appendices and the report's own contact officers.
        assertThat(text).contains("Date Approved at City Council: 9th June 2015",
                "the City Council asked me, as the appropriate Cabinet Member (Deputy Leader), to report on progress "
                        + "towards these recommendations to this Overview and Scrutiny Committee.",
                "No. of Appendices: 4 Appendix 1 – Overview Appendix 2 – Scrutiny Office Guidance on the tracking process "
                        + "Appendix 3 – Recommendations you are tracking today Appendix 4 – Supporting Evidence Pack",
                "Nigel Kletz, Assistant Director Procurement Tel: 303 7207 Email: Nigel.Kletz@Birmingham.Gov.Uk",
                "Tony Lubman, Chief Executive, Service Birmingham Tel: 07710648615 Email: Tony.Lubman@Capita.co.uk",
                "Appendix 2: The Tracking Process", "Appendix 3: Progress with Recommendations",
                "Cabinet Member’s Assessment", "As Deputy Leader I am pleased to report");
        assertThat(bookmarks(pack)).contains("Appendix 1 – Overview", "Appendix 2 – Scrutiny Office Guidance on the tracking process",
                "Appendix 3 – Recommendations you are tracking today", "Appendix 4 – Supporting Evidence Pack");
        assertThat(text).doesNotContain("Needs the committee's attention", "London Borough", "democracy.brent.gov.uk");
    }

    /** Builds a copy of a sample meeting; its output folder. */
    private Path build(String meeting) {
        BuildOutcome outcome = runner.build(PackTestSupport.copyMeeting(meeting, dir), BuildOptions.DEFAULT);
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(BuildOutcome.BUILT);
        return properties.output().resolve(meeting);
    }

    static List<String> bookmarks(Path pdf) throws IOException {
        List<String> titles = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                item.children().forEach(child -> titles.add(child.getTitle()));
            }
        }
        return titles;
    }
}
