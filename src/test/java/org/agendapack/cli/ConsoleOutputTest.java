package org.agendapack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.agendapack.support.AgendapackProcess;
import org.agendapack.support.AgendapackProcess.Ended;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as an officer runs it, in a process of its own: a rejection is an outcome (the deadline, the
 * steps, the problems, exit 1) with no stack trace, and {@code runs} gives the same reason; a real fault is one
 * sentence naming the folder and the reason (exit 3), its stack trace only with --verbose, after the sentence.
 */
class ConsoleOutputTest {

    @TempDir
    Path dir;

    @Test
    void aRejectionPrintsTheDeadlineTheStepsAndTheProblemsAndRunsSaysTheSame() throws Exception {
        Path meeting = copyBase("committee-2018-10-16");
        Path csv = meeting.resolve("kpi-months.csv");
        Files.writeString(csv, Files.readString(csv).replace("sla_p1,90.91", "sla_p1,1e309"));
        Path output = dir.resolve("output");

        Ended build = AgendapackProcess.run(dir.resolve("build.log"), "build", meeting.toString(), "--output", output.toString());

        assertThat(build.exitCode()).as(build.output()).isEqualTo(1);
        assertThat(build.output().lines().findFirst().orElse("")).startsWith("Publication deadline: Monday 8 October 2018");
        assertThat(build.output()).contains("  FAIL validateInputs")
                .contains("ERROR kpi-months.csv line 3, field \"value\", value \"1e309\": is too large")
                .contains("The input failed validation: 1 error, 1 warning")
                .doesNotContain("Exception").doesNotContain("\tat ");

        Ended runs = AgendapackProcess.run(dir.resolve("runs.log"), "runs", "--output", output.toString());
        assertThat(runs.output()).contains("FAILED").contains("  The input failed validation: 1 error, 1 warning")
                .doesNotContain("Exception");

        Ended validate = AgendapackProcess.run(dir.resolve("validate.log"), "validate", meeting.toString());
        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.output()).contains("kpi-months.csv line 3").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aBuildIntoARelativeOutputFolderPublishesItsPack() throws Exception {
        Path meeting = copyBase("committee-2018-10-16");
        Path output = Path.of("").toAbsolutePath().relativize(dir.resolve("relative-output"));
        assertThat(output.isAbsolute()).isFalse();

        Ended build = AgendapackProcess.run(dir.resolve("relative.log"), "build", meeting.toString(), "--output", output.toString());

        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(Files.isSymbolicLink(dir.resolve("relative-output/committee-2018-10-16"))).isTrue();
        assertThat(dir.resolve("relative-output/committee-2018-10-16/agenda-pack.pdf")).isRegularFile();
        // Diagnostics are the log's, quiet unless asked for.
        assertThat(build.output()).doesNotContain("DEBUG");

        Ended verbose = AgendapackProcess.run(dir.resolve("verbose.log"), "build", meeting.toString(), "--output",
                output.toString(), "--force", "--verbose");
        assertThat(verbose.exitCode()).as(verbose.output()).isZero();
        assertThat(verbose.output()).contains("DEBUG").contains("Published .published/committee-2018-10-16/")
                .contains("removed its work folder");

        // Nothing changed: told so without starting a build (the job database read on a thread of its own), quietly.
        Ended again = AgendapackProcess.run(dir.resolve("again.log"), "build", meeting.toString(), "--output", output.toString());
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output().lines().findFirst().orElse("")).startsWith("Publication deadline: Monday 8 October 2018");
        assertThat(again.output()).contains("Already built, nothing changed (inputs ").contains("use --force to build again")
                .doesNotContain("DEBUG").doesNotContain("Building");
    }

    @Test
    void aRealFaultIsOneSentenceNamingTheFolderAndItsStackTraceOnlyWithVerbose() throws Exception {
        Path meeting = copyBase("committee-2018-10-16");
        Path notAFolder = Files.writeString(dir.resolve("output-is-a-file"), "");

        Ended plain = AgendapackProcess.run(dir.resolve("plain.log"), "build", meeting.toString(), "--output", notAFolder.toString());
        assertThat(plain.exitCode()).isEqualTo(3);
        assertThat(plain.output()).contains("agendapack failed: cannot use " + notAFolder + "/.jobs: not a directory")
                .doesNotContain("\tat ").doesNotContain("Exception");

        Ended verbose = AgendapackProcess.run(dir.resolve("verbose.log"), "build", meeting.toString(), "--output",
                notAFolder.toString(), "--verbose");
        assertThat(verbose.exitCode()).isEqualTo(3);
        assertThat(verbose.output()).contains("\tat ");
        assertThat(verbose.output().indexOf("agendapack failed: cannot use")).isNotNegative()
                .isLessThan(verbose.output().indexOf("\tat "));
    }

    private Path copyBase(String id) throws IOException {
        Path base = Path.of("src/test/resources/bad-input/base");
        Path target = dir.resolve(id);
        try (Stream<Path> all = Files.walk(base)) {
            for (Path p : all.toList()) {
                Path t = target.resolve(base.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }
}
