package org.agendapack.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agendapack.settings.AgendapackProperties;
import org.agendapack.render.PdfRenderer;
import org.agendapack.render.Templates;
import org.agendapack.support.TaggedPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What templates/charts.ftlx relies on for accessibility: with openhtmltopdf's PDF/UA mode on, each chart
 * (an inline svg with an alt attribute) is tagged /Figure with that alt text as /Alt. The renderer here is
 * the house one, on the template alone.
 */
class TrendChartAltTextTest {

    private static final Path SAMPLE = Path.of("input/joint-ict-2018-10-16/kpi-months.csv");

    @TempDir
    Path dir;

    @Test
    void eachChartIsAFigureWhoseAltTextSaysTheTrendOfEachOrganisation() throws IOException {
        Metric calls = new Metric("total_calls", "Total Calls Logged", Metric.Unit.COUNT, null, null, null, null, true);
        Metric sla = new Metric("sla_overall", "Overall SLA Performance", Metric.Unit.PERCENT, null, null, null, null, true);
        Metric p1 = new Metric("sla_p1", "SLA Performance on P1 Incidents", Metric.Unit.PERCENT, null, BigDecimal.valueOf(95), Metric.Better.HIGHER, null, true);
        PerformancePackSettings settings = new PerformancePackSettings("2018 October Performance Pack", null,
                List.of("2018-06", "2018-09"), List.of(calls, sla, p1), null);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "2018 October Performance Pack");
        model.put("subtitle", "Shared service summary");
        model.put("committee", "Joint Committee");
        model.put("tables", List.of());
        model.put("targets", List.of());
        model.put("trendCharts", PerformanceCharts.of(settings, List.of("Brent", "Lewisham", "Southwark"), sampleValues()));
        AgendapackProperties properties = new AgendapackProperties(null, null, null, null, null, null);
        Path pdf = dir.resolve("performance-pack.pdf");
        new PdfRenderer(properties, new Templates(properties)).render("performance-pack.ftlx", model, pdf);

        List<String> figures = figureAlts(pdf);

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

    /** kpi-months.csv of the sample meeting, by {@link CellKey}. */
    private static Map<CellKey, BigDecimal> sampleValues() throws IOException {
        Map<CellKey, BigDecimal> values = new HashMap<>();
        List<String> lines = Files.readAllLines(SAMPLE);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            values.put(new CellKey(java.time.YearMonth.parse(f[0]), f[1], f[2]), f[3].isEmpty() ? null : new BigDecimal(f[3]));
        }
        return values;
    }

    /** The /Alt of every /Figure in the structure tree, in document order. */
    private static List<String> figureAlts(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return TaggedPdf.structure(doc).stream().flatMap(e -> e.all("Figure").stream()).map(TaggedPdf.Element::alt).toList();
        }
    }
}
