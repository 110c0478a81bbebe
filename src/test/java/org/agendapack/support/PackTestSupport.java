package org.agendapack.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.agendapack.job.BuildOutcome;
import org.agendapack.job.MeetingChecks;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.problem.Problem;
import org.agendapack.run.BuildContext;
import org.agendapack.run.BuildOptions;
import org.agendapack.settings.AgendapackProperties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Copies sample meetings to scratch folders and reads PDFs back as text, page by page. */
public final class PackTestSupport {

    private PackTestSupport() {
    }

    /**
     * A build of the meeting folder as the job makes one (meeting and profile loaded and checked), with the
     * default options and its work folder {@code work}, outside any job.
     */
    public static BuildContext build(MeetingChecks meetings, AgendapackProperties properties, Path meeting, long buildId,
            Path work) {
        MeetingFolder folder = new MeetingFolder(meeting);
        MeetingChecks.Loaded loaded = meetings.loadWithProfile(folder);
        return new BuildContext(buildId, loaded.meeting(), folder, "test", BuildOptions.DEFAULT, work,
                properties.output().resolve(folder.id()), loaded.profile());
    }

    /** A copy of input/&lt;meeting&gt; under {@code dir}, so a test can change it freely. */
    public static Path copyMeeting(String meeting, Path dir) {
        return copy(Path.of("input", meeting), dir.resolve(meeting));
    }

    /** A copy of a folder and everything in it. */
    public static Path copy(Path source, Path target) {
        try (Stream<Path> all = Files.walk(source)) {
            for (Path p : all.toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    public static String text(Path pdf) {
        return String.join("\n", pages(pdf));
    }

    /** The text of each page, in order. */
    public static List<String> pages(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every file under a folder with its last-modified time and size: to prove a failed build changed nothing.
     * A meeting's pack folder is a link to its published set, followed.
     */
    public static Map<String, String> snapshot(Path dir) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : all.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/.jobs/")).toList()) {
                files.put(dir.relativize(p).toString(), Files.getLastModifiedTime(p) + "/" + Files.size(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every problem of a build, as an officer reads it. */
    public static List<String> messages(BuildOutcome outcome) {
        return outcome.problems().stream().map(Problem::describe).toList();
    }

    /** The text as one line: for phrases that a table cell or a page may wrap. */
    public static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** PDF text with non-breaking spaces as plain ones. */
    public static String noBreakSpaces(String text) {
        return text.replace('\u00a0', ' ');
    }
}
