package org.agendapack.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.agendapack.meeting.MeetingFolder;

/** Re-hashes an archive folder against its manifest and says what, if anything, changed. */
public final class ArchiveVerifier {

    /**
     * @param checked how many files the manifest lists
     * @param differences one line per changed, missing or unexpected file; empty when the folder is intact
     */
    public record Result(Manifest manifest, int checked, List<String> differences) {
        public boolean intact() {
            return differences.isEmpty();
        }
    }

    private ArchiveVerifier() {
    }

    public static Result verify(Path folder) {
        Path manifestFile = folder.resolve(Manifest.FILE);
        if (!Files.isRegularFile(manifestFile)) {
            throw new IllegalArgumentException(folder + " is not an archive folder: it has no " + Manifest.FILE);
        }
        Manifest manifest = ArchiveFolders.readManifest(manifestFile);
        List<String> differences = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        List<Manifest.Entry> entries = new ArrayList<>(manifest.inputs());
        entries.addAll(0, manifest.outputs());
        for (Manifest.Entry e : entries) {
            listed.add(e.path());
            Path file = folder.resolve(e.path()).normalize();
            if (!file.startsWith(folder.normalize()) || !Files.isRegularFile(file)) {
                differences.add("missing:   " + e.path());
                continue;
            }
            String sha = MeetingFolder.sha256(file);
            long size = size(file);
            if (!sha.equals(e.sha256()) || size != e.size()) {
                differences.add("changed:   " + e.path() + " (SHA-256 " + shorten(e.sha256()) + ", " + e.size()
                        + " bytes when archived; now " + shorten(sha) + ", " + size + " bytes)");
            }
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(Manifest.FILE) && !listed.contains(p))
                    .sorted()
                    .forEach(p -> differences.add("unexpected: " + p + " (not in the manifest)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(manifest, entries.size(), differences);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String shorten(String sha) {
        return sha.substring(0, 12) + "…";
    }
}
