package org.agendapack.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.agendapack.dataset.CrossCheck;
import org.agendapack.dataset.Dataset;
import org.agendapack.render.PdfRenderer;
import org.agendapack.run.BuildContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A generated report whose tables are aggregated in SQL and which is rendered through its own template,
 * templates/&lt;key&gt;.ftlx, from the model it builds.
 */
public abstract class TemplateReport implements GeneratedReport {

    /** Shown for an empty field. */
    public static final String NONE = "–";

    protected final JdbcTemplate jdbc;
    private final PdfRenderer pdf;
    private final String key;
    private final List<Dataset<?>> datasets;
    private final List<CrossCheck> crossChecks;

    /** A report of one dataset, with its rules across rows. */
    protected TemplateReport(String key, JdbcTemplate jdbc, PdfRenderer pdf, Dataset<?> dataset, CrossCheck rowChecks) {
        this(key, jdbc, pdf, List.of(dataset), List.of(rowChecks));
    }

    /** A report of several datasets (the performance pack: typed values, headcount, survey responses). */
    protected TemplateReport(String key, JdbcTemplate jdbc, PdfRenderer pdf, List<Dataset<?>> datasets,
            List<CrossCheck> crossChecks) {
        this.key = key;
        this.jdbc = jdbc;
        this.pdf = pdf;
        this.datasets = List.copyOf(datasets);
        this.crossChecks = List.copyOf(crossChecks);
    }

    @Override
    public List<Dataset<?>> datasets() {
        return datasets;
    }

    @Override
    public List<CrossCheck> crossChecks() {
        return crossChecks;
    }

    @Override
    public final String key() {
        return key;
    }

    /** The model with the part to render and the council's profile, which every template may use. */
    @Override
    public PdfRenderer.Rendered render(BuildContext build, PaperPart part, Path target) {
        Map<String, Object> model = new java.util.HashMap<>(model(build));
        model.put("part", part);
        model.put("profile", build.profile());
        return pdf.render(key + ".ftlx", model, target, build.rendered()); // its own PDF is finished from it
    }

    /** What the template shows. */
    protected abstract Map<String, Object> model(BuildContext build);

    /**
     * Replaces this build's rows of a report table with the rows of {@code insertSelect} (an INSERT ... SELECT
     * whose one parameter is the build id): aggregating again, on a restart, starts clean.
     */
    protected void replaceRows(BuildContext build, String table, String insertSelect) {
        jdbc.update("DELETE FROM " + table + " WHERE build_id = ?", build.buildId());
        jdbc.update(insertSelect, build.buildId());
    }
}
