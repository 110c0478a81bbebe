package org.agendapack.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Options every command takes. */
class CommonOptions {

    @Option(names = "--output", paramLabel = "<folder>", defaultValue = "${env:AGENDAPACK_OUTPUT:-output}",
            description = "Output folder: packs, archive and build history (default: ${DEFAULT-VALUE}; "
                    + "or set AGENDAPACK_OUTPUT).")
    Path output;

    @Option(names = "--verbose", description = "Show the application's log.")
    boolean verbose;
}
