package org.agendapack.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
            var notUtf8 = PlainText.checkUtf8(file);
            if (notUtf8.isPresent()) {
                return List.of(Problem.in(document).line(notUtf8.get().line()).error(notUtf8.get().describe()));
            }
            String text;
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int control = PlainText.indexOfControlCharacter(text);
            if (control >= 0) {
                long line = text.substring(0, control).chars().filter(c -> c == '\n').count() + 1;
                return List.of(Problem.in(document).line(line)
                        .error(PlainText.controlCharacterRule(text.charAt(control))));
            }
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
