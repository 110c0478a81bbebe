package org.agendapack.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A meeting's published files change as one set: the link moves from the whole old set to the whole new one. */
class PublishedSetsTest {

    @TempDir
    Path output;

    @Test
    void aNewSetReplacesTheOldOneWholeAndTheOneBeforeIsKept() throws IOException {
        Path first = set(1, "agenda-pack.pdf", "agenda-pack-exempt.pdf");
        PublishedSets.publish(output, "m", first);
        Path pack = output.resolve("m");
        assertThat(Files.isSymbolicLink(pack)).isTrue();
        assertThat(files(pack)).containsExactly("agenda-pack-exempt.pdf", "agenda-pack.pdf");

        PublishedSets.publish(output, "m", set(2, "agenda-pack.pdf"));
        assertThat(files(pack)).containsExactly("agenda-pack.pdf"); // the exempt pack went with the old set
        assertThat(Files.readString(pack.resolve("agenda-pack.pdf"))).isEqualTo("2 agenda-pack.pdf");
        assertThat(first).isDirectory(); // the set before is kept

        PublishedSets.publish(output, "m", set(3, "agenda-pack.pdf"));
        assertThat(first).doesNotExist();
        assertThat(output.resolve(".published/m")).isDirectoryContaining(p -> p.getFileName().toString().equals("2"));
        try (var left = Files.list(output)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(".published", "m");
        }
    }

    @Test
    void aRelativeOutputFolderAsTheCommandLineGivesIt() throws IOException {
        Path relative = Path.of("").toAbsolutePath().relativize(output);
        Path set = PublishedSets.newSet(relative, "m", 1);
        Files.writeString(set.resolve("agenda-pack.pdf"), "1");
        PublishedSets.publish(relative, "m", Path.of("").toAbsolutePath().relativize(set));
        assertThat(Files.readString(output.resolve("m/agenda-pack.pdf"))).isEqualTo("1");
        assertThat(Files.readSymbolicLink(output.resolve("m")).isAbsolute()).isFalse();
    }

    @Test
    void aPackFolderFromBeforeSetsBecomesThePreviousSetAndAFileInTheWayIsRefused() throws IOException {
        Files.createDirectories(output.resolve("m"));
        Files.writeString(output.resolve("m/agenda-pack.pdf"), "old");
        PublishedSets.publish(output, "m", set(7, "agenda-pack.pdf"));
        assertThat(Files.readString(output.resolve("m/agenda-pack.pdf"))).isEqualTo("7 agenda-pack.pdf");
        try (var sets = Files.list(output.resolve(".published/m"))) {
            assertThat(sets.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("earlier-"));
        }

        Files.writeString(output.resolve("n"), "not a folder");
        assertThatThrownBy(() -> PublishedSets.publish(output, "n", set(8, "agenda-pack.pdf")))
                .hasMessageContaining("it is a file, not the meeting's pack folder");
        assertThat(Files.readString(output.resolve("n"))).isEqualTo("not a folder");
    }

    private Path set(long execution, String... names) throws IOException {
        Path set = PublishedSets.newSet(output, "m", execution);
        for (String name : names) {
            Files.writeString(set.resolve(name), execution + " " + name);
        }
        return set;
    }

    private static java.util.List<String> files(Path folder) throws IOException {
        return PublishedSets.files(folder).stream().map(p -> p.getFileName().toString()).toList();
    }
}
