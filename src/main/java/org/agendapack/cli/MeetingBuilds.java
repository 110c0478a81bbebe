package org.agendapack.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agendapack.job.BuildOutcome;
import org.agendapack.job.BuildRunner;
import org.agendapack.job.MeetingLock;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.problem.Problem;
import org.agendapack.publish.PublishTasklet;
import org.agendapack.render.RendererWarmUp;
import org.agendapack.run.BuildOptions;

/** One build of one meeting, from the command line: take the meeting's lock, open its job database, build, report. */
final class MeetingBuilds {

    private MeetingBuilds() {
    }

    static int build(Path folder, BuildOptions options, CommonOptions common) {
        if (!Files.isDirectory(folder)) {
            System.err.println("No such meeting folder: " + folder);
            return BuildOutcome.USAGE;
        }
        String meetingId = new MeetingFolder(folder).id();
        try (MeetingLock lock = MeetingLock.acquire(common.output, meetingId)) {
            var built = common.verbose ? java.util.Optional.<String[]>empty()
                    : QuickCheck.alreadyBuilt(folder, options, common.output);
            if (built.isPresent()) {
                System.out.println(built.get()[0]);
                print(BuildOutcome.of(BuildOutcome.BUILT, built.get()[1]), common.output, System.out);
                return BuildOutcome.BUILT;
            }
            RendererWarmUp.startTextLayout(); // a build it is: while the context starts
            return SpringCommands.run(common.verbose, SpringCommands.forMeeting(common.output, meetingId),
                    List.of(SpringCommands.warmUpRenderer()), context -> {
                BuildOutcome outcome = context.getBean(BuildRunner.class).build(folder, options);
                print(outcome, common.output, System.out, common.verbose);
                return outcome.exitCode();
            });
        } catch (MeetingLock.MeetingBusyException e) {
            System.err.println(e.getMessage());
            return BuildOutcome.BUSY;
        }
    }

    /** Warnings a successful build prints; the rest are in its build report. */
    static final int WARNINGS_SHOWN = 20;

    static void print(BuildOutcome outcome, Path output, PrintStream out) {
        print(outcome, output, out, false);
    }

    /** The outcome as the officer reads it; with --verbose, a fault's stack trace after its plain sentence. */
    static void print(BuildOutcome outcome, Path output, PrintStream out, boolean verbose) {
        List<Problem> problems = outcome.problems();
        String report = outcome.outputs().stream().filter(f -> f.endsWith("/" + PublishTasklet.BUILD_REPORT)).findFirst()
                .orElse(null);
        int shown = outcome.exitCode() == BuildOutcome.BUILT && report != null
                ? Math.min(problems.size(), WARNINGS_SHOWN) : problems.size();
        if (!problems.isEmpty()) {
            out.println();
            for (Problem p : problems.subList(0, shown)) {
                out.println("  " + p);
            }
            if (shown < problems.size()) {
                out.println("  … and " + (problems.size() - shown) + " more in " + output.resolve(report));
            }
        }
        out.println();
        out.println(outcome.message());
        if (verbose && outcome.fault() != null) {
            outcome.fault().printStackTrace(out);
        }
        for (String file : outcome.outputs()) {
            out.println("  " + output.resolve(file));
        }
        for (String notice : outcome.notices()) {
            out.println();
            out.println("!!! " + notice);
        }
    }
}
