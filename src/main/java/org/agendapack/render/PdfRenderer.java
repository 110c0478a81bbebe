package org.agendapack.render;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.agendapack.settings.AgendapackProperties;
import org.apache.pdfbox.io.IOUtils;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * XHTML to PDF through openhtmltopdf's PDFBox backend, with the house fonts embedded (no base-14 fonts) and
 * no resource fetching at all: input text is data, never a URL the renderer follows. Every PDF is PDF/A-2a
 * (archival, with the sRGB output intent) and PDF/UA-1 (tagged: headings, tables, lists, reading order;
 * {@code <html lang>} and {@code <title>} give the language and title). Inline SVG (the performance pack's
 * charts) is drawn by Batik with scripts and external resources off, in the same fonts.
 */
@Component
public class PdfRenderer {

    /**
     * Fonts for Batik as well as the page: without them, Batik falls back to a system font and chart labels
     * come out as outlines, neither in the house font nor extractable as text.
     */
    private static final Set<FSFontUseCase> SVG = EnumSet.of(FSFontUseCase.SVG);

    /** sRGB IEC 61966-2.1 (Zlib licence, see LICENSE-sRGB.txt beside it): the output intent PDF/A needs. */
    private static final byte[] SRGB = resource("sRGB.icc");

    /** The output intent's ICC profile as shipped, byte for byte. */
    public static byte[] outputProfile() {
        return SRGB.clone();
    }

    static {
        // openhtmltopdf logs through java.util.logging straight to the console; agendapack reports for itself.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(Boolean.getBoolean("agendapack.renderer.log"));
    }

    private static final Pattern PLACES = Pattern.compile("^" + CrossReferences.ANCHOR_PREFIX);
    private static final String PNG_DATA = "data:image/png;base64,";
    private static final Pattern SVG_ELEMENT = Pattern.compile("<([\\w.-]+:)?svg[\\s>/]");

    private final HouseFonts fonts;
    private final Templates templates;

    @Autowired
    public PdfRenderer(AgendapackProperties properties, Templates templates) {
        this(HouseFonts.of(properties.templates().resolve("fonts")), templates);
    }

    /** A renderer of XHTML only, for the warm-up. */
    PdfRenderer(HouseFonts fonts, Templates templates) {
        this.fonts = fonts;
        this.templates = templates;
    }

    /** Where a place of the pack landed in its paper: the page (0-based) and the top of its box, in points. */
    public record Anchor(int page, float top) {
    }

    /**
     * A rendered paper: its pages, where its places (ids starting {@link CrossReferences#ANCHOR_PREFIX}) landed,
     * and whether it refers to places (and so prints pages that the pack's layout decides).
     */
    public record Rendered(int pages, Map<String, Anchor> anchors, boolean references) {
    }

    /** Renders a template of templates/ with the model to {@code target}. */
    public Rendered render(String template, java.util.Map<String, ?> model, Path target) {
        return render(templates.render(template, model), target);
    }

    /**
     * Renders a template of templates/ with the model to {@code target}, and keeps the document, saved and still
     * open, in {@code kept} for whatever merges or finishes it next.
     */
    public Rendered render(String template, java.util.Map<String, ?> model, Path target, RenderedDocuments kept) {
        return render(templates.render(template, model), target, document -> kept.keep(target, document));
    }

    /** Renders the document to {@code target}. */
    public Rendered render(String xhtml, Path target) {
        return render(xhtml, target, null);
    }

    private Rendered render(String xhtml, Path target, Consumer<PDDocument> keeper) {
        // Buffered, as PDFBox's own save to a file is: its writer writes the file a token at a time.
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            return render(xhtml, out, keeper);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    /** Renders the document to the stream. */
    Rendered render(String xhtml, OutputStream out) throws IOException {
        return render(xhtml, out, null);
    }

    /** Renders the document to the stream; then hands it, saved and open, to {@code keeper}, or closes it. */
    private Rendered render(String xhtml, OutputStream out, Consumer<PDDocument> keeper) throws IOException {
        Map<HouseFonts.Face, TrueTypeFont> parsed = fonts.borrow();
        PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        boolean kept = false;
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(doc);
            // Metrics come from the cache; a font is parsed (once per process) and loaded into this document
            // only when the document draws with it.
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fonts.metrics());
            // Batik gets the fonts only for a document with a chart: handing them over hashes and parses every font.
            boolean svg = SVG_ELEMENT.matcher(xhtml).find();
            for (HouseFonts.Face f : HouseFonts.FACES) {
                byte[] file = fonts.bytes(f);
                builder.useFont(new PDFontSupplier(null) {
                    @Override
                    public PDFont supply() {
                        try {
                            return PDType0Font.load(doc, fonts.parse(parsed, f), true);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }, f.family(), f.weight(), f.style(), true);
                if (svg) {
                    builder.useFont(() -> new ByteArrayInputStream(file), f.family(), f.weight(), f.style(), true, SVG);
                }
            }
            builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
            builder.useColorProfile(SRGB);
            builder.usePdfUaAccessibility(true);
            // Nothing is fetched: the one URI resolved is a PNG given inline (a council's logo, checked before).
            builder.useUriResolver((base, uri) -> uri != null && uri.startsWith(PNG_DATA) ? uri : null);
            // The default drawer is SECURE: no scripts, no external resources.
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(Typesetting.apply(xhtml), null);
            builder.withProducer("agendapack");
            Map<String, Anchor> anchors = new HashMap<>();
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                // Asked after the PDF is made: the output device knows the laid-out pages only then.
                for (PagePosition<?> p : renderer.findPagePositionsByID(PLACES)) {
                    anchors.putIfAbsent(p.getId().substring(CrossReferences.ANCHOR_PREFIX.length()),
                            new Anchor(p.getPageNo(), p.getY() + p.getHeight()));
                }
                ArtifactProperties.inline(doc);
                doc.save(out); // before the renderer is closed: closing it releases the fonts' subsets
            }
            Rendered rendered = new Rendered(doc.getNumberOfPages(), anchors, xhtml.contains(CrossReferences.SCHEME));
            if (keeper != null) {
                // Numbered on as the saved file, parsed, would number its next object (PDFBox counts the file's
                // cross-reference stream as well), so a report finished from this document or from its file
                // (a restarted build's) is the same, byte for byte.
                doc.getDocument().setHighestXRefObjectNumber(doc.getDocument().getHighestXRefObjectNumber() - 1);
                keeper.accept(doc);
                kept = true;
            }
            return rendered;
        } finally {
            if (!kept) {
                doc.close();
            }
            // The document is saved, its fonts subset and embedded: it no longer reads from the parsed fonts.
            fonts.giveBack(parsed);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
