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
        try {
            text = Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source, e);
        }
        String heading = markdown.title(text);
        return pdf.render("document.ftlx", Map.of(
                "title", heading != null ? heading : title,
                "body", markdown.toXhtml(text)), target);
    }
}
