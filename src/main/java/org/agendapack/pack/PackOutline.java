package org.agendapack.pack;

import org.agendapack.meeting.Meeting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** The pack's bookmarks: the front sheet and agenda, one per item with a paper, its appendices nested. */
final class PackOutline {

    private PackOutline() {
    }

    static PDDocumentOutline of(PDDocument doc, Meeting meeting, PageLayout layout, int frontPages) {
        PDDocumentOutline outline = new PDDocumentOutline();
        outline.addLast(bookmark(doc, "Front sheet and agenda", 0));
        PDOutlineItem current = null;
        int currentItem = -1;
        for (PageLayout.Placed p : layout.placed()) {
            int pageIndex = frontPages + p.firstPage() - 1;
            if (p.paper().item() != currentItem) {
                currentItem = p.paper().item();
                current = bookmark(doc, currentItem + ". " + meeting.items().get(currentItem - 1).title(), pageIndex);
                outline.addLast(current);
            }
            if (p.paper().appendix()) {
                current.addLast(bookmark(doc, p.paper().bookmark(), pageIndex));
                current.openNode();
            }
        }
        outline.openNode();
        return outline;
    }

    private static PDOutlineItem bookmark(PDDocument doc, String title, int pageIndex) {
        PDPageFitDestination dest = new PDPageFitDestination();
        dest.setPage(doc.getPage(pageIndex));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(dest);
        return item;
    }
}
