package org.agendapack.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.agendapack.run.BuildOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the agenda pack of a meeting folder into <output>/<meeting-id>/ and archives it.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = { "0:built, or already built", "1:the input failed validation", "2:usage error",
                "3:any other failure", "4:another build of this meeting is running" })
public class BuildCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<meeting-folder>", description = "e.g. input/joint-ict-2018-10-16")
    Path folder;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--force", description = "Build again even if these inputs were already built.")
    boolean force;

    @Option(names = "--no-padding", description = "No blank pages before items (a screen-only pack).")
    boolean noPadding;

    @Option(names = "--require-conformance",
            description = "A supplied PDF that is not PDF/A or not tagged is an error (the pack must be PDF/A-2a and PDF/UA-1).")
    boolean requireConformance;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        return MeetingBuilds.build(folder, new BuildOptions(strict, force, !noPadding, requireConformance), common);
    }
}
