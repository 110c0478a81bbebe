package org.agendapack.pack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agendapack.run.BuildContext;
import org.agendapack.dataset.CrossCheck;
import org.agendapack.meeting.AgendaItem;
import org.agendapack.meeting.MeetingLoader;
import org.agendapack.meeting.Paper;
import org.agendapack.problem.Problem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.stereotype.Component;

/**
 * Every supplied PDF on the agenda must open, unencrypted, before anything is rendered. One that does not claim
 * PDF/A or is not tagged ({@link ConformanceClaim}) is a warning: the pack is built but claims neither PDF/A
 * nor PDF/UA. With --require-conformance it is an error. Active content (JavaScript, launch and form actions,
 * embedded files) is a warning: the pack gets a copy without it ({@link ActiveContent}).
 */
@Component
public class SuppliedPdfCheck implements CrossCheck {

    @Override
    public String dataset() {
        return "documents";
    }

    /** A supplied document on the agenda and where meeting.json names it. */
    private record Supplied(String document, String pointer, int item, String title) {
    }

    @Override
    public List<Problem> check(BuildContext build) {
        if (build.meetingHasErrors()) {
            return List.of(); // the documents meeting.json names: once it is right
        }
        List<Supplied> supplied = new ArrayList<>();
        List<AgendaItem> items = build.meeting().items();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            if (item.document() != null) {
                supplied.add(new Supplied(item.document(), "$.items[" + i + "].document", i + 1, item.title()));
            }
            for (int a = 0; a < item.appendices().size(); a++) {
                Paper p = item.appendices().get(a);
                if (p.document() != null) {
                    supplied.add(new Supplied(p.document(), "$.items[" + i + "].appendices[" + a + "].document", i + 1,
                            p.title()));
                }
            }
        }
        // Each PDF is read whole (its active content): side by side on the cores, the problems in agenda order.
        BuildContext unscoped = BuildContext.unscoped(build); // the pool's threads are outside the job's scope
        return supplied.parallelStream().flatMap(s -> {
            List<Problem> problems = new ArrayList<>();
            check(unscoped, s.document(), s.pointer(), s.item(), s.title(), problems);
            return problems.stream();
        }).toList();
    }

    private static void check(BuildContext build, String document, String pointer, int item, String title,
            List<Problem> problems) {
        if (!document.toLowerCase().endsWith(".pdf")) {
            return;
        }
        Path file = build.folder().document(document);
        String where = " (item " + item + ", \"" + title + "\")";
        try (PDDocument doc = PdfFiles.open(file)) {
            if (doc.isEncrypted()) {
                problems.add(Problem.in(MeetingLoader.FILE).at(pointer).field("document").value(document)
                        .error("the PDF is encrypted; supply an unprotected copy" + where));
            } else if (doc.getNumberOfPages() == 0) {
                problems.add(Problem.in(MeetingLoader.FILE).at(pointer).field("document").value(document)
                        .error("the PDF has no pages" + where));
            } else {
                List<String> removed = ActiveContent.strip(doc);
                if (!removed.isEmpty()) {
                    problems.add(Problem.in(MeetingLoader.FILE).at(pointer).field("document").value(document)
                            .warning("the PDF carries active content, which is removed from the pack: " + String.join(", ", removed)
                                    + where));
                }
                List<String> shortfalls = ConformanceClaim.shortfalls(doc);
                if (!shortfalls.isEmpty()) {
                    String rule = "the PDF is " + String.join(" and ", shortfalls)
                            + ", so a pack that includes it is neither PDF/A-2a nor PDF/UA-1" + where;
                    problems.add(build.requireConformance()
                            ? Problem.in(MeetingLoader.FILE).at(pointer).field("document").value(document).error(rule)
                            : Problem.in(MeetingLoader.FILE).at(pointer).field("document").value(document)
                                    .warning(rule));
                }
            }
        } catch (InvalidPasswordException e) {
            problems.add(Problem.in(MeetingLoader.FILE).at(pointer).field("document").value(document)
                    .error("the PDF is password-protected; supply an unprotected copy" + where));
        } catch (IOException e) {
            problems.add(Problem.in(MeetingLoader.FILE).at(pointer).field("document").value(document)
                    .error("not a readable PDF (" + e.getMessage() + ")" + where));
        }
    }
}
