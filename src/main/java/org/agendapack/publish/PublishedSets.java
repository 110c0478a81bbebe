package org.agendapack.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.agendapack.pack.AssemblePackTasklet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A meeting's published files are one set: output/&lt;meeting&gt; is a symbolic link to a folder of
 * output/.published/&lt;meeting&gt;/. A new set is written whole in a folder of its own beside the old, then the
 * link is replaced with one rename, so a reader (or a kill at any moment) sees the whole old set or the whole
 * new set, never a mixture. The set before the current one is kept; older ones are removed.
 */
public final class PublishedSets {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedSets.class);

    static final String FOLDER = ".published";

    private PublishedSets() {
    }

    /** An empty folder for a new set of a meeting's files (a new one for every job execution). */
    public static Path newSet(Path output, String meeting, long executionId) throws IOException {
        Path set = output.toAbsolutePath().normalize().resolve(FOLDER).resolve(meeting).resolve(Long.toString(executionId));
        FileSystemUtils.deleteRecursively(set);
        return Files.createDirectories(set);
    }

    /** Makes {@code set} the published files of output/&lt;meeting&gt;, then removes sets older than the last. */
    public static void publish(Path outputFolder, String meeting, Path publishedSet) throws IOException {
        // Absolute both, whatever the command line gave: the link is made relative to the output folder.
        Path output = outputFolder.toAbsolutePath().normalize();
        Path set = publishedSet.toAbsolutePath().normalize();
        Path link = output.resolve(meeting);
        Path sets = set.getParent();
        Path previous = null;
        if (Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS)) {
            // Published before sets existed: that folder becomes the previous set (a moment without a pack, once).
            previous = sets.resolve("earlier-" + Instant.now().toEpochMilli());
            Files.move(link, previous, StandardCopyOption.ATOMIC_MOVE);
        } else if (Files.isSymbolicLink(link)) {
            previous = output.resolve(Files.readSymbolicLink(link)).normalize();
        } else if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("cannot publish to " + link + ": it is a file, not the meeting's pack folder; move it away");
        }
        Path staged = output.resolve("." + meeting + ".link-" + set.getFileName());
        Files.deleteIfExists(staged);
        Files.createSymbolicLink(staged, output.relativize(set));
        Files.move(staged, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        LOG.debug("Published {} as {} (the set before: {})", output.relativize(set), link, previous);
        Path kept = previous;
        try (Stream<Path> all = Files.list(sets)) {
            for (Path old : all.filter(p -> !p.equals(set) && !p.equals(kept))
                    .sorted(Comparator.naturalOrder()).toList()) {
                FileSystemUtils.deleteRecursively(old);
            }
        }
    }

    /**
     * Whether output/&lt;meeting&gt; holds a published agenda pack. A build the history calls done is built again
     * when it does not: someone deleted the folder, or the link into {@value #FOLDER}.
     */
    public static boolean holdsPack(Path output, String meeting) {
        return Files.isRegularFile(output.resolve(meeting).resolve(AssemblePackTasklet.PACK));
    }

    /** The files of a set, by name. */
    public static List<Path> files(Path set) throws IOException {
        try (Stream<Path> s = Files.list(set)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
