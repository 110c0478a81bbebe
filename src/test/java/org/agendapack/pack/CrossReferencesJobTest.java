package org.agendapack.pack;

import static org.agendapack.support.PackTestSupport.oneLine;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agendapack.settings.AgendapackProperties;
import org.agendapack.run.BuildOptions;
import org.agendapack.job.BuildOutcome;
import org.agendapack.job.BuildRunner;
import org.agendapack.support.BuildTest;
import org.agendapack.support.PackTestSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * References to places in other papers print the page of the pack where the place really landed, and link to it;
 * a contents list prints its sections' pages; a reference to a place that does not exist is refused.
 */
@BuildTest
class CrossReferencesJobTest {

    static final String MEETING = "service-birmingham-progress-2016";
    /** Each place of the sample's evidence pack and the heading it is. */
    static final Map<String, String> HEADINGS = new LinkedHashMap<>();
    static {
        HEADINGS.put("r01a", "2 R01a Renewed mission and partnership principles");
        HEADINGS.put("r01b", "3 R01b Operational plan");
        HEADINGS.put("r02", "5 R02 Attendance at BCC management meetings");
        HEADINGS.put("r03", "6 R03 Day in the life");
        HEADINGS.put("r04a", "7 R04a Examples of new projects");
        HEADINGS.put("r04b", "8 R04b Supporting the Council priorities");
        HEADINGS.put("r05", "9 R05 City Council IT user group");
        HEADINGS.put("r06", "10 R06 Communications from Service Birmingham and BCC");
        HEADINGS.put("r06c", "10.5 R06c - Service Birmingham Risk Register");
        HEADINGS.put("r07", "11 R07 Partnership performance indicators");
        HEADINGS.put("r08", "12 R08 Selling Service Birmingham services more widely");
    }

    @Autowired
    BuildRunner runner;

    @Autowired
    AgendapackProperties properties;

    @TempDir
    Path dir;

    @Test
    void everyReferenceAndContentsEntryPrintsThePageWhereItsHeadingIs() throws IOException {
        Path meeting = PackTestSupport.copyMeeting(MEETING, dir);
        BuildOutcome outcome = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(BuildOutcome.BUILT);
        Path pack = properties.output().resolve(MEETING).resolve("agenda-pack.pdf");
        String firstBuild = PackTestSupport.text(pack);
        // The next build starts from the pages this one found: the same pages, in one pass.
        Path overview = meeting.resolve("documents/overview.md");
        PackTestSupport.write(overview, PackTestSupport.read(overview) + "\nOne more line for a new build.\n");
        outcome = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(BuildOutcome.BUILT);
        assertThat(PackTestSupport.text(pack).replace("One more line for a new build.\n", "")).isEqualTo(firstBuild);
        List<String> pages = PackTestSupport.pages(pack);
        int frontPages = frontPages(pages);
        Map<String, Integer> headingPage = new LinkedHashMap<>();
        HEADINGS.forEach((id, heading) -> headingPage.put(id, packPageOfHeading(pages, heading, frontPages)));
        assertThat(headingPage.values()).allMatch(p -> p > 0);

        // References in the evidence (full-width text), as recommendations.csv makes them.
        String text = oneLine(String.join("\n", pages));
        assertThat(text).contains("principles. (See page " + headingPage.get("r01a") + ", Appendix 4)",
                "(page " + headingPage.get("r05") + ", Appendix 4)",
                "particular to page " + headingPage.get("r04b") + " of the evidence pack");
        assertThat(text).doesNotContain("page ?", "See p12", "See p.32");

        // The evidence pack's contents list: each entry's page is its heading's page.
        int first = indexOf(pages, "Contents\n");
        String contents = pages.get(first) + pages.get(first + 1); // the list runs over two pages
        HEADINGS.forEach((id, heading) -> assertThat(contents).contains(heading + " " + headingPage.get(id)));

        // Each reference says the page it links to, and that page has the heading of a place; every place
        // the recommendations refer to is linked to.
        try (PDDocument doc = Loader.loadPDF(pack.toFile())) {
            Pattern printed = Pattern.compile("page\\W*(\\d+)");
            java.util.Set<Integer> linkedPages = new java.util.TreeSet<>();
            for (PDPage page : doc.getPages()) {
                // A reference broken over two lines is two link rectangles: read each target's words together.
                Map<Integer, StringBuilder> wordsByTarget = new LinkedHashMap<>();
                for (PDAnnotation a : page.getAnnotations()) {
                    if (!(a instanceof PDAnnotationLink link)) {
                        continue;
                    }
                    assertThat(link.getAction()).isNotInstanceOf(PDActionURI.class);
                    assertThat(link.getAction()).isInstanceOf(PDActionGoTo.class);
                    PDPageDestination d = (PDPageDestination) ((PDActionGoTo) link.getAction()).getDestination();
                    int target = doc.getPages().indexOf(d.getPage()) - frontPages + 1;
                    wordsByTarget.computeIfAbsent(target, t -> new StringBuilder()).append(oneLine(textIn(page, link)));
                }
                for (var e : wordsByTarget.entrySet()) {
                    Matcher m = printed.matcher(e.getValue());
                    while (m.find()) {
                        assertThat(Integer.parseInt(m.group(1))).as(e.getValue().toString()).isEqualTo(e.getKey());
                        linkedPages.add(e.getKey());
                    }
                }
            }
            assertThat(linkedPages).containsAll(headingPage.values());
        }
    }

