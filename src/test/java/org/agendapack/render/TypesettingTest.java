package org.agendapack.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What every page's XHTML gets before it is laid out: whole tokens, unbulleted lettered lists, bold lead-ins. */
class TypesettingTest {

    private static String page(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\">"
                + "<head><title>SB/BCC 24/7</title><style>p { color: #111; }</style></head><body>" + body + "</body></html>";
    }

    @Test
    void keepsSlashedWordsAddressesAndReferencesWhole() {
        String out = Typesetting.apply(page("<p>Support on a 24/7 basis from LGfL/Virgin and SB/BCC; write to "
                + "jo.bloggs@brent.gov.uk about R04a and PROC-2018-004, not about 2015 or Service Birmingham.</p>"));
        assertThat(out).contains("<span class=\"nobreak\">24/7</span>", "<span class=\"nobreak\">LGfL/Virgin</span>",
                "<span class=\"nobreak\">SB/BCC</span>", "<span class=\"nobreak\">jo.bloggs@brent.gov.uk</span>",
                "<span class=\"nobreak\">R04a</span>", "<span class=\"nobreak\">PROC-2018-004</span>",
                "not about 2015 or Service Birmingham.");
        // The head (title, style) is not running text.
        assertThat(out).contains("<title>SB/BCC 24/7</title>");
    }

    @Test
    void leavesChartTextAndAttributesAlone() {
        String out = Typesetting.apply(page("<svg xmlns=\"http://www.w3.org/2000/svg\" alt=\"24/7 trend\"><text>24/7</text></svg>"
                + "<p class=\"note\" title=\"SB/BCC\">x</p>"));
        assertThat(out).doesNotContain("nobreak").contains("<text>24/7</text>", "title=\"SB/BCC\"");
    }

    @Test
    void aListOfLetteredItemsHasNoBulletAsWell() {
        String out = Typesetting.apply(page("<ul><li>(a) Employment</li><li>(b) Sponsorship</li></ul>"
                + "<ul><li><p>a) Note the actions</p></li><li><p>b) Note the contents</p></li></ul>"
                + "<ul><li>(a) Lettered</li><li>Not lettered</li></ul>"));
        assertThat(out.split("<ul class=\"lettered\">", -1)).hasSize(3);
        assertThat(out).contains("<ul><li>(a) Lettered</li>");
    }

    @Test
    void aParagraphOfBoldTextAloneIsMarkedAsALeadIn() {
        String out = Typesetting.apply(page("<p><strong>Total Cost of Ownership (All devices)</strong></p>"
                + "<p><strong>Note:</strong> more text</p>"));
        assertThat(out).contains("<p class=\"lead-in\"><strong>Total Cost of Ownership (All devices)</strong></p>",
                "<p><strong>Note:</strong> more text</p>");
    }
}
