package org.agendapack.job;

import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * One plain sentence for a real fault (not an input problem): the file or folder it concerns and the reason,
 * "cannot write output/joint-ict-2018-10-16/: permission denied", instead of an exception's class and trace.
 */
public final class Faults {

    private Faults() {
    }

    public static String describe(Throwable fault) {
        for (Throwable t = fault; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException f) {
                return fileSystem(f);
            }
            if (t instanceof OutOfMemoryError) {
                return outOfMemory(maxHeap());
            }
        }
        Throwable deepest = fault;
        for (Throwable t = fault; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank() && !(t instanceof UncheckedIOException)) {
                deepest = t;
            }
        }
        String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        return firstParagraph(message);
    }

    /**
     * A message's first paragraph on one line: a template error's "The following has evaluated to null or
     * missing: ==> noSuchValue [in template …]", without the tips and stack that follow it.
     */
    static String firstParagraph(String message) {
        String text = message.strip();
        for (String end : new String[] { "\n\n", "\n----", "\r\n\r\n" }) {
            int at = text.indexOf(end);
            if (at > 0) {
                text = text.substring(0, at);
            }
        }
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > 400 ? text.substring(0, 397) + "..." : text;
    }

    /** The heap's limit as set (-Xmx): Runtime.maxMemory() leaves out a survivor space, so 768 MB read as 725. */
    private static long maxHeap() {
        try {
            var hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return Long.parseLong(hotSpot.getVMOption("MaxHeapSize").getValue());
        } catch (RuntimeException | LinkageError e) {
            return Runtime.getRuntime().maxMemory();
        }
    }

    /** "Java heap space" says nothing to an officer: what ran out, how much there was, and how to give it more. */
    static String outOfMemory(long maxHeap) {
        long mb = Math.round(maxHeap / (1024.0 * 1024));
        return "out of memory: this pack needs more than the " + mb + " MB agendapack may use; build it again with more, "
                + "AGENDAPACK_HEAP=2g ./agendapack build … (with java -jar: java -Xmx2g -jar …)";
    }

    private static String fileSystem(FileSystemException f) {
        String reason = f instanceof AccessDeniedException ? "permission denied"
                : f instanceof NoSuchFileException ? "no such file or folder"
                : f instanceof NotDirectoryException ? "not a folder"
                : f.getReason() == null ? f.getClass().getSimpleName() : f.getReason().toLowerCase();
        String file = f.getFile();
        if (file == null) {
            return "file system error: " + reason;
        }
        Path path = Path.of(file);
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        // A file written whole under a temporary name beside its destination: the folder is what the officer can fix.
        if (name.startsWith(".") && name.endsWith(".tmp") && path.getParent() != null) {
            return "cannot write " + path.getParent() + "/: " + reason;
        }
        String verb = f instanceof NoSuchFileException ? "cannot find" : "cannot use";
        return verb + " " + file + (f.getOtherFile() == null ? "" : " (or " + f.getOtherFile() + ")") + ": " + reason;
    }
}
