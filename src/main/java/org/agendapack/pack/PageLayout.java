package org.agendapack.pack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Where each paper of a pack goes, from the papers' page counts alone: the pages after the agenda are
 * numbered from 1, every item starts on a right-hand (odd) page (a blank page before it when needed, if the
 * pack is padded), appendices follow their paper directly, and an exempt item's papers are left out of the
 * public pack. Pure arithmetic, no PDF: the agenda's page ranges are this layout's, so they are true.
 */
public record PageLayout(List<Slot> sequence, List<Placed> placed, Map<Integer, PageRange> ranges, int pages) {

    /** What fills the next pages of the pack: a paper's PDF, or one blank page. */
    public sealed interface Slot permits Slot.Paper, Slot.Blank {
        record Paper(Path pdf) implements Slot {
        }

        record Blank() implements Slot {
        }
    }

    /** Pages of the pack, first to last (1 = the first page after the agenda). */
    public record PageRange(int first, int last) {
        public PageRange {
            if (first < 1 || last < first) {
                throw new IllegalArgumentException("pages " + first + " to " + last);
            }
        }

        /** "7 - 26" as the agenda prints it, or "5" for one page. */
        public String printed() {
            return first == last ? Integer.toString(first) : first + " - " + last;
        }

        PageRange span(PageRange other) {
            return new PageRange(Math.min(first, other.first), Math.max(last, other.last));
        }
    }

    /** Where a paper landed. */
    public record Placed(PackPaper paper, PageRange pages) {
        public int firstPage() {
            return pages.first();
        }
    }

    /**
     * @param pageCount each paper's PDF's number of pages
     * @param exemptPack whether this is the pack with exempt papers (the public one leaves them out)
     * @param padding whether blank pages keep every item on a right-hand page
     */
    public static PageLayout of(List<PackPaper> papers, ToIntFunction<Path> pageCount, boolean exemptPack, boolean padding) {
        List<Slot> sequence = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        Map<Integer, PageRange> ranges = new LinkedHashMap<>();
        int next = 1;
        int currentItem = -1;
        for (PackPaper paper : papers) {
            if (paper.exempt() && !exemptPack) {
                continue;
            }
            if (paper.item() != currentItem) {
                currentItem = paper.item();
                if (padding && next % 2 == 0) {
                    sequence.add(new Slot.Blank());
                    next++;
                }
            }
            PageRange pages = new PageRange(next, next + pageCount.applyAsInt(paper.pdf()) - 1);
            sequence.add(new Slot.Paper(paper.pdf()));
            placed.add(new Placed(paper, pages));
            ranges.merge(paper.item(), pages, PageRange::span);
            next = pages.last() + 1;
        }
        return new PageLayout(List.copyOf(sequence), List.copyOf(placed), Map.copyOf(ranges), next - 1);
    }
}
