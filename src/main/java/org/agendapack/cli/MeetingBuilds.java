package org.agendapack.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agendapack.build.BuildOptions;
import org.agendapack.build.BuildOutcome;
import org.agendapack.build.BuildRunner;
import org.agendapack.build.MeetingLock;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.problem.Problem;

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
            return SpringCommands.run(common.verbose, SpringCommands.forMeeting(common.output, meetingId), context -> {
                BuildOutcome outcome = context.getBean(BuildRunner.class).build(folder, options);
                print(outcome, common.output, System.out);
                return outcome.exitCode();
            });
        } catch (MeetingLock.MeetingBusyException e) {
            System.err.println(e.getMessage());
            return BuildOutcome.BUSY;
        }
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
        for (String notice : outcome.notices()) {
            out.println();
            out.println("!!! " + notice);
        }
    }
}
