package org.agendapack.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

import org.agendapack.problem.Problem;

import tools.jackson.databind.json.JsonMapper;

/** The last check of each meeting's inputs from the console, kept in output/.console/validation/&lt;meeting&gt;.json. */
public final class Validations {

    /** A check: when, by whom, what it said, and every problem as the command line names it. */
    public record Check(String time, String user, boolean valid, String message, List<Problem> problems) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Path folder;

    public Validations(Path output) {
        this.folder = output.resolve(".console").resolve("validation");
    }

    public synchronized void save(String meetingId, Check check) {
        try {
            Files.createDirectories(folder);
            Path tmp = folder.resolve("." + meetingId + ".tmp");
            Files.writeString(tmp, JSON.writeValueAsString(check), StandardCharsets.UTF_8);
            Files.move(tmp, folder.resolve(meetingId + ".json"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public synchronized Optional<Check> last(String meetingId) {
        Path file = folder.resolve(meetingId + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Check.class));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
