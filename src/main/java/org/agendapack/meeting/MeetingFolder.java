package org.agendapack.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A meeting's input folder: everything a pack is built from, and nothing outside it. Symbolic links are never
 * followed (the build refuses a folder that has any, {@link #links()}): files are listed, hashed and read as
 * themselves.
 */
public record MeetingFolder(Path path) {

    private static final Pattern MEETING_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public MeetingFolder {
        path = path.toAbsolutePath().normalize();
    }

    public String id() {
        return path.getFileName().toString();
    }

    public boolean hasValidId() {
        return MEETING_ID.matcher(id()).matches();
    }

    public Path meetingJson() {
        return path.resolve("meeting.json");
    }

    /** The dataset file, CSV or JSON, if the folder has one. */
    public Optional<Path> dataset(String name) {
        return Stream.of(name + ".csv", name + ".json").map(path::resolve)
                .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).findFirst();
    }

    /**
     * Resolves a document path from meeting.json, refusing one that leaves the folder (absolute, "..", or a
     * symbolic link pointing out).
     */
    public Path document(String relative) {
        if (relative == null || relative.isBlank()) {
            throw new IllegalArgumentException("the document path is empty");
        }
        Path given = Path.of(relative);
        if (given.isAbsolute() || relative.startsWith("/") || relative.startsWith("\\") || relative.matches("^[A-Za-z]:.*")) {
            throw new IllegalArgumentException("document paths must be relative to the meeting folder, not absolute");
        }
        Path resolved = path.resolve(given).normalize();
        if (!resolved.startsWith(path)) {
            throw new IllegalArgumentException("document paths must stay inside the meeting folder");
        }
        try {
            if (Files.isSymbolicLink(resolved)
                    || Files.exists(resolved) && !resolved.toRealPath().startsWith(path.toRealPath())) {
                throw new IllegalArgumentException("the document is a link to a file outside the meeting folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resolved;
    }

    /** Every symbolic link in the folder, at any depth, hidden ones too (a link to a folder is not entered). */
    public List<Path> links() {
        try (Stream<Path> all = Files.walk(path)) {
            return all.filter(Files::isSymbolicLink).sorted((a, b) -> relative(a).compareTo(relative(b))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a link points, as written in it. */
    public static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /** Every regular file in the folder, not links, sorted by relative path (stable across machines). */
    public List<Path> files() {
        try (Stream<Path> all = Files.walk(path)) {
            return all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted((a, b) -> relative(a).compareTo(relative(b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String relative(Path file) {
        return path.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * SHA-256 over every file's relative path and bytes: the identity of this set of inputs. A link counts by
     * its name and where it points (never by what it points to), so adding or changing one changes the inputs.
     */
    public String fingerprint() {
        MessageDigest all = sha256();
        for (Path f : files()) {
            all.update(relative(f).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            all.update((byte) 0);
            all.update(HexFormat.of().parseHex(sha256(f)));
        }
        for (Path link : links()) {
            all.update(("link:" + relative(link) + "->" + target(link)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            all.update((byte) 0);
        }
        return HexFormat.of().formatHex(all.digest());
    }

    public static String sha256(Path file) {
        MessageDigest md = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
