package org.agendapack.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the archive folder a build already wrote: a restart after a crash must not archive twice. */
class ArchiveFoldersTest {

    static final String INPUTS = "abcdef1234567890abcdef1234567890abcdef1234567890abcdef1234567890";

    @TempDir
    Path archive;

    @Test
    void findsTheFolderOfThisBuildAmongForcedRebuildsOfTheSameInputs() throws Exception {
        folder("20261101T080000Z-abcdef12", 1, INPUTS);
        Path second = folder("20261102T080000Z-abcdef12", 2, INPUTS);
        folder("20261102T080000Z-99999999", 3, "9999999900000000000000000000000000000000000000000000000000000000");
        Path fourth = folder("20261103T080000Z-abcdef12", 4, INPUTS);

        assertThat(ArchiveFolders.findBuild(archive, 4, INPUTS)).contains(fourth);
        assertThat(ArchiveFolders.findBuild(archive, 2, INPUTS)).contains(second);
        assertThat(ArchiveFolders.findBuild(archive, 5, INPUTS)).isEmpty();
    }

    @Test
    void aNewBuildReadsOnlyTheNewestManifestOfItsInputs() throws Exception {
        // An older folder whose manifest cannot be read: reached, it would fail the build.
        Path older = folder("20261101T080000Z-abcdef12", 1, INPUTS);
        Files.writeString(older.resolve(Manifest.FILE), "not a manifest");
        folder("20261102T080000Z-abcdef12", 2, INPUTS);

        assertThat(ArchiveFolders.findBuild(archive, 3, INPUTS)).isEmpty();
    }

    private Path folder(String name, long buildId, String inputs) throws Exception {
        Path folder = Files.createDirectories(archive.resolve(name));
        ArchiveFolders.writeManifest(folder.resolve(Manifest.FILE), new Manifest(Manifest.FORMAT, "a-meeting",
                "A Committee", "2026-12-01", inputs, "test", buildId, buildId, null, null, null, List.of(), List.of(),
                List.of(), "host", null, null, List.of()));
        return folder;
    }
}
