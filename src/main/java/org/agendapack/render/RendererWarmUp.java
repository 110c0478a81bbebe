package org.agendapack.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A throwaway page in the house style, rendered on a spare core while a build's application context starts.
 * The first paper of a build otherwise pays, on the critical path, for initialising the renderer's classes,
 * parsing the house fonts and their metrics (kept for the build's papers: {@link HouseFonts}) and running its
 * code cold. Nothing is written; a failure here is ignored, since the build's own rendering reports it.
 */
public final class RendererWarmUp {

    private RendererWarmUp() {
    }

    /** Starts the warm-up beside the caller, with the templates folder's style and fonts, when a core is spare. */
    public static void start(Path templates) {
        beside("renderer-warm-up", () -> run(templates));
    }

    /**
     * Java's own text layout made ready beside the caller, before the context starts: the charts' SVG renderer
     * (Batik) lays every label out with it, and its first use reads the system's font list and links the
     * HarfBuzz shaper, some 60 ms of a render thread otherwise.
     */
    public static void startTextLayout() {
        System.setProperty("java.awt.headless", "true"); // as Spring Boot sets it: no display is ever opened
        beside("text-layout-warm-up", () -> {
            try {
                new TextLayout("Jul 2018 95 %", new Font("Liberation Sans", Font.PLAIN, 11),
                        new FontRenderContext(null, true, true)).getBounds();
            } catch (RuntimeException | Error e) {
                // the charts lay their labels out for real and say what is wrong
            }
        });
    }

    private static void beside(String name, Runnable work) {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        Thread thread = new Thread(work, name);
        thread.setDaemon(true); // never keeps a finished command alive
        thread.start();
    }

    static void run(Path folder) {
        try {
            String css = Files.readString(folder.resolve("house-style.css"));
            new PdfRenderer(HouseFonts.of(folder.resolve("fonts")), null).render(page(css), OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // the build renders for real and says what is wrong
        }
    }

    /** What papers are made of: headings, text in each face, a list, a table with a header row, a symbol. */
    static String page(String css) {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 24; i++) {
            rows.append("<tr><th scope=\"row\">Measure ").append(i).append("</th><td class=\"num\">").append(i * 37)
                    .append("</td><td class=\"num\">").append(i * 3).append(".5%</td><td>On target</td></tr>");
        }
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head><title>Warm-up</title><style>"
                + css.replace("<", "") + "</style></head><body><h1>Report</h1><h2>Summary</h2>"
                + "<p>Text in <strong>bold</strong>, <em>italic</em> and <strong><em>both</em></strong> \u2713 \u2192.</p>"
                + "<ul><li>One</li><li>Two</li></ul><table><thead><tr><th scope=\"col\">Measure</th><th scope=\"col\">Value</th>"
                + "<th scope=\"col\">Rate</th><th scope=\"col\">Status</th></tr></thead><tbody>" + rows
                + "</tbody></table></body></html>";
    }
}
