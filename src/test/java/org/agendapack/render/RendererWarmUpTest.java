package org.agendapack.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up leaves the house fonts parsed for the build's papers, and a changed font file is read again. */
class RendererWarmUpTest {

    @TempDir
    Path templates;

    @Test
    void theWarmUpLeavesTheFontsItDrewWithParsedForTheBuild() throws Exception {
        copyHouseStyle();

        RendererWarmUp.run(templates);

        var parsed = HouseFonts.of(templates.resolve("fonts")).borrow();
        assertThat(parsed.keySet()).extracting(HouseFonts.Face::file).contains("LiberationSans-Regular.ttf",
                "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf");
    }

    @Test
    void renderersShareTheFontsUntilAFontFileChanges() throws Exception {
        copyHouseStyle();
        Path fonts = templates.resolve("fonts");
        HouseFonts first = HouseFonts.of(fonts);

        assertThat(HouseFonts.of(fonts)).isSameAs(first);
        Files.setLastModifiedTime(fonts.resolve("DejaVuSans.ttf"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertThat(HouseFonts.of(fonts)).isNotSameAs(first);
    }

    @Test
    void theWarmUpPageIsOnePageOfTheHouseStyle() throws Exception {
        String css = Files.readString(Path.of("templates/house-style.css"));
        var out = new java.io.ByteArrayOutputStream();

        var rendered = new PdfRenderer(HouseFonts.of(Path.of("templates/fonts")), null).render(RendererWarmUp.page(css), out);

        assertThat(rendered.pages()).isEqualTo(1);
        assertThat(out.size()).isGreaterThan(1000);
    }

    private void copyHouseStyle() throws Exception {
        Files.copy(Path.of("templates/house-style.css"), templates.resolve("house-style.css"));
        Files.createDirectories(templates.resolve("fonts"));
        for (HouseFonts.Face f : HouseFonts.FACES) {
            Files.copy(Path.of("templates/fonts").resolve(f.file()), templates.resolve("fonts").resolve(f.file()));
        }
    }
}
