package org.agendapack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.agendapack.job.BuildOutcome;
import org.agendapack.job.BuildRunner;
import org.springframework.util.FileSystemUtils;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a meeting folder's inputs, every rule the build applies, and writes nothing to the output folder.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = { "0:the inputs are valid", "1:the input failed validation", "2:usage error", "3:any other failure" })
public class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<meeting-folder>", description = "e.g. input/joint-ict-2018-10-16")
    Path folder;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        // The check's work files and job records go to a scratch folder and an in-memory database.
        Path scratch = Files.createTempDirectory("agendapack-validate");
        try {
            return SpringCommands.run(common.verbose, SpringCommands.throwaway(scratch, "validate"), context -> {
                BuildOutcome outcome = context.getBean(BuildRunner.class).validate(folder, strict);
                MeetingBuilds.print(outcome, common.output, System.out, common.verbose);
                return outcome.exitCode();
            });
        } finally {
            FileSystemUtils.deleteRecursively(scratch);
        }
    }
}
