package org.agendapack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agendapack.run.BuildOptions;
import org.agendapack.support.BuildTest;
import org.agendapack.support.PackTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * What a build is made of identifies it: a changed CSS rule or profile is a new build; changed back, the first look
 * is built again, since the published pack is of the changed one.
 */
@BuildTest
class RebuildWhenTheLookChangesTest {

    static final Path SCRATCH = Path.of(System.getProperty("java.io.tmpdir"), "agendapack-look-" + ProcessHandle.current().pid());

    @DynamicPropertySource
    static void ownCopies(DynamicPropertyRegistry registry) throws IOException {
        FileSystemUtils.deleteRecursively(SCRATCH);
        FileSystemUtils.copyRecursively(Path.of("templates"), SCRATCH.resolve("templates"));
        FileSystemUtils.copyRecursively(Path.of("input", "profiles"), SCRATCH.resolve("profiles"));
        registry.add("agendapack.templates", () -> SCRATCH.resolve("templates").toString());
        registry.add("agendapack.profiles", () -> SCRATCH.resolve("profiles").toString());
    }

    @Autowired
    BuildRunner runner;

    @Test
    void aChangedCssRuleOrProfileBuildsAgainAndChangedBackBuildsThePublishedPackAgain() throws IOException {
        Path meeting = PackTestSupport.copyMeeting("service-birmingham-progress-2016", SCRATCH);
        assertThat(runner.build(meeting, BuildOptions.DEFAULT).message()).startsWith("Built");
        assertThat(runner.build(meeting, BuildOptions.DEFAULT).message()).startsWith("Already built");

        Path css = SCRATCH.resolve("templates/house-style.css");
        String style = Files.readString(css);
        Files.writeString(css, style.replace("h2 { font-size: 13pt;", "h2 { font-size: 13.5pt;"));
        assertThat(Files.readString(css)).isNotEqualTo(style);
        assertThat(runner.build(meeting, BuildOptions.DEFAULT).message()).startsWith("Built");
        // Changed back: the published pack has the changed look, so the first look is built again, once.
        Files.writeString(css, style);
        assertThat(runner.build(meeting, BuildOptions.DEFAULT).message()).startsWith("Built");
        assertThat(runner.build(meeting, BuildOptions.DEFAULT).message()).startsWith("Already built");

        Path profile = SCRATCH.resolve("profiles/birmingham/profile.json");
        String wording = Files.readString(profile);
        Files.writeString(profile, wording.replace("\"City Council\"", "\"Council\""));
        assertThat(runner.build(meeting, BuildOptions.DEFAULT).message()).startsWith("Built");
    }
}
