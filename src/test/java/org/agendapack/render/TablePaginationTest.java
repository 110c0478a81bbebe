package org.agendapack.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agendapack.settings.AgendapackProperties;
import org.agendapack.support.PageLines;
import org.agendapack.support.PageLines.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables in the house style wherever they fall on a page: a table is moved down the page a few millimetres at
 * a time across the page foot, and on every page it reaches its header row is drawn, visibly, above its rows,
 * and neither the header nor a bold lead-in above the table is the last thing on a page.
 */
class TablePaginationTest {

    @TempDir
    Path tmp;

    private final AgendapackProperties properties = new AgendapackProperties(null, null, null, null, null, null);
    private final PdfRenderer renderer = new PdfRenderer(properties, new Templates(properties));

    /** A lead-in, then a table whose first row is four lines and whose later rows are short. */
    private String page(int spacerMm, int rows) {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= rows; i++) {
            body.append("<tr><td>Row").append(i).append("</td><td>")
                    .append(("Row" + i + " text of the row, long enough to wrap in its cell. ").repeat(i == 1 ? 7 : 2))
                    .append("</td><td>Deputy Leader</td></tr>");
        }
        try {
            String css = Files.readString(properties.templates().resolve("house-style.css"));
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\">"
                    + "<head><title>Tables</title><style>" + css + "</style></head><body><h1>Tables</h1>"
                    + "<div style=\"height: " + spacerMm + "mm\">Spacer</div>"
                    + "<p><strong>Leadin heading</strong></p>"
                    + "<table><thead><tr><th scope=\"col\">Headno</th><th scope=\"col\">Headtext</th><th scope=\"col\">Headresp</th></tr></thead>"
                    + "<tbody>" + body + "</tbody></table><p>After the table.</p></body></html>";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theHeaderIsVisibleAboveTheRowsOnEveryPageAndNeverLastOnAPage() {
        List<String> failures = new ArrayList<>();
        // 190 to 235 mm of spacer puts the table's start from mid-page to past the foot of page 1.
        for (int spacer = 190; spacer <= 235; spacer += 3) {
            for (int rows : new int[] { 3, 30 }) {
                Path pdf = tmp.resolve("t-" + spacer + "-" + rows + ".pdf");
                renderer.render(page(spacer, rows), pdf);
                List<Line> lines = PageLines.of(pdf);
                int pages = lines.stream().mapToInt(Line::page).max().orElse(0);
                for (int n = 1; n <= pages; n++) {
                    int p = n;
                    String where = spacer + " mm, " + rows + " rows, page " + p + ": ";
                    List<Line> visible = PageLines.visible(lines, p);
                    Line header = visible.stream().filter(l -> l.text().startsWith("Headno")).findFirst().orElse(null);
                    Line firstRow = visible.stream().filter(l -> l.text().startsWith("Row")).findFirst().orElse(null);
                    if (lines.stream().anyMatch(l -> l.page() == p && l.text().startsWith("Headno") && !l.visible())) {
                        failures.add(where + "a header row drawn in the margin, out of sight");
                    }
                    if (firstRow != null && (header == null || header.y() > firstRow.y())) {
                        failures.add(where + "rows without their header above them");
                    }
                    if (!visible.isEmpty()) {
                        String last = visible.get(visible.size() - 1).text();
                        if (last.startsWith("Headno") || last.startsWith("Leadin")) {
                            failures.add(where + "ends with \"" + last + "\"");
                        }
                    }
                    boolean leadIn = visible.stream().anyMatch(l -> l.text().startsWith("Leadin"));
                    if (leadIn && header == null) {
                        failures.add(where + "the lead-in is parted from its table");
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
