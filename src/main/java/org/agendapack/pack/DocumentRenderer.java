package org.agendapack.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.agendapack.report.PaperPart;
import org.agendapack.render.CrossReferences;
import org.agendapack.render.Markdown;
import org.agendapack.render.PdfRenderer;
import org.agendapack.render.RenderedDocuments;
import org.springframework.stereotype.Component;

/** A Markdown document of the meeting folder, rendered to PDF in the house style (templates/document.ftlx). */
@Component
public class DocumentRenderer {

    private final Markdown markdown;
    private static final String TEMPLATE = "document.ftlx";

    private final PdfRenderer pdf;

    public DocumentRenderer(Markdown markdown, PdfRenderer pdf) {
        this.markdown = markdown;
        this.pdf = pdf;
    }

    /** A document on its own: references print no page. */
    public PdfRenderer.Rendered render(Path source, String title, PaperPart part, Path target) {
        return pdf.render(TEMPLATE, model(source, title, part, source.getFileName().toString(),
                CrossReferences.PageNumbers.UNKNOWN), target);
    }

    /**
     * A paper of the pack: {@code key} names it among the pack's papers, {@code pages} are its references' pages;
     * the document is kept open in {@code kept} for the pack.
     */
    public PdfRenderer.Rendered render(Path source, String title, PaperPart part, String key,
            CrossReferences.PageNumbers pages, Path target, RenderedDocuments kept) {
        return pdf.render(TEMPLATE, model(source, title, part, key, pages), target, kept);
    }

    private Map<String, Object> model(Path source, String title, PaperPart part, String key,
            CrossReferences.PageNumbers pages) {
        String text;
        // Never through a symbolic link (the meeting folder is refused if it has one).
        try (var in = Files.newInputStream(source, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source, e);
        }
        // Under a report cover the cover's title is the H1 and the document's headings go below it.
        String heading = part.cover() != null ? part.cover().title() : markdown.title(text);
        return Map.of(
                "title", heading != null ? heading : title,
                "part", part,
                "body", markdown.toXhtml(text, part.cover() == null ? 1 : 2, key, pages));
    }
}
