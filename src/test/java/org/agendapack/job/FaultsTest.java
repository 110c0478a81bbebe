package org.agendapack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;

/** A real fault in one sentence: the file or folder, and the reason. */
class FaultsTest {

    @Test
    void anUnwritablePackFolderIsNamedNotTheTemporaryFile() {
        var e = new IllegalStateException(new AccessDeniedException("output/joint-ict-2018-10-16/.build-report.txt5233310327076756457.tmp"));
        assertThat(Faults.describe(e)).isEqualTo("cannot write output/joint-ict-2018-10-16/: permission denied");
    }

    @Test
    void otherFileProblemsNameTheFileAndTheReason() {
        assertThat(Faults.describe(new UncheckedIOException(new NoSuchFileException("templates/front-sheet.ftlx"))))
                .isEqualTo("cannot find templates/front-sheet.ftlx: no such file or folder");
        assertThat(Faults.describe(new FileSystemException("output/.jobs", null, "Not a directory")))
                .isEqualTo("cannot use output/.jobs: not a directory");
    }

    @Test
    void anyOtherFaultIsTheFirstParagraphOfItsDeepestMessageOnOneLine() {
        var e = new IllegalStateException("Step failed", new RuntimeException(
                "The following has evaluated to null or missing:\n==> noSuchValue  [in template \"front-sheet.ftlx\" at line 3]\n\n"
                        + "----\nTip: If the failing expression is known to legally refer to something ..."));
        assertThat(Faults.describe(e)).isEqualTo(
                "The following has evaluated to null or missing: ==> noSuchValue [in template \"front-sheet.ftlx\" at line 3]");
    }

    @Test
    void runningOutOfMemorySaysHowMuchThereWasAndHowToGiveMore() {
        var e = new IllegalStateException("Step failed", new OutOfMemoryError("Java heap space"));
        assertThat(Faults.describe(e)).startsWith("out of memory: this pack needs more than the ")
                .contains("AGENDAPACK_HEAP=2g ./agendapack build").doesNotContain("Java heap space");
        assertThat(Faults.outOfMemory(768L * 1024 * 1024)).contains("the 768 MB agendapack may use");
    }
}
