package org.agendapack.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.agendapack.job.BuildOutcome;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.problem.Problem;
import org.agendapack.run.BuildOptions;
import org.agendapack.run.JobDatabase;
import org.agendapack.schedule.BuildProcess;

/**
 * Scheduled builds inside the console ({@code serve --schedule}): each build runs in the warm JVM through the
 * console's build queue (its own batch context, the meeting's lock, recorded as started by "scheduler"), not in a
 * child process. What it said goes to output/.jobs/&lt;meeting&gt;/scheduled-build.log, as a child's output would.
 */
public final class InProcessBuilds extends BuildProcess {

    private final MeetingEngine engine;

    public InProcessBuilds(MeetingEngine engine) {
        this.engine = engine;
    }

    @Override
    public Result build(Path folder, Path output) {
        String meetingId = new MeetingFolder(folder).id();
        Path log = JobDatabase.folder(output, meetingId).resolve("scheduled-build.log");
        long start = System.nanoTime();
        int exit;
        StringBuilder said = new StringBuilder();
        try {
            BuildOutcome outcome = engine.buildAndWait(folder, meetingId, BuildOptions.DEFAULT, "scheduler");
            exit = outcome.exitCode();
            for (Problem p : outcome.problems()) {
                said.append("  ").append(p).append('\n');
            }
            said.append(outcome.message()).append('\n');
            outcome.outputs().forEach(f -> said.append("  ").append(output.resolve(f)).append('\n'));
            outcome.notices().forEach(n -> said.append("!!! ").append(n).append('\n'));
        } catch (MeetingEngine.BusyException e) {
            exit = BuildOutcome.BUSY;
            said.append(e.getMessage()).append('\n');
        }
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, said, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the log is a convenience; the outcome is in the job repository
        }
        return new Result(exit, Duration.ofNanos(System.nanoTime() - start), log);
    }
}
