package org.agendapack.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.agendapack.AgendapackApplication;
import org.agendapack.cli.AotBatchContext;

/** The command line in a process of its own, as an officer runs it: for crashes, locks and history across processes. */
public final class AgendapackProcess {

    private final Process process;
    private final Path log;

    /** Whether the classes were compiled with the recorded context (not with -Dagendapack.aot.skip). */
    public static final boolean RECORDED_CONTEXT = AotBatchContext.recorded();

    private AgendapackProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static AgendapackProcess start(Path log, String... args) throws IOException {
        return start(List.of(), Map.of(), log, args);
    }

    /** With environment variables of its own (a shared job repository, say). */
    public static AgendapackProcess start(Map<String, String> environment, Path log, String... args) throws IOException {
        return start(List.of(), environment, log, args);
    }

    /** With options for the JVM, such as a heap cap ("-Xmx256m"). */
    public static AgendapackProcess start(List<String> jvmOptions, Path log, String... args) throws IOException {
        return start(jvmOptions, Map.of(), log, args);
    }

    private static AgendapackProcess start(List<String> jvmOptions, Map<String, String> environment, Path log, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        // As ./agendapack starts a build on Java 17: the JIT's first tier and the serial collector (a short run), and
        // the context from the definitions Spring's AOT engine recorded (generated before the tests, at process-classes).
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        if (RECORDED_CONTEXT) {
            command.add("-Dagendapack.spring-aot=true");
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), AgendapackApplication.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process p = builder.start();
        return new AgendapackProcess(p, log);
    }

    /** Runs a command to its end: exit code and everything it printed. */
    public static Ended run(Path log, String... args) throws IOException, InterruptedException {
        return start(log, args).waitFor();
    }

    public static Ended run(Map<String, String> environment, Path log, String... args)
            throws IOException, InterruptedException {
        return start(environment, log, args).waitFor();
    }

    public record Ended(int exitCode, String output) {
    }

    public Ended waitFor() throws IOException, InterruptedException {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("agendapack did not finish in 5 minutes: " + output());
        }
        return new Ended(process.exitValue(), output());
    }

    /** Waits until the process has printed the text; false if it ended first. */
    public boolean awaitOutput(String text) throws IOException, InterruptedException {
        while (!output().contains(text)) {
            if (!process.isAlive()) {
                return output().contains(text);
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** SIGKILL: no shutdown hooks, no finally blocks, as a power cut or the OOM killer would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public String output() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
