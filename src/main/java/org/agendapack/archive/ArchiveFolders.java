package org.agendapack.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reading and writing archive folders and their manifests. */
public final class ArchiveFolders {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The archive's folder under the output folder: archive/&lt;meeting&gt;/&lt;build&gt;/. */
    public static final String FOLDER = "archive";

    private ArchiveFolders() {
    }

    /** An archive folder as a build records it: relative to the output folder, with forward slashes. */
    public static String relative(Path output, Path folder) {
        return output.relativize(folder).toString().replace('\\', '/');
    }

    public static Manifest readManifest(Path file) {
        try {
            return JSON.readValue(file.toFile(), Manifest.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " is not a readable manifest: " + e.getOriginalMessage(), e);
        }
    }

    static void writeManifest(Path file, Manifest manifest) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(manifest) + "\n");
    }

    /** The archive folders of a meeting, oldest first (their names start with the UTC time of the build). */
    public static List<Path> of(Path meetingArchive) {
        if (!Files.isDirectory(meetingArchive)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(meetingArchive)) {
            return s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isRegularFile(p.resolve(Manifest.FILE)))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The archive folder already written for this build (job instance) of these inputs, if any. Newest first:
     * builds of a meeting are numbered in the order they start and each archives once, at its end, so the
     * first folder of an earlier build ends the search; one manifest is read, however many forced rebuilds of
     * the same inputs went before.
     */
    static Optional<Path> findBuild(Path meetingArchive, long buildId, String fingerprint) {
        List<Path> folders = of(meetingArchive);
        for (int i = folders.size() - 1; i >= 0; i--) {
            Path folder = folders.get(i);
            if (!folder.getFileName().toString().contains("-" + fingerprint.substring(0, 8))) {
                continue;
            }
            Manifest m = readManifest(folder.resolve(Manifest.FILE));
            if (m.buildId() == buildId && fingerprint.equals(m.inputsFingerprint())) {
                return Optional.of(folder);
            }
            if (m.buildId() < buildId) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Archived files are read-only: a slip in a file manager cannot change what was published. */
    static void makeReadOnly(Path folder) throws IOException {
        if (!Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            return;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
            }
        }
    }
}
