package org.agendapack.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.agendapack.archive.ArchiveVerifier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Re-hashes an archived build against its manifest.json and says what, if anything, changed.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = { "0:every file matches the manifest", "1:something changed, is missing or was added",
                "2:not an archive folder" })
public class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<archive-folder>", description = "e.g. output/archive/joint-ict-2018-10-16/20261123T101500Z-1a2b3c4d")
    Path folder;

    @Override
    public Integer call() {
        ArchiveVerifier.Result result;
        try {
            result = ArchiveVerifier.verify(folder);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        var m = result.manifest();
        System.out.println("Archive of " + m.meeting() + " (build " + m.buildId() + ", " + m.finished() + ", " + m.application() + ")");
        if (result.intact()) {
            System.out.println("Intact: all " + result.checked() + " files match the manifest.");
            return 0;
        }
        System.out.println("NOT INTACT: " + result.differences().size() + " difference(s) from the manifest:");
        result.differences().forEach(d -> System.out.println("  " + d));
        return 1;
    }
}
