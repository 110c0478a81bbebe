package org.agendapack.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agendapack.settings.AgendapackProperties;
import org.agendapack.run.BuildOptions;
import org.agendapack.job.BuildOutcome;
import org.agendapack.job.BuildRunner;
import org.agendapack.support.BuildTest;
import org.agendapack.support.PageLines;
import org.agendapack.support.PageLines.Line;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The layout defects seen in the samples, checked in the PDFs as a reader sees them: split tables with their
 * header on every page, no header or lead-in alone at a page foot, tokens kept on one line, lettered lists.
 */
@BuildTest
class SamplePageLayoutJobTest {

    static final String BIRMINGHAM = "service-birmingham-progress-2016";
    static final String JOINT = "joint-ict-2018-10-16";

    @Autowired
    BuildRunner runner;

    @Autowired
    AgendapackProperties properties;

    private List<Line> build(String meeting, String pdf) {
        BuildOutcome outcome = runner.build(Path.of("input", meeting), BuildOptions.DEFAULT);
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(BuildOutcome.BUILT);
        return PageLines.of(properties.output().resolve(meeting).resolve(pdf));
    }

    @Test
    void eachRecommendationTableShowsItsHeaderOnEveryPageItSpans() {
        List<Line> lines = build(BIRMINGHAM, "progress-report.pdf");
        int pages = lines.stream().mapToInt(Line::page).max().orElseThrow();
        for (String id : List.of("R04", "R06", "R09")) {
            int first = firstPage(lines, id).orElseThrow(() -> new AssertionError(id + " not found"));
            Line row = PageLines.visible(lines, first).stream().filter(l -> l.text().startsWith(id + " ")).findFirst().orElseThrow();
            assertThat(PageLines.visible(lines, first)).as(id + ": its header row above its first row")
                    .anyMatch(l -> l.text().startsWith("No Recommendation") && l.y() < row.y());
            // Every page the table may go on to, up to the page where the next table starts, opens with the
            // header row: either this table's, repeated, or the next table's own.
            int until = firstPage(lines, next(id)).orElse(pages);
            for (int page = first + 1; page <= until; page++) {
                assertThat(PageLines.visible(lines, page).get(0).text()).as(id + " on page " + page).startsWith("No Recommendation");
            }
        }
        assertNoPageEndsWith(lines, "No Recommendation", "Completion", "Evidence of Progress");
        // No header drawn out of sight in a margin (the old stray rule and invisible header).
        assertThat(lines).noneMatch(l -> l.text().startsWith("No Recommendation") && !l.visible());
    }

    @Test
    void theBenchmarkingTablesKeepTheirLeadInAndHeaderWithTheirRows() {
        List<Line> lines = build(BIRMINGHAM, "agenda-pack.pdf");
        Line leadIn = lines.stream().filter(l -> l.text().equals("Total Cost of Ownership (All devices)")).findFirst().orElseThrow();
        List<Line> page = PageLines.visible(lines, leadIn.page());
        int at = page.indexOf(leadIn);
        assertThat(page.get(at + 1).text()).startsWith("Metric SB/BCC 1st Median 3rd Comments");
        assertThat(page.subList(at, page.size()).stream().map(Line::text))
                .anyMatch(t -> t.startsWith("KPI 18 Average total cost of") && t.contains("42 42 50 61"));
        assertNoPageEndsWith(lines, "Metric SB/BCC", "Quartile", "Total Cost of Ownership", "Cost Metrics", "Performance of Service");
        // "SB/BCC" is one word on one line, never "SB" above "/BCC".
        assertThat(lines).noneMatch(l -> l.text().strip().startsWith("/BCC") || l.text().strip().endsWith("SB/"));
    }

    @Test
    void slashedWordsStayOnOneLineAndLetteredListsHaveNoBullets() {
        List<Line> lines = build(JOINT, "agenda-pack.pdf");
        List<String> texts = lines.stream().map(l -> l.text().strip()).toList();
        assertThat(texts).anyMatch(t -> t.contains("24/7")).anyMatch(t -> t.contains("LGfL/Virgin"));
        for (String broken : List.of("/7", "/Virgin")) {
            assertThat(texts).noneMatch(t -> t.startsWith(broken));
        }
        assertThat(texts).noneMatch(t -> t.endsWith("24/") || t.endsWith("LGfL/"));
        // The minutes' "(a)" items and the update report's "a)" items: the letter starts the line, no bullet before it.
        List<String> lettered = new ArrayList<>();
        for (String t : texts) {
            if (t.contains("(a) An update was sought") || t.contains("a) Note the actions being taken")) {
                lettered.add(t);
            }
        }
        assertThat(lettered).hasSize(2).allMatch(t -> t.startsWith("(a)") || t.startsWith("a)"));
    }

    private static void assertNoPageEndsWith(List<Line> lines, String... starts) {
        int pages = lines.stream().mapToInt(Line::page).max().orElse(0);
        for (int p = 1; p <= pages; p++) {
            List<Line> visible = PageLines.visible(lines, p);
            if (visible.isEmpty()) {
                continue;
            }
            String last = visible.get(visible.size() - 1).text();
            for (String start : starts) {
                assertThat(last).as("the last line of page " + p).doesNotStartWith(start);
            }
        }
    }

    private static java.util.OptionalInt firstPage(List<Line> lines, String id) {
        return lines.stream().filter(l -> l.visible() && l.text().startsWith(id + " ")).mapToInt(Line::page).min();
    }

    private static String next(String id) {
        return String.format("R%02d", Integer.parseInt(id.substring(1)) + 1);
    }
}
