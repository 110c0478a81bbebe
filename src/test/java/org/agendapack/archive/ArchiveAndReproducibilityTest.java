package org.agendapack.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.agendapack.job.BuildOutcome;
import org.agendapack.job.BuildRunner;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.run.BuildOptions;
import org.agendapack.settings.AgendapackProperties;
import org.agendapack.support.BuildTest;
import org.agendapack.support.PackTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.FileSystemUtils;

/** Every build is archived with a manifest that verify checks; the same inputs give the same bytes. */
@BuildTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_EACH_TEST_METHOD) // each test starts with no builds
class ArchiveAndReproducibilityTest {

    @Autowired
    BuildRunner runner;

    @Autowired
    AgendapackProperties properties;

    @Autowired
    org.agendapack.job.BuildFingerprint fingerprints;

    @TempDir
    Path dir;

    @Test
    void twoCleanBuildsGiveByteIdenticalPdfsAndTwoArchives() throws IOException {
        Path meeting = PackTestSupport.copyMeeting("joint-ict-2018-10-16", dir);
        Path published = properties.output().resolve("joint-ict-2018-10-16");
        assertThat(runner.build(meeting, BuildOptions.DEFAULT).exitCode()).isZero();
        Map<String, String> first = pdfHashes(published);

        FileSystemUtils.deleteRecursively(published);
        assertThat(runner.build(meeting, new BuildOptions(false, true, true)).exitCode()).isZero();
        Map<String, String> second = pdfHashes(published);

        assertThat(first).containsOnlyKeys("agenda-pack.pdf", "performance-pack.pdf", "project-status.pdf", "procurement-update.pdf");
        assertThat(second).isEqualTo(first);
        List<Path> archives = ArchiveFolders.of(properties.output().resolve("archive/joint-ict-2018-10-16"));
        assertThat(archives).hasSize(2);
        assertThat(archives.get(0).getFileName().toString()).matches("\\d{8}T\\d{6}Z-" + fingerprints.of(new MeetingFolder(meeting)).substring(0, 8) + "(-2)?");
        for (Path archive : archives) {
            assertThat(pdfHashes(archive)).isEqualTo(first);
        }
    }

    @Test
    void theManifestListsEveryFileAndVerifyFindsAFlippedByte() throws IOException {
        Path meeting = PackTestSupport.copyMeeting("joint-ict-2018-10-16", dir);
        BuildOutcome built = runner.build(meeting, BuildOptions.DEFAULT);
        assertThat(built.exitCode()).isZero();
        Path archive = ArchiveFolders.of(properties.output().resolve("archive/joint-ict-2018-10-16")).get(0);
        assertThat(built.outputs()).anyMatch(o -> o.contains(archive.getFileName().toString()));

        Manifest manifest = ArchiveFolders.readManifest(archive.resolve(Manifest.FILE));
        assertThat(manifest.meeting()).isEqualTo("joint-ict-2018-10-16");
        assertThat(manifest.inputsFingerprint()).isEqualTo(fingerprints.of(new MeetingFolder(meeting)));
        assertThat(manifest.jobExecutionId()).isEqualTo(built.executionId());
        assertThat(manifest.publicationDeadline()).isEqualTo("2018-10-08");
        assertThat(manifest.application()).startsWith("agendapack ");
        assertThat(manifest.warnings()).hasSize(2).anyMatch(w -> w.contains("PROC-2018-004")).anyMatch(w -> w.contains("83.88"));
        assertThat(manifest.outputs()).extracting(Manifest.Entry::path).containsExactlyInAnyOrder("agenda-pack.pdf",
                "performance-pack.pdf", "project-status.pdf", "procurement-update.pdf", "build-report.txt");
        assertThat(manifest.inputs()).extracting(Manifest.Entry::path).contains("inputs/meeting.json",
                "inputs/kpi-months.csv", "inputs/documents/service-improvement-plan.pdf",
                "profile/brent/profile.json", "profile/brent/notes.md");
        Manifest.Entry pack = manifest.outputs().stream().filter(e -> e.path().equals("agenda-pack.pdf")).findFirst().orElseThrow();
        assertThat(pack.sha256()).isEqualTo(MeetingFolder.sha256(properties.output().resolve("joint-ict-2018-10-16/agenda-pack.pdf")));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archive.resolve("agenda-pack.pdf")))).isEqualTo("r--r--r--");

        assertThat(ArchiveVerifier.verify(archive).intact()).isTrue();

        Path pdf = archive.resolve("agenda-pack.pdf");
        Files.setPosixFilePermissions(pdf, PosixFilePermissions.fromString("rw-r--r--"));
        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(pdf, bytes);
        Files.delete(archive.resolve("inputs/projects.csv"));
        Files.writeString(archive.resolve("notes.txt"), "added later");

        ArchiveVerifier.Result result = ArchiveVerifier.verify(archive);
        assertThat(result.intact()).isFalse();
        assertThat(result.differences()).hasSize(3);
        assertThat(result.differences().get(0)).startsWith("changed:   agenda-pack.pdf (SHA-256 " + pack.sha256().substring(0, 12));
        assertThat(result.differences()).contains("missing:   inputs/projects.csv", "unexpected: notes.txt (not in the manifest)");
    }

    @Test
    void validateChecksEveryRuleAndWritesNothing() throws IOException {
        Path meeting = PackTestSupport.copyMeeting("joint-ict-2018-10-16", dir);
        BuildOutcome valid = runner.validate(meeting, false);
        assertThat(valid.exitCode()).isZero();
        assertThat(valid.problems()).hasSize(2);

        Path csv = meeting.resolve("kpi-months.csv");
        PackTestSupport.write(csv, PackTestSupport.read(csv).replace("2018-06,Brent,p1_incidents,11", "2018-06,Brent,p1_incidents,eleven"));
        BuildOutcome invalid = runner.validate(meeting, false);
        assertThat(invalid.exitCode()).isEqualTo(BuildOutcome.INVALID_INPUT);
        assertThat(PackTestSupport.messages(invalid)).anyMatch(m -> m.startsWith("kpi-months.csv line "));
        assertThat(properties.output().resolve("joint-ict-2018-10-16")).doesNotExist();
        assertThat(properties.output().resolve("archive")).doesNotExist();
    }

    private static Map<String, String> pdfHashes(Path folder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(p -> p.toString().endsWith(".pdf")).forEach(p -> hashes.put(p.getFileName().toString(), MeetingFolder.sha256(p)));
        }
        return hashes;
    }
}
