package org.agendapack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The build command's options as picocli reads them. */
class BuildCommandTest {

    @Test
    void requireConformanceIsAnOptionOfBuildOffByDefault() {
        BuildCommand plain = new BuildCommand();
        new CommandLine(plain).parseArgs("input/joint-ict-2018-10-16");
        assertThat(plain.requireConformance).isFalse();

        BuildCommand required = new BuildCommand();
        new CommandLine(required).parseArgs("input/joint-ict-2018-10-16", "--require-conformance", "--strict");
        assertThat(required.requireConformance).isTrue();
        assertThat(required.strict).isTrue();
        assertThat(required.folder).isEqualTo(Path.of("input/joint-ict-2018-10-16"));
    }
}
