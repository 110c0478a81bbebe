package org.agendapack.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.agendapack.AgendapackProperties;
import org.agendapack.build.BuildOptions;
import org.agendapack.build.BuildOutcome;
import org.agendapack.build.BuildRunner;
import org.agendapack.problem.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the agenda pack of a meeting folder into output/<meeting-id>/.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = { "0:built, or already built", "1:the input failed validation", "2:usage error",
                "3:any other failure" })
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

    @Option(names = "--verbose", description = "Show the application's log.")
    boolean verbose;

    @Option(names = "--output", description = "Output folder (default: output).")
    Path output;

    @Override
    public Integer call() {
        List<String> props = output == null ? List.of() : List.of("--agendapack.output=" + output);
        return SpringCommands.run(verbose, props, context -> {
            BuildRunner runner = context.getBean(BuildRunner.class);
            BuildOutcome outcome = runner.build(folder, new BuildOptions(strict, force, !noPadding, requireConformance));
            print(outcome, context.getBean(AgendapackProperties.class).output(), System.out);
            return outcome.exitCode();
        });
    }

    static void print(BuildOutcome outcome, Path output, PrintStream out) {
        List<Problem> problems = outcome.problems();
        if (!problems.isEmpty()) {
            out.println();
            for (Problem p : problems) {
                out.println("  " + p);
            }
        }
        out.println();
        out.println(outcome.message());
        for (String file : outcome.outputs()) {
            out.println("  " + output.resolve(file));
        }
    }
}
