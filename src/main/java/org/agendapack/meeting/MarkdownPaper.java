package org.agendapack.meeting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agendapack.problem.Problem;
import org.agendapack.render.MarkdownDepth;
import org.agendapack.source.PlainText;

/**
 * A Markdown paper must be something the renderer prints whole: at most 1 MB, UTF-8, no control characters
 * but tab and line breaks, and quotes and lists nested no deeper than {@link MarkdownDepth#MAX}. Checked when
 * the meeting is loaded, so a bad paper is reported with the rest, not found by the renderer.
 */
final class MarkdownPaper {

    /** About 300 pages of text. */
    static final long MAX_BYTES = 1024L * 1024;

    private MarkdownPaper() {
    }

    /** The problems of the paper at {@code file}, named {@code document} as in meeting.json. */
    static List<Problem> check(Path file, String document) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return List.of(Problem.in(document).error(String.format(
                        "the document is %,d bytes; a Markdown paper may be at most %,d (1 MB, about 300 pages): split it "
                                + "into appendices or supply it as a PDF", size, MAX_BYTES)));
            }
            PlainText.FileText read = PlainText.readFile(file, document);
            if (read.problem() != null) {
                return List.of(read.problem());
            }
            String text = read.text();
            MarkdownDepth.Depth depth = MarkdownDepth.of(text);
            if (depth.levels() > MarkdownDepth.MAX) {
                return List.of(Problem.in(document).line(depth.line() > 0 ? (long) depth.line() : null)
                        .error("quotes and lists are nested " + depth.levels() + " deep; at most " + MarkdownDepth.MAX
                                + " levels print (deeper text would run off the page): flatten the nesting"));
            }
            return List.of();
        } catch (IOException e) {
            return List.of(Problem.in(document).error("cannot read the document: " + e.getMessage()));
        }
    }
}
