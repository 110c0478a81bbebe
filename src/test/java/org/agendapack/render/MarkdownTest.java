package org.agendapack.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a Markdown document becomes for the tagged PDF: headings in order, header cells with a scope. */
class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void headingsGoInOrderFromH1WithNoLevelSkipped() {
        String html = markdown.toXhtml("## Report\n\n#### Detail\n\n### Section\n\n## Annex\n\n# Top\n\n### Under top\n");
        assertThat(html).containsSubsequence("<h1>Report</h1>", "<h2>Detail</h2>", "<h2>Section</h2>", "<h1>Annex</h1>",
                "<h1>Top</h1>", "<h2>Under top</h2>");
    }

    @Test
    void tableHeaderCellsHeadTheirColumn() {
        String html = markdown.toXhtml("| Item | Value |\n| --- | --- |\n| Wards | All |\n");
        assertThat(html).contains("<th scope=\"col\">Item</th>", "<th scope=\"col\">Value</th>", "<td>Wards</td>");
    }
}
