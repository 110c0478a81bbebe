package org.agendapack.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a meeting's builds are recorded: a HSQLDB file database of its own under output/.jobs/&lt;meeting&gt;/.
 * HSQLDB lets one process at a time open a file database, so one database per meeting is what lets
 * different meetings build in parallel. Opened with write_delay=false: a commit is on disk before it
 * returns, so a killed build loses nothing it committed.
 */
public final class JobDatabase {

    private JobDatabase() {
    }

    public static Path folder(Path output, String meetingId) {
        return output.resolve(".jobs").resolve(meetingId);
    }

    /**
     * The Spring properties that point a build's context at the meeting's job repository: its own file database,
     * or the shared one ({@link SharedJobDatabase}) with the build's staged rows in a memory database named
     * {@code staging}, since they live for one build.
     */
    public static List<String> repositoryProperties(Path output, String meetingId, String staging) {
        return SharedJobDatabase.configured().map(shared -> {
            List<String> properties = new ArrayList<>(
                    List.of("--spring.datasource.url=jdbc:hsqldb:mem:" + staging + ";hsqldb.tx=mvcc;shutdown=true"));
            properties.addAll(shared.springProperties());
            return properties;
        }).orElseGet(() -> List.of("--spring.datasource.url=" + url(output, meetingId)));
    }

    /**
     * The meeting's database, opened without HSQLDB's lock file: whatever opens it holds the meeting's lock first
     * ({@code job/MeetingLock}, an OS file lock the OS releases when its holder dies), and HSQLDB's own lock
     * slept 100 ms every time the database was closed. A new one keeps Spring Batch's tables (the history, which
     * grows by some kilobytes a build) as cached tables, read from jobs.data as needed, so that opening the
     * database and closing it do not take longer with every build; the staging tables say MEMORY themselves
     * (schema.sql): they are emptied when a build ends. A database made before this keeps its memory tables.
     */
    public static String url(Path output, String meetingId) {
        return "jdbc:hsqldb:file:" + folder(output, meetingId).toAbsolutePath().resolve("jobs")
                + ";hsqldb.tx=mvcc;hsqldb.write_delay=false;hsqldb.default_table_type=cached;hsqldb.lock_file=false"
                + ";shutdown=true";
    }

    public static boolean exists(Path output, String meetingId) {
        return Files.isRegularFile(folder(output, meetingId).resolve("jobs.script"))
                || Files.isRegularFile(folder(output, meetingId).resolve("jobs.properties"));
    }

    /** The meetings that have a job database, sorted. */
    public static List<String> meetings(Path output) {
        Path jobs = output.resolve(".jobs");
        if (!Files.isDirectory(jobs)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(jobs)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(id -> exists(output, id)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
