package org.agendapack.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.stereotype.Component;

/** A Markdown document of the meeting folder, rendered to PDF in the house style (templates/document.ftlx). */
@Component
public class DocumentRenderer {

    private final Markdown markdown;
    private final PdfRenderer pdf;

    public DocumentRenderer(Markdown markdown, PdfRenderer pdf) {
        this.markdown = markdown;
        this.pdf = pdf;
    }

    /** Returns the number of pages. */
    public int render(Path source, String title, Path target) {
        String text;
        // Never through a symbolic link (the meeting folder is refused if it has one).
        try (var in = Files.newInputStream(source, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source, e);
        }
        String heading = markdown.title(text);
        return pdf.render("document.ftlx", Map.of(
                "title", heading != null ? heading : title,
                "body", markdown.toXhtml(text)), target);
    }
}
