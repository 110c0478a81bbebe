package org.agendapack.pack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.agendapack.render.CrossReferences;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * Makes a merged document's references working links: each link a paper made to a place of the pack
 * ({@link CrossReferences#SCHEME}) goes to the page and height where the place landed in this document. A
 * place that is not in it (a report's own PDF referring to another paper) leaves the words and no link.
 */
final class PlaceLinks {

    private PlaceLinks() {
    }

    /**
     * @param places where each place landed in its paper (paths relative to {@code workDir})
     * @param firstPage the index in {@code doc} of the first page of each paper's PDF that it contains
     */
    static void resolve(PDDocument doc, Map<String, PaperRenderer.Place> places, Path workDir, Map<Path, Integer> firstPage)
            throws IOException {
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (!(annotation instanceof PDAnnotationLink link) || !(link.getAction() instanceof PDActionURI uri)
                        || uri.getURI() == null || !uri.getURI().startsWith(CrossReferences.SCHEME)) {
                    continue;
                }
                PaperRenderer.Place place = places.get(uri.getURI().substring(CrossReferences.SCHEME.length()));
                Integer first = place == null ? null : firstPage.get(workDir.resolve(place.pdf()));
                if (first == null) {
                    link.setAction(null);
                    continue;
                }
                PDPageXYZDestination destination = new PDPageXYZDestination();
                destination.setPage(doc.getPage(first + place.page()));
                destination.setTop(Math.round(place.top()));
                PDActionGoTo go = new PDActionGoTo();
                go.setDestination(destination);
                link.setAction(go);
            }
        }
    }
}
