package org.agendapack.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.agendapack.pack.PageLayout.PageRange;
import org.agendapack.pack.PageLayout.Slot;
import org.junit.jupiter.api.Test;

/** The pack's page arithmetic, from page counts alone. */
class PageLayoutTest {

    static final Path MINUTES = Path.of("minutes.pdf"), REPORT = Path.of("report.pdf"), APPENDIX = Path.of("a.pdf"),
            PAPER = Path.of("paper.pdf"), EXEMPT = Path.of("exempt.pdf");
    static final Map<Path, Integer> PAGES = Map.of(MINUTES, 5, REPORT, 6, APPENDIX, 7, PAPER, 2, EXEMPT, 3);
    static final List<PackPaper> PAPERS = List.of(
            new PackPaper(4, "Minutes", null, false, false, MINUTES),
            new PackPaper(6, "Update report", null, false, false, REPORT),
            new PackPaper(6, "Performance", "Appendix A", false, false, APPENDIX),
            new PackPaper(7, "Discussion paper", null, false, false, PAPER),
            new PackPaper(9, "Contract award", null, true, false, EXEMPT));

    @Test
    void everyItemStartsOnARightHandPageAndAppendicesFollowTheirPaper() {
        PageLayout layout = PageLayout.of(PAPERS, PAGES::get, false, true);
        // Minutes 1-5, a blank page 6, the report 7-12 and its appendix 13-19, a blank page 20, the paper 21-22.
        assertThat(layout.ranges()).containsEntry(4, new PageRange(1, 5)).containsEntry(6, new PageRange(7, 19))
                .containsEntry(7, new PageRange(21, 22)).doesNotContainKey(9);
        assertThat(layout.ranges().get(6).printed()).isEqualTo("7 - 19");
        assertThat(new PageRange(3, 3).printed()).isEqualTo("3");
        assertThat(layout.sequence()).containsExactly(new Slot.Paper(MINUTES), new Slot.Blank(), new Slot.Paper(REPORT),
                new Slot.Paper(APPENDIX), new Slot.Blank(), new Slot.Paper(PAPER));
        assertThat(layout.placed()).extracting(PageLayout.Placed::firstPage).containsExactly(1, 7, 13, 21);
        assertThat(layout.pages()).isEqualTo(22);
    }

    @Test
    void theExemptPackHoldsTheExemptPapersAndAnUnpaddedPackHasNoBlankPages() {
        PageLayout exempt = PageLayout.of(PAPERS, PAGES::get, true, true);
        assertThat(exempt.ranges()).containsEntry(9, new PageRange(23, 25));
        PageLayout screen = PageLayout.of(PAPERS, PAGES::get, false, false);
        assertThat(screen.sequence()).noneMatch(Slot.Blank.class::isInstance);
        assertThat(screen.ranges()).containsEntry(6, new PageRange(6, 18)).containsEntry(7, new PageRange(19, 20));
    }

    @Test
    void aPaperWithoutPagesIsRefused() {
        assertThatThrownBy(() -> PageLayout.of(PAPERS, p -> 0, false, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
