package org.agendapack.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.agendapack.support.PackTestSupport.oneLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agendapack.settings.AgendapackProperties;
import org.agendapack.run.BuildOptions;
import org.agendapack.job.BuildOutcome;
import org.agendapack.job.BuildRunner;
import org.agendapack.problem.Problem;
import org.agendapack.support.BuildTest;
import org.agendapack.support.PackTestSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole agenda pack of the sample meeting: true page ranges, numbering, padding, bookmarks, exempt items. */
@BuildTest
class AgendaPackJobTest {

    private static final Pattern RANGE = Pattern.compile("^(\\d+) (.+?) (\\d+)(?: - (\\d+))?$");

    @Autowired
    BuildRunner runner;

    @Autowired
    AgendapackProperties properties;

    @TempDir
    Path dir;

    @Test
    void everyPrintedRangeIsWhereThePapersAre() throws IOException {
        Path meeting = PackTestSupport.copyMeeting("joint-ict-2018-10-16", dir);
        assertThat(runner.build(meeting, BuildOptions.DEFAULT).exitCode()).isZero();
        Path pack = properties.output().resolve("joint-ict-2018-10-16/agenda-pack.pdf");
        List<String> pages = PackTestSupport.pages(pack);
        int agenda = indexOf(pages, "Agenda\n");
        int front = agenda + 1 + (agenda % 2 == 0 ? 1 : 0); // the front matter is padded to an even count
        // Items 4, 6 and 7 have papers; each starts where the agenda says, on an odd page, and ends there too.
        Map<String, String> firstLines = Map.of("4", "Minutes of the Joint Committee", "6", "Update report to the Joint Borough IT Committee",
                "7", "Shared ICT Service Joint Management Board Discussion Paper");
        List<int[]> ranges = new ArrayList<>();
        for (String line : pages.get(agenda).lines().toList()) {
            Matcher m = RANGE.matcher(line.strip());
            if (m.matches() && firstLines.containsKey(m.group(1))) {
                int from = Integer.parseInt(m.group(3));
                int to = m.group(4) == null ? from : Integer.parseInt(m.group(4));
                assertThat(pages.get(front + from - 1)).as("item " + m.group(1)).contains(firstLines.get(m.group(1)));
                assertThat(from % 2).as("item %s starts on a right-hand page", m.group(1)).isEqualTo(1);
                ranges.add(new int[] { from, to });
            }
        }
        assertThat(ranges).hasSize(3);
        assertThat(ranges.get(0)[0]).isEqualTo(1);
        // Contiguous: each range ends just before the next (or its padding page) begins.
        for (int i = 0; i + 1 < ranges.size(); i++) {
            int gap = ranges.get(i + 1)[0] - ranges.get(i)[1];
            assertThat(gap).isBetween(1, 2);
            if (gap == 2) {
                assertThat(pages.get(front + ranges.get(i)[1])).contains(PackAssembler.BLANK_PAGE_TEXT);
            }
        }
        assertThat(ranges.get(2)[1]).isEqualTo(pages.size() - front);
        // Every page after the agenda carries its number; padding pages fill only odd-page gaps.
        for (int n = 1; front + n - 1 < pages.size(); n++) {
            String page = pages.get(front + n - 1);
            assertThat(page).as("page %d", n).contains("Page " + n);
            if (page.contains(PackAssembler.BLANK_PAGE_TEXT)) {
                assertThat(n % 2).as("padding page %d precedes an odd page", n).isZero();
            }
        }
        // The performance pack (Appendix A) and the supplied PDF (Appendix B) are inside item 6's range.
        int perf = indexOf(pages, "2018 OCTOBER PERFORMANCE PACK");
        int sip = indexOf(pages, "SICTS – Service Improvement Plan");
        assertThat(perf - front + 1).isBetween(ranges.get(1)[0], ranges.get(1)[1]);
        assertThat(sip - front + 1).isBetween(ranges.get(1)[0], ranges.get(1)[1]);
        assertThat(oneLine(pages.get(0))).contains("Joint Committee of the London Boroughs of Brent, Lewisham and Southwark",
                "Tuesday 16 October 2018 at 6.30 pm", "Councillor Margaret McLennan", "Councillor Kieron Williams",
                "James Kinsella, Governance Manager");

        try (PDDocument doc = Loader.loadPDF(pack.toFile())) {
            assertThat(doc.getDocumentCatalog().getPageMode()).isEqualTo(PageMode.USE_OUTLINES);
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Joint Committee of the London Boroughs of Brent, Lewisham and Southwark");
            assertThat(doc.getDocumentInformation().getTitle()).contains("Tuesday 16 October 2018");
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                if (item.getTitle().startsWith("6.")) {
                    List<String> children = new ArrayList<>();
                    item.children().forEach(c -> children.add(c.getTitle()));
                    assertThat(children).startsWith("Appendix A – Performance Pack – October 2018", "Appendix B – Service Improvement Plan");
                    PDOutlineItem appendixA = item.getFirstChild();
                    int page = ((PDPageDestination) appendixA.getDestination()).retrievePageNumber();
                    assertThat(page).isEqualTo(perf);
                }
                if (item.getTitle().startsWith("4.")) {
                    assertThat(((PDPageDestination) item.getDestination()).retrievePageNumber()).isEqualTo(front);
                }
            }
            assertThat(titles).contains("4. Minutes of the Previous Meeting", "7. Shared ICT Service Arrangements");
            // The merged papers' artifact property lists are written inside their pages, not each as an object.
            int lists = 0;
            for (var page : doc.getPages()) {
                var properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                for (COSName name : properties == null ? Set.<COSName>of() : properties.keySet()) {
                    assertThat(properties.getItem(name)).isNotInstanceOf(COSObject.class);
                    lists++;
                }
            }
            assertThat(lists).isGreaterThan(100);
        }
        assertThat(Files.exists(properties.output().resolve("joint-ict-2018-10-16/agenda-pack-exempt.pdf"))).isFalse();
    }

    @Test
    void exemptPapersStayOutOfThePublicPackAndAreMarkedInTheExemptPack() throws IOException {
        Path meeting = PackTestSupport.copyMeeting("joint-ict-2018-10-16", dir);
        Path json = meeting.resolve("meeting.json");
        Files.writeString(json, Files.readString(json).replace("\"document\": \"documents/discussion-paper.md\"",
                "\"document\": \"documents/discussion-paper.md\", \"exempt\": {\"paragraph\": 3}"));
        BuildOutcome outcome = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        String publicPack = oneLine(PackTestSupport.text(properties.output().resolve("joint-ict-2018-10-16/agenda-pack.pdf")));
        assertThat(publicPack).contains("Exempt: paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972")
                .doesNotContain("Southwark remains committed to the Shared ICT Service");
        List<String> exempt = PackTestSupport.pages(properties.output().resolve("joint-ict-2018-10-16/agenda-pack-exempt.pdf"));
        List<String> paperPages = exempt.stream().filter(p -> p.contains("Shared ICT Service Joint Management Board")
                || p.contains("How do we address the capacity issues")).toList();
        assertThat(paperPages).isNotEmpty().allMatch(p -> p.contains(PackAssembler.NOT_FOR_PUBLICATION));
        assertThat(String.join("", exempt)).contains("Southwark remains committed to the Shared ICT Service");
    }

    @Test
    void noPaddingBuildsAScreenPackWithoutBlankPages() {
        Path meeting = PackTestSupport.copyMeeting("joint-ict-2018-10-16", dir);
        assertThat(runner.build(meeting, new BuildOptions(false, false, false)).exitCode()).isZero();
        assertThat(PackTestSupport.text(properties.output().resolve("joint-ict-2018-10-16/agenda-pack.pdf")))
                .doesNotContain(PackAssembler.BLANK_PAGE_TEXT);
    }

    @Test
    void missingFileEscapingPathAndCorruptOrEncryptedPdfAreClearErrors() throws IOException {
        Path meeting = PackTestSupport.copyMeeting("joint-ict-2018-10-16", dir);
        Path output = properties.output().resolve("joint-ict-2018-10-16");
        var before = PackTestSupport.snapshot(output);
        Path json = meeting.resolve("meeting.json");
        String original = Files.readString(json);

        Files.writeString(json, original.replace("documents/minutes-2018-07-04.md", "documents/minutes-missing.md")
                .replace("documents/discussion-paper.md", "../../etc/passwd.md"));
        List<String> messages = rejected(meeting);
        assertThat(messages).contains(
                "meeting.json $.items[3].document, field \"document\", value \"documents/minutes-missing.md\": no such file in the meeting folder",
                "meeting.json $.items[6].document, field \"document\", value \"../../etc/passwd.md\": document paths must stay inside the meeting folder");

        Files.writeString(json, original);
        Files.writeString(meeting.resolve("documents/service-improvement-plan.pdf"), "not a pdf at all");
        assertThat(rejected(meeting)).anyMatch(m -> m.startsWith(
                "meeting.json $.items[5].appendices[1].document, field \"document\", value \"documents/service-improvement-plan.pdf\": not a readable PDF"));

        try (PDDocument doc = Loader.loadPDF(Path.of("input/joint-ict-2018-10-16/documents/service-improvement-plan.pdf").toFile())) {
            doc.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
            doc.save(meeting.resolve("documents/service-improvement-plan.pdf").toFile());
        }
        assertThat(rejected(meeting)).anyMatch(m -> m.contains("password-protected") && m.contains("item 6"));
        assertThat(PackTestSupport.snapshot(output)).isEqualTo(before);
    }

    @Test
    void anErrorInTheAgendaStillChecksTheDatasetsSoOneRunReportsEveryProblem() throws IOException {
        Path meeting = PackTestSupport.copyMeeting("joint-ict-2018-10-16", dir);
        Path json = meeting.resolve("meeting.json");
        String original = Files.readString(json);
        Path kpi = meeting.resolve("kpi-months.csv");
        Files.writeString(kpi, Files.readString(kpi).replace("2018-06,Brent,p1_incidents,11", "2018-13,Brent,p1_incidents,11"));
        String monthError = "kpi-months.csv line 2, field \"month\", value \"2018-13\": a month must be YYYY-MM, for example 2018-06";

        // A document outside the folder: the datasets are read and checked all the same, in the same run.
        Files.writeString(json, original.replace("documents/discussion-paper.md", "../../etc/passwd.md"));
        assertThat(rejected(meeting)).contains(monthError,
                "meeting.json $.items[6].document, field \"document\", value \"../../etc/passwd.md\": document paths must stay inside the meeting folder");

        // An organisation the rows are checked against is wrong: the rows cannot be checked yet, only meeting.json is.
        Files.writeString(json, original.replaceFirst("\"organisations\": \\[", "\"organisations\": [\"\", "));
        List<String> meetingOnly = rejected(meeting);
        assertThat(meetingOnly).isNotEmpty().allMatch(m -> m.startsWith("meeting.json $.organisations"));
    }

    @Test
    void aReportOnTheAgendaWithoutItsDataFileIsAnErrorNotAnEmptyReport() throws IOException {
        Path meeting = PackTestSupport.copyMeeting("joint-ict-2018-10-16", dir);
        Files.delete(meeting.resolve("kpi-months.csv"));
        Files.delete(meeting.resolve("projects.csv"));
        assertThat(rejected(meeting)).contains(
                "meeting.json $.items[5].appendices[0].report, field \"report\", value \"performance-pack\": is built from "
                        + "kpi-months.csv (or kpi-months.json), which the meeting folder does not have: add it, with the header "
                        + "line month,organisation,metric,value, or take the report off the agenda",
                "meeting.json $.items[5].appendices[2].report, field \"report\", value \"project-status\": is built from "
                        + "projects.csv (or projects.json), which the meeting folder does not have: add it, with the header "
                        + "line id,name,organisation,stage,rag, or take the report off the agenda");

        // The other way round: a data file whose report no item includes is built without it, with a warning.
        Path other = PackTestSupport.copyMeeting("joint-ict-2018-10-16", dir.resolve("other"));
        Path json = other.resolve("meeting.json");
        Files.writeString(json, Files.readString(json).replaceFirst(
                "\\{\\s*\"title\": \"Project Status\",\\s*\"report\": \"project-status\"\\s*},", ""));
        BuildOutcome built = runner.build(other, BuildOptions.DEFAULT);
        assertThat(built.exitCode()).as(built.message()).isZero();
        assertThat(built.problems()).extracting(Problem::describe).contains("projects.csv: no agenda item includes the "
                + "project-status report, which is built from this file, so the pack leaves it out; add the report to an "
                + "item (\"report\": \"project-status\") or remove the file");
    }

    private List<String> rejected(Path meeting) {
        BuildOutcome outcome = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(BuildOutcome.INVALID_INPUT);
        return outcome.problems().stream().map(Problem::describe).toList();
    }

    private static int indexOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page contains " + text);
    }
}
