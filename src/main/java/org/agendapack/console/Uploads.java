package org.agendapack.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.agendapack.render.Counts;
import org.agendapack.settings.AgendapackProperties;
import org.agendapack.job.BuildOutcome;
import org.agendapack.job.MeetingLock;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.meeting.MeetingLoader;
import org.agendapack.problem.Problem;
import org.springframework.util.FileSystemUtils;

/**
 * Replacing or adding a meeting's file from the browser. The upload is checked first, in a copy of the meeting
 * folder with the new file in place, by the same validation as {@code agendapack validate}: a file that fails
 * changes nothing and every problem is shown. One that passes is written beside its target under a hidden name
 * and renamed over it in one step (the meeting's lock held, so no build reads a half-changed folder).
 *
 * <p>What may be uploaded is a choice among {@link #targets} the console lists (a dataset, a paper meeting.json
 * names, meeting.json itself, or a new paper under documents/): the request names a target by its key, and no
 * path from the request reaches the file system but a new paper's file name, which must be plain.
 */
public final class Uploads {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Pattern NEW_PAPER = Pattern.compile("[a-z0-9][a-z0-9_-]{0,80}\\.(md|pdf)");

    /** Somewhere a file may go. {@code extensions}: what it may be. */
    public record Target(String key, String label, String path, List<String> extensions) {
    }

    /** How an upload went: accepted (written) or refused, with every problem the check found. */
    public record Result(boolean accepted, String message, String file, List<Problem> problems) {
    }

    private final AgendapackProperties properties;
    private final MeetingEngine engine;

    public Uploads(AgendapackProperties properties, MeetingEngine engine) {
        this.properties = properties;
        this.engine = engine;
    }

    public Map<String, Target> targets(Meetings.Summary meeting) {
        Map<String, Target> targets = new LinkedHashMap<>();
        MeetingFolder folder = new MeetingFolder(meeting.folder());
        for (String dataset : engine.datasetNames()) {
            Optional<Path> existing = folder.dataset(dataset);
            String label = existing.map(p -> "Dataset " + dataset + " (replace " + folder.relative(p) + ")")
                    .orElse("Dataset " + dataset + " (add)");
            targets.put("dataset:" + dataset, new Target("dataset:" + dataset, label, null, List.of("csv", "json")));
        }
        if (meeting.meeting() != null) {
            for (var item : meeting.meeting().items()) {
                for (var paper : item.papers()) {
                    if (paper.document() != null && !targets.containsKey("paper:" + paper.document())) {
                        String ext = paper.document().toLowerCase().endsWith(".pdf") ? "pdf" : "md";
                        targets.put("paper:" + paper.document(), new Target("paper:" + paper.document(),
                                "Paper " + paper.document() + " (replace)", paper.document(), List.of(ext)));
                    }
                }
            }
        }
        targets.put("meeting", new Target("meeting", "meeting.json (replace)", MeetingLoader.FILE, List.of("json")));
        targets.put("new-paper", new Target("new-paper", "A new paper in documents/ (name it in meeting.json)", null,
                List.of("md", "pdf")));
        return targets;
    }

    /** Checks the upload in a copy of the folder; writes it only when the check finds no error. */
    public Result upload(Meetings.Summary meeting, Target target, String originalName, InputStream content) {
        String name = originalName == null ? "" : Path.of(originalName.replace('\\', '/')).getFileName() == null ? ""
                : Path.of(originalName.replace('\\', '/')).getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase() : "";
        if (!target.extensions().contains(ext)) {
            return refused(name, "The file " + (name.isEmpty() ? "chosen" : "\"" + name + "\"") + " is not one of "
                    + String.join(", ", target.extensions().stream().map(e -> "." + e).toList()) + ": choose a file of that type");
        }
        String relative;
        if (target.key().startsWith("dataset:")) {
            relative = target.key().substring("dataset:".length()) + "." + ext;
        } else if (target.key().equals("new-paper")) {
            String plain = name.toLowerCase();
            if (!NEW_PAPER.matcher(plain).matches()) {
                return refused(name, "A new paper's file name is lower-case letters, digits, hyphens and underscores, "
                        + "ending .md or .pdf, for example \"budget-update.md\"");
            }
            relative = "documents/" + plain;
            if (Files.exists(meeting.folder().resolve(relative), LinkOption.NOFOLLOW_LINKS)) {
                return refused(name, "documents/" + plain + " already exists: choose it in the list to replace it");
            }
        } else {
            relative = target.path();
        }
        Path trial = null;
        Path received = null;
        try {
            received = Files.createTempFile("agendapack-upload", "." + ext);
            long size;
            try (InputStream in = content) {
                size = Files.copy(in, received, StandardCopyOption.REPLACE_EXISTING);
            }
            if (size > MAX_BYTES) {
                return refused(relative, "The file is larger than 20 MB");
            }
            // The check runs on a copy of the meeting folder (same name: the meeting id) with the new file in place.
            trial = Files.createTempDirectory("agendapack-upload-check");
            Path copy = trial.resolve(meeting.id());
            copyFolder(meeting.folder(), copy);
            place(copy, relative, received, target);
            BuildOutcome check = engine.validate(copy, false);
            List<Problem> problems = check.problems();
            if (check.exitCode() != BuildOutcome.BUILT) {
                String message = check.exitCode() == BuildOutcome.INVALID_INPUT
                        ? "The upload was refused: with " + relative + " the meeting's inputs fail validation. Nothing was changed."
                        : check.message() + ". Nothing was changed.";
                return new Result(false, message, relative, problems);
            }
            try (MeetingLock lock = MeetingLock.acquire(properties.output(), meeting.id())) {
                place(meeting.folder(), relative, received, target);
            } catch (MeetingLock.MeetingBusyException e) {
                return new Result(false, "A build of " + meeting.id() + " is running (" + e.holder()
                        + "); upload the file again when it has finished. Nothing was changed.", relative, List.of());
            }
            return new Result(true, relative + " was checked and saved: the inputs are valid ("
                    + Counts.of(problems.size(), "warning") + ").", relative, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (trial != null) {
                FileSystemUtils.deleteRecursively(trial.toFile());
            }
            if (received != null) {
                try {
                    Files.deleteIfExists(received);
                } catch (IOException e) {
                    // a temporary file
                }
            }
        }
    }

    private static Result refused(String file, String why) {
        return new Result(false, "The upload was refused. Nothing was changed.", file,
                List.of(Problem.in(file == null || file.isEmpty() ? "upload" : file).error(why)));
    }

    /**
     * Puts the file at {@code relative} in {@code folder}: written under a hidden name beside the target, then renamed
     * over it in one step. A dataset given in the other format (JSON for CSV) replaces the old file.
     */
    static void place(Path folder, String relative, Path content, Target target) throws IOException {
        Path destination = folder.resolve(relative).normalize();
        if (!destination.startsWith(folder.normalize())) {
            throw new IllegalArgumentException("outside the meeting folder: " + relative);
        }
        Files.createDirectories(destination.getParent());
        Path hidden = destination.resolveSibling(".upload-" + destination.getFileName() + "-" + System.nanoTime());
        Files.copy(content, hidden);
        Files.move(hidden, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (target.key().startsWith("dataset:")) {
            String base = target.key().substring("dataset:".length());
            for (String other : List.of("csv", "json")) {
                Path p = folder.resolve(base + "." + other);
                if (!p.equals(destination)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(from)) {
            s.forEach(all::add);
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isSymbolicLink(p)) {
                Files.copy(p, target, LinkOption.NOFOLLOW_LINKS); // the check refuses links, as the build does
            } else if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target);
            }
        }
    }
}
