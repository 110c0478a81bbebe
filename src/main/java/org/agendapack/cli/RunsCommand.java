package org.agendapack.cli;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.agendapack.history.JobHistory;
import org.agendapack.job.MeetingLock;
import org.agendapack.run.JobDatabase;
import org.agendapack.run.SharedJobDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "Lists builds, newest first, from the job repository: of one meeting, or of every meeting.")
public class RunsCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Parameters(paramLabel = "<meeting-id>", arity = "0..1", description = "e.g. joint-ict-2018-10-16 (default: all)")
    String meeting;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        List<String> meetings = meeting == null ? JobHistory.meetings(common.output) : List.of(meeting);
        if (meeting != null && !JobHistory.exists(common.output, meeting)) {
            System.out.println("No builds of " + meeting + " in " + common.output);
            return 0;
        }
        List<JobHistory.Run> runs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String id : meetings) {
            // Held while reading a meeting's own database: HSQLDB lets one process at a time open it. A shared
            // repository is read while builds run.
            try (MeetingLock lock = SharedJobDatabase.configured().isPresent() ? null : MeetingLock.acquire(common.output, id);
                    JobHistory history = JobHistory.open(common.output, id)) {
                runs.addAll(history.runs());
            } catch (MeetingLock.MeetingBusyException e) {
                notes.add(id + ": a build is running now (" + e.holder() + "); the list shows it when it ends");
            } catch (IllegalStateException e) {
                notes.add(e.getMessage());
            }
        }
        if (runs.isEmpty() && notes.isEmpty()) {
            System.out.println("No builds in " + common.output);
        }
        if (!runs.isEmpty()) {
            System.out.printf("%5s  %-32s %-10s %-19s %9s %8s  %s%n", "Build", "Meeting", "Status", "Started", "Duration",
                    "Warnings", "Outputs");
        }
        runs.sort(JobHistory.NEWEST_FIRST);
        for (JobHistory.Run r : runs) {
            System.out.printf("%5d  %-32s %-10s %-19s %9s %8d  %s%n", r.id(), r.meeting(), r.status(),
                    r.started() == null ? "" : WHEN.format(r.started()),
                    r.duration() == null ? "" : String.format("%.1f s", r.duration().toMillis() / 1000.0),
                    r.warnings(), r.outputs().isEmpty() ? "-" : String.join(", ", r.outputs()));
            if (r.archive() != null) {
                System.out.printf("%5s  archived in %s%n", "", common.output.resolve(r.archive()));
            }
            if (r.failure() != null && !r.failure().isBlank()) {
                System.out.printf("%5s  %s%n", "", firstLine(r.failure()));
            }
        }
        notes.forEach(System.out::println);
        return 0;
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 150 ? line.substring(0, 147) + "..." : line;
    }
}