    /** The text inside a link's rectangle. */
    static String textIn(PDPage page, PDAnnotationLink link) throws IOException {
        var r = link.getRectangle();
        var stripper = new org.apache.pdfbox.text.PDFTextStripperByArea();
        stripper.addRegion("link", new java.awt.geom.Rectangle2D.Float(r.getLowerLeftX() - 1,
                page.getMediaBox().getHeight() - r.getUpperRightY() - 1, r.getWidth() + 2, r.getHeight() + 2));
        stripper.extractRegions(page);
        return stripper.getTextForRegion("link");
    }

    @Test
    void aReferenceToAPlaceThatDoesNotExistIsRefusedNamingFileLineAndAnchor() {
        Path meeting = PackTestSupport.copyMeeting(MEETING, dir);
        Path csv = meeting.resolve("recommendations.csv");
        PackTestSupport.write(csv, PackTestSupport.read(csv).replace("([See](#r02), Appendix 4)", "([See](#r02x), Appendix 4)"));
        Path md = meeting.resolve("documents/overview.md");
        PackTestSupport.write(md, PackTestSupport.read(md) + "\nSee [the plan](#no-such-place).\n");
        BuildOutcome outcome = runner.validate(meeting, false);
        assertThat(outcome.exitCode()).isEqualTo(BuildOutcome.INVALID_INPUT);
        List<String> messages = PackTestSupport.messages(outcome);
        assertThat(messages).anyMatch(m -> m.contains("recommendations.csv line 11") && m.contains("assessment_note")
                && m.contains("#r02x") && m.contains("no heading of the pack's Markdown papers has the id {#r02x}"));
        assertThat(messages).anyMatch(m -> m.contains("documents/overview.md line 17") && m.contains("#no-such-place"));
    }

    static int indexOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page has " + text);
    }

    /** Pages of the front sheet and agenda: up to the page after "Agenda", padded to an even count. */
    static int frontPages(List<String> pages) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).startsWith("Agenda\n")) {
                return i + 1 + ((i + 1) % 2);
            }
        }
        throw new AssertionError("no agenda page");
    }

    /** The pack page (1 = first after the agenda) on which a heading starts a line, not the contents page's entry. */
    static int packPageOfHeading(List<String> pages, String heading, int frontPages) {
        Pattern line = Pattern.compile("(?m)^" + Pattern.quote(heading) + "$");
        for (int i = frontPages; i < pages.size(); i++) {
            Matcher m = line.matcher(pages.get(i));
            if (m.find() && !pages.get(i).contains("Contents\n")) {
                return i - frontPages + 1;
            }
        }
        return -1;
    }
}
