package org.agendapack.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who did what in the console: every build started, upload accepted or refused, validation, archive check and
 * sign-in refused, one JSON line each in output/.console/audit.jsonl (appended, never rewritten). Builds also
 * carry their starter in the job repository and the archive manifest.
 */
public final class AuditLog {

    public record Entry(String time, String user, String action, String meeting, String detail) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final Clock clock;

    public AuditLog(Path output, Clock clock) {
        this.file = output.resolve(".console").resolve("audit.jsonl");
        this.clock = clock;
    }

    public synchronized void record(String user, String action, String meeting, String detail) {
        Entry e = new Entry(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), user, action, meeting, detail);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(e) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot record in " + file, ex);
        }
    }

    /** The newest entries first, at most {@code limit}, of one meeting (or all when null). */
    public synchronized List<Entry> recent(String meeting, int limit) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Entry> all = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Entry e = JSON.readValue(line, Entry.class);
                    if (meeting == null || meeting.equals(e.meeting())) {
                        all.add(e);
                    }
                } catch (RuntimeException bad) {
                    // a line cut short by a crash: skip it
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        Collections.reverse(all);
        return all.size() > limit ? all.subList(0, limit) : all;
    }
}
