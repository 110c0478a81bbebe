package org.agendapack.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.agendapack.AgendapackApplication;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.run.JobDatabase;

/** Runs {@code agendapack build} for one meeting in a child process of the same Java and classpath, its output to a log file. */
public class BuildProcess {

    /** How the child process ended; what the build did is in the meeting's job repository. */
    public record Result(int exitCode, Duration duration, Path log) {
    }

    public Result build(Path folder, Path output) {
        String meetingId = new MeetingFolder(folder).id();
        Path log = JobDatabase.folder(output, meetingId).resolve("scheduled-build.log");
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(List.of("build", folder.toString(), "--output", output.toString()));
        long start = System.nanoTime();
        try {
            Files.createDirectories(log.getParent());
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int exit = p.waitFor();
            return new Result(exit, Duration.ofNanos(System.nanoTime() - start), log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the build of " + meetingId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building " + meetingId, e);
        }
    }

    /**
     * This JVM's java, options and classpath: the same jar (java -jar) or the same classes (java -cp ... main
     * class), so a scheduled build runs as the scheduler was started (./agendapack's JVM options included).
     */
    static List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(o -> o.startsWith("-X") && !o.startsWith("-Xlog") || o.startsWith("-Dagendapack.spring-aot")).toList());
        String classpath = System.getProperty("java.class.path");
        if (classpath.endsWith(".jar") && !classpath.contains(java.io.File.pathSeparator)) {
            command.addAll(List.of("-jar", classpath));
        } else {
            command.addAll(List.of("-cp", classpath, AgendapackApplication.class.getName()));
        }
        return command;
    }
}
