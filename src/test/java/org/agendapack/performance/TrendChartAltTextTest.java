package org.agendapack.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agendapack.AgendapackProperties;
import org.agendapack.render.Templates;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * What templates/charts.ftlx relies on for accessibility: with openhtmltopdf's PDF/UA mode on, each chart
 * (an inline svg with an alt attribute) is tagged /Figure with that alt text as /Alt. The renderer here is
 * the house one plus usePdfUaAccessibility, so the check does not wait for the pack itself to be tagged.
 */
class TrendChartAltTextTest {

    private static final Path SAMPLE = Path.of("input/joint-ict-2018-10-16/kpi-months.csv");
    private static final Path FONTS = Path.of("templates/fonts");

    @Test
    void eachChartIsAFigureWhoseAltTextSaysTheTrendOfEachOrganisation() throws IOException {
        Metric calls = new Metric("total_calls", "Total Calls Logged", "count", null, null, null, null, true);
        Metric sla = new Metric("sla_overall", "Overall SLA Performance", "percent", null, null, null, null, true);
        Metric p1 = new Metric("sla_p1", "SLA Performance on P1 Incidents", "percent", null, BigDecimal.valueOf(95), "higher", null, true);
        PerformancePackSettings settings = new PerformancePackSettings("2018 October Performance Pack", null,
                List.of("2018-06", "2018-09"), List.of(calls, sla, p1), null);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "2018 October Performance Pack");
        model.put("subtitle", "Shared service summary");
        model.put("committee", "Joint Committee");
        model.put("tables", List.of());
        model.put("targets", List.of());
        model.put("trendCharts", PerformanceCharts.of(settings, List.of("Brent", "Lewisham", "Southwark"), sampleValues()));
        String xhtml = new Templates(new AgendapackProperties(null, null, null, null, null)).render("performance-pack.ftlx", model);

        List<String> figures = figureAlts(renderTagged(xhtml));

        assertThat(figures).hasSize(3);
        assertThat(figures.get(1).replace('\u00a0', ' ')).isEqualTo("Line chart of Overall SLA Performance by month, "
                + "June to September 2018, one line per organisation. "
                + "Overall SLA Performance fell in Brent from 79.15 % in June to 78.34 % in September. "
                + "Overall SLA Performance rose in Lewisham from 76.14 % in June to 80.89 % in September. "
                + "Overall SLA Performance fell in Southwark from 79.79 % in June to 73.58 % in September.");
        assertThat(figures.get(0)).contains("Total Calls Logged fell in Brent from 4,148 in June to 3,898 in September.");
        assertThat(figures.get(2).replace('\u00a0', ' '))
                .contains("with the target of 95 % as a dashed line")
                .contains("SLA Performance on P1 Incidents in Brent was 100.00 % in both June and September.");
    }

    /** kpi-months.csv of the sample meeting, by {@link PerformancePackReport#cellKey}. */
    private static Map<String, BigDecimal> sampleValues() throws IOException {
        Map<String, BigDecimal> values = new HashMap<>();
        for (String line : Files.readAllLines(SAMPLE).subList(1, Files.readAllLines(SAMPLE).size())) {
            String[] f = line.split(",", -1);
            values.put(PerformancePackReport.cellKey(f[0], f[1], f[2]), f[3].isEmpty() ? null : new BigDecimal(f[3]));
        }
        return values;
    }

    private static byte[] renderTagged(String xhtml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        EnumSet<FSFontUseCase> everywhere = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG);
        builder.useFont(FONTS.resolve("LiberationSans-Regular.ttf").toFile(), "Liberation Sans", 400, FontStyle.NORMAL, true, everywhere);
        builder.useFont(FONTS.resolve("LiberationSans-Bold.ttf").toFile(), "Liberation Sans", 700, FontStyle.NORMAL, true, everywhere);
        builder.useFont(FONTS.resolve("DejaVuSans.ttf").toFile(), "DejaVu Sans", 400, FontStyle.NORMAL, true, everywhere);
        builder.useUriResolver((base, uri) -> null);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
        return out.toByteArray();
    }

    /** The /Alt of every /Figure in the structure tree, in document order. */
    private static List<String> figureAlts(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> alts = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), alts);
            return alts;
        }
    }

    private static void collect(PDStructureNode node, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(e.getAlternateDescription());
                }
                collect(e, alts);
            }
        }
    }
}
