package org.agendapack.schedule;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.agendapack.deadline.DeadlineNotice;
import org.agendapack.history.JobHistory;
import org.agendapack.job.BuildFingerprint;
import org.agendapack.job.MeetingLock;
import org.agendapack.meeting.Meeting;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.meeting.MeetingLoader;
import org.agendapack.run.JobDatabase;
import org.springframework.batch.core.BatchStatus;

/**
 * One pass of scheduled builds: every meeting folder in the input folder whose meeting is today or later and
 * whose inputs changed since its last successful build is built, each in a process of its own (a failure or
 * a crash of one meeting's build cannot stop the others), one log line per meeting.
 */
public class ScheduledBuilds {

    private final Path input;
    private final Path output;
    private final Clock clock;
    private final BuildProcess process;
    private final PrintStream log;

    private final BuildFingerprint fingerprints;

    /** {@code fingerprints}: what identifies a build, as the child build will compute it. */
    public ScheduledBuilds(Path input, Path output, Clock clock, BuildProcess process, PrintStream log,
            BuildFingerprint fingerprints) {
        this.fingerprints = fingerprints;
        this.input = input;
        this.output = output;
        this.clock = clock;
        this.process = process;
        this.log = log;
    }

    public Path input() {
        return input;
    }

    /** Builds what needs building; returns how many builds failed. */
    public int runOnce() {
        int failed = 0;
        for (Path folder : meetingFolders()) {
            String result;
            try {
                result = buildIfNeeded(folder);
            } catch (RuntimeException e) {
                result = "FAILED: " + e.getMessage();
            }
            if (result.startsWith("FAILED")) {
                failed++;
            }
            log.println(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS) + " " + folder.getFileName() + ": " + result);
            log.flush();
        }
        return failed;
    }

    private String buildIfNeeded(Path path) {
        MeetingFolder folder = new MeetingFolder(path);
        Meeting meeting = new MeetingLoader(Set.of()).load(folder).meeting();
        LocalDate today = LocalDate.now(clock.withZone(DeadlineNotice.UK));
        if (meeting != null && meeting.date() != null && meeting.date().isBefore(today)) {
            return "skipped, the meeting (" + meeting.date() + ") has passed";
        }
        String inputs = fingerprints.of(folder);
        List<JobHistory.Run> before = history(folder.id());
        if (before.stream().filter(r -> r.status() == BatchStatus.COMPLETED).findFirst()
                .filter(r -> inputs.equals(r.inputs())).isPresent()) {
            return "unchanged since its last build (inputs " + inputs.substring(0, 8) + "), skipped";
        }
        long lastBefore = before.isEmpty() ? -1 : before.get(0).id();
        BuildProcess.Result r = process.build(path, output);
        String seconds = String.format("%.1f s", r.duration().toMillis() / 1000.0);
        if (r.exitCode() == 4) {
            return "skipped, another build of it is running";
        }
        // What the build did is read from its job repository, not from what it printed.
        Optional<JobHistory.Run> run = history(folder.id()).stream().filter(h -> h.id() > lastBefore).findFirst();
        if (r.exitCode() == 0) {
            boolean late = run.map(JobHistory.Run::late).isPresent();
            return "built in " + seconds + (late ? ", LATE: after the publication deadline" : "") + "; log " + r.log();
        }
        String why = run.map(JobHistory.Run::failure).orElse("it stopped before recording a build; see the log");
        return "FAILED (exit " + r.exitCode() + ") in " + seconds + ": " + why + "; log " + r.log();
    }

    /** The meeting's builds, newest first (none while another process holds the meeting). */
    private List<JobHistory.Run> history(String meetingId) {
        if (!JobHistory.exists(output, meetingId)) {
            return List.of();
        }
        try (MeetingLock lock = MeetingLock.acquire(output, meetingId); JobHistory history = JobHistory.open(output, meetingId)) {
            return history.runs();
        } catch (MeetingLock.MeetingBusyException e) {
            return List.of(); // the build itself will say it is busy
        }
    }

    private List<Path> meetingFolders() {
        if (!Files.isDirectory(input)) {
            throw new IllegalArgumentException("No input folder " + input);
        }
        try (Stream<Path> s = Files.list(input)) {
            return new ArrayList<>(s.filter(p -> Files.isRegularFile(p.resolve(MeetingLoader.FILE))).sorted().toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
