package org.agendapack.console;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.agendapack.settings.AgendapackProperties;
import org.agendapack.deadline.BankHolidays;
import org.agendapack.deadline.DeadlineNotice;
import org.agendapack.deadline.PublicationDeadline;
import org.agendapack.meeting.AgendaItem;
import org.agendapack.meeting.Meeting;
import org.agendapack.meeting.MeetingFolder;
import org.agendapack.meeting.MeetingLoader;
import org.agendapack.meeting.Paper;
import org.agendapack.pack.AssemblePackTasklet;

import com.opencsv.CSVReader;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The meeting folders of the input folder, as the console shows them: date, statutory publication deadline and
 * working days left, agenda items and papers, datasets with their row counts, published files. Only folders
 * listed here are ever opened by a request: a request names a meeting by its id, which must be one of these.
 */
public final class Meetings {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AgendapackProperties properties;
    private final BankHolidays holidays;
    private final Clock clock;

    public Meetings(AgendapackProperties properties, BankHolidays holidays, Clock clock) {
        this.properties = properties;
        this.holidays = holidays;
        this.clock = clock;
    }

    /** One meeting folder. {@code meeting} is null when its meeting.json cannot be read (validation says why). */
    public record Summary(String id, Path folder, Meeting meeting, LocalDate date, LocalDate deadline, Deadline due) {
        public String committee() {
            return meeting == null || meeting.committee() == null ? id : meeting.committee();
        }

        public String dateWords() {
            return date == null ? "unknown" : DeadlineNotice.format(date);
        }

        public String deadlineWords() {
            return deadline == null ? "unknown" : DeadlineNotice.format(deadline);
        }
    }

    /**
     * How near the publication deadline is, in words (never colour alone).
     *
     * @param state "upcoming", "today", "overdue", "held" (the meeting has passed) or "unknown"
     */
    public record Deadline(String state, String words, long workingDays) {
        public boolean overdue() {
            return "overdue".equals(state);
        }
    }

    /** A dataset file and how many rows it holds (null when the file cannot be read as a table). */
    public record DatasetFile(String name, String file, Long rows) {
    }

    /** An agenda item as listed: its number, title, papers, and whether it is exempt. */
    public record Item(int number, String title, boolean exempt, Integer paragraph, List<PaperView> papers) {
    }

    public record PaperView(String title, String source) {
    }

    public Path input() {
        return properties.input();
    }

    /** Every meeting folder: upcoming ones by deadline, soonest first, then past ones, latest first. */
    public List<Summary> all() {
        List<Summary> all = new ArrayList<>();
        for (Path folder : folders()) {
            all.add(summary(folder));
        }
        LocalDate today = today();
        Comparator<Summary> byDeadline = Comparator.comparing(s -> s.deadline() == null ? LocalDate.MAX : s.deadline());
        List<Summary> upcoming = all.stream().filter(s -> s.date() == null || !s.date().isBefore(today)).sorted(byDeadline).toList();
        List<Summary> past = all.stream().filter(s -> s.date() != null && s.date().isBefore(today))
                .sorted(byDeadline.reversed()).toList();
        List<Summary> sorted = new ArrayList<>(upcoming);
        sorted.addAll(past);
        return sorted;
    }

    /** The meeting of that id, if it is one of the listed folders (the id is compared, never used as a path). */
    public Optional<Summary> find(String id) {
        return folders().stream().filter(p -> p.getFileName().toString().equals(id)).findFirst().map(this::summary);
    }

    private List<Path> folders() {
        Path input = properties.input();
        if (!Files.isDirectory(input)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(input)) {
            return s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> Files.isRegularFile(p.resolve(MeetingLoader.FILE), LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> new MeetingFolder(p).hasValidId())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Summary summary(Path folder) {
        MeetingFolder f = new MeetingFolder(folder);
        Meeting meeting;
        try {
            meeting = new MeetingLoader(Set.of()).load(f).meeting();
        } catch (RuntimeException e) {
            meeting = null;
        }
        LocalDate date = meeting == null ? null : meeting.date();
        LocalDate deadline = null;
        if (date != null) {
            try {
                deadline = PublicationDeadline.forMeeting(date, holidays);
            } catch (IllegalArgumentException e) {
                deadline = null;
            }
        }
        return new Summary(f.id(), f.path(), meeting, date, deadline, due(date, deadline));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(DeadlineNotice.UK));
    }

    Deadline due(LocalDate meeting, LocalDate deadline) {
        LocalDate today = today();
        if (meeting == null) {
            return new Deadline("unknown", "Unknown: meeting.json gives no valid date", 0);
        }
        if (meeting.isBefore(today)) {
            return new Deadline("held", "Meeting held " + DeadlineNotice.format(meeting), 0);
        }
        if (deadline == null) {
            return new Deadline("unknown", "Unknown: the bank holidays file does not cover " + meeting.getYear(), 0);
        }
        if (deadline.equals(today)) {
            return new Deadline("today", "Due today: publish by the end of today", 0);
        }
        if (deadline.isAfter(today)) {
            long days = workingDaysBetween(today, deadline);
            return new Deadline("upcoming", days + (days == 1 ? " working day" : " working days") + " left", days);
        }
        long days = workingDaysBetween(deadline, today);
        return new Deadline("overdue", "Overdue by " + days + (days == 1 ? " working day" : " working days")
                + ": the deadline has passed", days);
    }

    /** Working days after {@code from}, up to and including {@code to}. */
    long workingDaysBetween(LocalDate from, LocalDate to) {
        long n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (holidays.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** The agenda, numbered as in the pack. */
    public List<Item> items(Summary s) {
        if (s.meeting() == null) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        int n = 0;
        for (AgendaItem item : s.meeting().items()) {
            n++;
            List<PaperView> papers = new ArrayList<>();
            for (Paper p : item.papers()) {
                String source = p.document() != null ? p.document()
                        : p.report() != null ? "generated: " + p.report()
                        : p.section() != null ? "section of the report: " + p.section() : "";
                papers.add(new PaperView(p.title() == null ? item.title() : p.title(), source));
            }
            items.add(new Item(n, item.title(), item.isExempt(), item.isExempt() ? item.exempt().paragraph() : null, papers));
        }
        return items;
    }

    /** The meeting's dataset files (CSV or JSON beside meeting.json) with their row counts. */
    public List<DatasetFile> datasets(Summary s) {
        List<DatasetFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(s.folder())) {
            for (Path p : list.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || name.startsWith(".")
                        || name.equals(MeetingLoader.FILE) || !(name.endsWith(".csv") || name.endsWith(".json"))) {
                    continue;
                }
                files.add(new DatasetFile(name.replaceFirst("\\.(csv|json)$", ""), name, rows(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static Long rows(Path file) {
        try {
            if (file.toString().endsWith(".csv")) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(r)) {
                    long n = 0;
                    while (csv.readNext() != null) {
                        n++;
                    }
                    return Math.max(0, n - 1);
                }
            }
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", ""));
            if (root.isArray()) {
                return (long) root.size();
            }
            for (JsonNode child : root) {
                if (child.isArray()) {
                    return (long) child.size();
                }
            }
            return null;
        } catch (Exception e) {
            return null; // validation names what is wrong with the file
        }
    }

    /** The exempt pack's file name: served only to clerks and admins. */
    public static boolean restricted(String publishedFile) {
        return publishedFile.equals(AssemblePackTasklet.EXEMPT_PACK) || !publishedFile.endsWith(".pdf");
    }

    /** The meeting's published files (output/&lt;meeting&gt;/), by name. */
    public List<Path> published(String meetingId) {
        Path folder = properties.output().resolve(meetingId);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
